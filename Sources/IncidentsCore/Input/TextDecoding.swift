/// Turns the bytes of an input file into text, or says clearly why it cannot.
public enum TextDecoding {
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case binary
        case notText

        public var description: String {
            switch self {
            case .empty: return "the file is empty"
            case .binary: return "the file is binary, not text"
            case .notText: return "the file is neither UTF-8, UTF-16 nor Windows-1256/ISO-8859-6 Arabic text"
            }
        }
    }

    /// Decodes UTF-8 (with or without BOM), UTF-16 with a BOM, and the legacy Arabic
    /// single-byte encodings Windows-1256 and ISO-8859-6 (chosen by which gives Arabic).
    public static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes)
        }
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        if b.isEmpty { return .failure(.empty) }
        if b.contains(0) { return .failure(.binary) }
        if let s = String(validating: b, as: UTF8.self) {
            return .success(s)
        }
        // Count control bytes: a legacy text file has almost none.
        var controls = 0
        for x in b where x < 0x20 && x != 0x0A && x != 0x0D && x != 0x09 { controls += 1 }
        if controls * 100 > b.count { return .failure(.binary) }
        if let s = mostlyUTF8(b) { return .success(s) }
        return legacyArabic(b)
    }

    /// UTF-8 with a few broken sequences (a file cut in the middle of a character, a stray
    /// byte): decoded with U+FFFD in their place when well-formed multi-byte characters
    /// outnumber them 20 to 1. Legacy Arabic text never comes close: its letters are lead
    /// bytes that are almost never followed by continuation bytes.
    static func mostlyUTF8(_ b: ArraySlice<UInt8>) -> String? {
        var multiByte = 0, errors = 0
        var it = b.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): if s.value >= 0x80 { multiByte += 1 }
            case .emptyInput: break loop
            case .error: errors += 1
            }
        }
        guard multiByte >= 20 * errors else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    static func decodeUTF16(_ bytes: [UInt8]) -> Result<String, Failure> {
        let little = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let u = little
                ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            units.append(u)
            i += 2
        }
        var out = String.UnicodeScalarView()
        var failed = false
        var it = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: break loop
            case .error: failed = true; break loop
            }
        }
        if failed { return .failure(.notText) }
        if out.isEmpty { return .failure(.empty) }
        return .success(String(out))
    }

    /// Windows-1256 upper half (0x80...0xFF).
    static let cp1256: [UInt32] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, 0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7, 0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
    ]

    /// ISO-8859-6: Arabic letters at 0xC1...0xDA and 0xE0...0xF2; nil for unassigned bytes.
    static func iso88596(_ x: UInt8) -> Unicode.Scalar? {
        switch x {
        case 0..<0x80: return Unicode.Scalar(x)
        case 0xA0: return "\u{00A0}"
        case 0xA4: return "\u{00A4}"
        case 0xAC: return "\u{060C}"
        case 0xAD: return "\u{00AD}"
        case 0xBB: return "\u{061B}"
        case 0xBF: return "\u{061F}"
        case 0xC1...0xDA, 0xE0...0xF2: return Unicode.Scalar(UInt32(x) - 0xC1 + 0x0621)
        default: return nil
        }
    }

    static func legacyArabic(_ b: ArraySlice<UInt8>) -> Result<String, Failure> {
        // Windows-1256 assigns every byte; ISO-8859-6 leaves many unassigned, and a file with
        // one of those is not ISO-8859-6. Bytes valid in both are common (a short text without
        // ف ق ك has only such bytes in Windows-1256), so both are decoded and the one that reads
        // better as Arabic wins; Windows-1256, the more common, on a tie.
        var cp = String.UnicodeScalarView()
        cp.reserveCapacity(b.count)
        for x in b { cp.append(x < 0x80 ? Unicode.Scalar(x) : Unicode.Scalar(cp1256[Int(x) - 0x80])!) }
        var iso: String.UnicodeScalarView? = String.UnicodeScalarView()
        iso?.reserveCapacity(b.count)
        for x in b {
            guard let u = iso88596(x) else { iso = nil; break }
            iso?.append(u)
        }
        var best: (text: String.UnicodeScalarView, score: Int)?
        for candidate in [cp, iso] {
            guard let candidate, let score = arabicScore(candidate) else { continue }
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        guard let best else { return .failure(.notText) }
        return .success(String(best.text))
    }

    /// How well `s` reads as Arabic, or nil when it does not at all: most non-ASCII characters
    /// must be Arabic, Arabic letters must not touch Latin letters or symbols («cafى», «Grِكe»
    /// are Latin-1 read through an Arabic table), and harakat must follow a letter. The score
    /// counts letters, with a bonus for the article «ال» and a penalty for harakat, which are
    /// rare in news but what «ي» and «ى» become when Windows-1256 is read as ISO-8859-6.
    static func arabicScore(_ s: String.UnicodeScalarView) -> Int? {
        func isArabic(_ v: UInt32) -> Bool { v >= 0x0600 && v <= 0x06FF }
        func isLetter(_ v: UInt32) -> Bool { (v >= 0x0621 && v <= 0x063A) || (v >= 0x0641 && v <= 0x064A) }
        func isMark(_ v: UInt32) -> Bool { (v >= 0x064B && v <= 0x0652) || v == 0x0670 }
        func isForeign(_ v: UInt32) -> Bool {
            if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
            if v < 0x0600 { return v != 0xA0 && v != 0xAB && v != 0xBB && v != 0xAD }
            return v == 0x20AC || v == 0x2122 || v == 0x2030 || v == 0x2020 || v == 0x2021
        }
        var high = 0, arabic = 0, odd = 0, score = 0
        var previous: UInt32 = 0x20
        var previousWasArabic = false
        for u in s {
            let v = u.value
            if v >= 0x80 { high += 1 }
            if isArabic(v) {
                arabic += 1
                if isForeign(previous) { odd += 1 }
                if isLetter(v) { score += 1 }
                if isMark(v) {
                    score -= 1
                    if !isLetter(previous) && !isMark(previous) { odd += 1 }
                }
                if v == 0x0644 && previous == 0x0627 { score += 2 }
            } else if previousWasArabic && isForeign(v) {
                odd += 1
            }
            previous = v
            previousWasArabic = isArabic(v)
        }
        guard arabic > 0, arabic * 2 >= high, odd * 10 <= arabic else { return nil }
        return score
    }
}
