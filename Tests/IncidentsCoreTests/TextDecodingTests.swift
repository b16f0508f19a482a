import Foundation
import Testing
@testable import IncidentsCore

/// A small deterministic generator, so "random" fixtures are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `count` pseudo-random bytes, all drawn from `range`.
func randomBytes(_ count: Int, seed: UInt64, in range: ClosedRange<UInt8> = 0...255) -> [UInt8] {
    var g = SplitMix64(seed: seed)
    return (0..<count).map { _ in UInt8.random(in: range, using: &g) }
}

/// Windows-1256 bytes of the Arabic letters and punctuation the tests use, copied from the
/// code page chart (deliberately not derived from `TextDecoding.cp1256`).
let windows1256: [Unicode.Scalar: UInt8] = [
    "ء": 0xC1, "آ": 0xC2, "أ": 0xC3, "ؤ": 0xC4, "إ": 0xC5, "ئ": 0xC6, "ا": 0xC7, "ب": 0xC8,
    "ة": 0xC9, "ت": 0xCA, "ث": 0xCB, "ج": 0xCC, "ح": 0xCD, "خ": 0xCE, "د": 0xCF, "ذ": 0xD0,
    "ر": 0xD1, "ز": 0xD2, "س": 0xD3, "ش": 0xD4, "ص": 0xD5, "ض": 0xD6, "ط": 0xD8, "ظ": 0xD9,
    "ع": 0xDA, "غ": 0xDB, "ـ": 0xDC, "ف": 0xDD, "ق": 0xDE, "ك": 0xDF, "ل": 0xE1, "م": 0xE3,
    "ن": 0xE4, "ه": 0xE5, "و": 0xE6, "ى": 0xEC, "ي": 0xED, "،": 0xA1, "؛": 0xBA, "؟": 0xBF,
]

/// Encodes ASCII and the letters above to Windows-1256; nil for anything else.
func encodeWindows1256(_ s: String) -> [UInt8]? {
    var out: [UInt8] = []
    for u in s.unicodeScalars {
        if u.isASCII { out.append(UInt8(u.value)) } else if let b = windows1256[u] { out.append(b) } else { return nil }
    }
    return out
}

/// Encodes ASCII and Arabic to ISO-8859-6 (letters U+0621...U+063A at 0xC1...0xDA,
/// U+0640...U+0652 at 0xE0...0xF2, comma 0xAC, semicolon 0xBB, question mark 0xBF).
func encodeISO88596(_ s: String) -> [UInt8]? {
    var out: [UInt8] = []
    for u in s.unicodeScalars {
        switch u.value {
        case 0..<0x80: out.append(UInt8(u.value))
        case 0x060C: out.append(0xAC)
        case 0x061B: out.append(0xBB)
        case 0x061F: out.append(0xBF)
        case 0x0621...0x063A, 0x0640...0x0652: out.append(UInt8(u.value - 0x0621 + 0xC1))
        default: return nil
        }
    }
    return out
}

/// A short description of a large decoding result, so a failing expectation does not print
/// megabytes of text.
func summary(_ r: Result<String, TextDecoding.Failure>) -> String {
    switch r {
    case .success(let s): return "success: \(s.unicodeScalars.count) scalars, \(s.utf8.count) bytes, hash \(s.hashValue)"
    case .failure(let f): return "failure: \(f)"
    }
}

/// UTF-16 bytes with a byte order mark.
func utf16Bytes(_ s: String, littleEndian: Bool) -> [UInt8] {
    var out: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for u in s.utf16 {
        let lo = UInt8(u & 0xFF), hi = UInt8(u >> 8)
        out += littleEndian ? [lo, hi] : [hi, lo]
    }
    return out
}

let arabicSentences = [
    // In Windows-1256 every byte of this one is valid ISO-8859-6 too.
    "الجيش السوري يستعيد مدينة حلب",
    // No Arabic comma: nothing in the bytes but the letters says which code page it is.
    "قتل خمسة مدنيين في قصف على مدينة حلب",
    "قتل خمسة مدنيين، وأصيب عشرة آخرون في قصف على مدينة حلب.\nوقالت مصادر محلية إن الطائرات استهدفت السوق؟",
    "اشتباكات بين الجيش ومسلحين في ريف دير الزور؛ مقتل ثلاثة",
    "سقط 12 قتيلا",
    // Latin words between spaces are fine.
    "قال مسؤول لوكالة Reuters إن 3 قتلوا (AFP)",
]

@Suite struct TextDecodingTests {
    @Test func utf8PlainIsReturnedAsIs() {
        let s = "قتل 5 مدنيين في «حلب».\nسطر ثان\r\n"
        #expect(TextDecoding.decode(Array(s.utf8)) == .success(s))
    }

    @Test func utf8ByteOrderMarkIsRemoved() throws {
        let s = "قتل خمسة مدنيين"
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(s.utf8)).get()
        #expect(decoded == s)
        #expect(decoded.unicodeScalars.first == "ق")
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkRoundTrips(littleEndian: Bool) {
        // An emoji checks surrogate pairs too.
        let s = "قتل خمسة مدنيين في «حلب» 😀\nسطر ثان"
        #expect(TextDecoding.decode(utf16Bytes(s, littleEndian: littleEndian)) == .success(s))
    }

    @Test func utf16WithALoneSurrogateIsNotText() {
        // 0xD800 not followed by a low surrogate.
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x27, 0x06, 0x00, 0xD8, 0x27, 0x06]) == .failure(.notText))
    }

    @Test(arguments: [
        [UInt8](),
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE],
        [0xFE, 0xFF],
    ])
    func emptyInputIsEmpty(bytes: [UInt8]) {
        #expect(TextDecoding.decode(bytes) == .failure(.empty))
    }

    @Test func nulBytesAreBinary() {
        #expect(TextDecoding.decode(Array("abc\0def".utf8)) == .failure(.binary))
        // The start of a PNG file.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(TextDecoding.decode(png) == .failure(.binary))
    }

    @Test func randomBytesAreBinary() {
        #expect(TextDecoding.decode(randomBytes(4096, seed: 1)) == .failure(.binary))
        // No NUL, but many control bytes.
        #expect(TextDecoding.decode(randomBytes(4096, seed: 2, in: 1...255)) == .failure(.binary))
    }

    @Test(arguments: arabicSentences)
    func windows1256ArabicIsDecoded(sentence: String) throws {
        let bytes = try #require(encodeWindows1256(sentence))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        #expect(TextDecoding.decode(bytes) == .success(sentence))
    }

    @Test(arguments: arabicSentences)
    func iso88596ArabicIsDecoded(sentence: String) throws {
        let bytes = try #require(encodeISO88596(sentence))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        #expect(TextDecoding.decode(bytes) == .success(sentence))
    }

    @Test(arguments: [
        // Latin-1 French: every accented byte is an Arabic letter in ISO-8859-6.
        [UInt8]("d".utf8) + [0xE9] + Array("j".utf8) + [0xE0] + Array(" vu, r".utf8) + [0xE9]
            + Array("sum".utf8) + [0xE9] + Array(", caf".utf8) + [0xE9],
        // Latin-1 German: ö, ü, ß are harakat, tatweel and kaf in Windows-1256.
        [UInt8]("Gr".utf8) + [0xF6, 0xDF] + Array("e und ".utf8) + [0xDC] + Array("bung f".utf8) + [0xFC]
            + Array("r Stra".utf8) + [0xDF] + Array("en".utf8),
        // Windows-1252 quotes, dash and ellipsis.
        [0x93] + Array("Hello".utf8) + [0x94, 0x20, 0x96] + Array(" world".utf8) + [0x85],
    ])
    func otherLegacyTextIsNotText(bytes: [UInt8]) {
        #expect(TextDecoding.decode(bytes) == .failure(.notText))
    }

    @Test func utf8WithATruncatedLastCharacterStaysUTF8() {
        let s = "قتل خمسة مدنيين في قصف على مدينة حلب، وأصيب عشرة آخرون"
        // The first byte of «ن» (D9 86) without its second byte, as when a file is cut short.
        let bytes = Array(s.utf8) + [0xD9]
        #expect(TextDecoding.decode(bytes) == .success(s + "\u{FFFD}"))
    }

    @Test func oneMegabyteOfRandomBytesFails() {
        #expect(summary(TextDecoding.decode(randomBytes(1 << 20, seed: 3))) == "failure: \(TextDecoding.Failure.binary)")
        // Without control bytes, the legacy decoders see it and must refuse it too.
        for (seed, range) in [(4, 0x20...0xFF), (5, 0x80...0xFF)] as [(UInt64, ClosedRange<UInt8>)] {
            let r = summary(TextDecoding.decode(randomBytes(1 << 20, seed: seed, in: range)))
            #expect(r == "failure: \(TextDecoding.Failure.notText)" || r == "failure: \(TextDecoding.Failure.binary)")
        }
    }

    @Test func fiveMegabyteSingleLineDecodes() throws {
        let s = String(repeating: "قتل خمسة ", count: (5 << 20) / 17)
        #expect(summary(TextDecoding.decode(Array(s.utf8))) == summary(.success(s)))
        // The same line in Windows-1256 and ISO-8859-6.
        #expect(summary(TextDecoding.decode(try #require(encodeWindows1256(s)))) == summary(.success(s)))
        #expect(summary(TextDecoding.decode(try #require(encodeISO88596(s)))) == summary(.success(s)))
    }
}
