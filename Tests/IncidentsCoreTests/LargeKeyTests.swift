import Testing

@testable import IncidentsCore

/// The key of a long text is measured, then written straight into its String
/// (`ArabicNormalizer.largeKey`); it must be the key the one-pass path makes.
@Suite struct LargeKeyTests {
    @Test(arguments: [
        "", "   ", "\n\n", " قتل  خمسة\tمدنيين\n\nفي  قصف ",
        "الرَّقَّة وأَدلب ـ إِدلب ﷺ ﻻ ﻷ «مقتبس» ٣٤ ۵ Ab ÉÀ\u{200F}\u{00A0}x\u{200B}",
        "كفرنبل. ", "😀 a\r\nb",
    ])
    func largeKeyIsTheKey(_ text: String) {
        #expect(ArabicNormalizer.largeKey(text.unicodeScalars) == ArabicNormalizer.key(text))
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { ArabicNormalizer.largeKey(UTF8Scalars($0)) }
        #expect(fromBytes == ArabicNormalizer.key(text))
    }

    /// Bytes that are not valid UTF-8 read as `String(decoding:)` reads them.
    @Test func invalidBytesReadAsReplacementCharacters() {
        let bytes: [UInt8] = Array("قصف ".utf8) + [0xFF, 0xE0, 0x80, 0x41, 0xF0, 0x9F, 0x98] + Array(" حلب".utf8)
        let expected = ArabicNormalizer.key(String(decoding: bytes, as: UTF8.self))
        #expect(bytes.withUnsafeBufferPointer { ArabicNormalizer.largeKey(UTF8Scalars($0)) } == expected)
        #expect(bytes.withUnsafeBufferPointer { ArabicNormalizer.key(utf8: $0) } == expected)
    }

    /// Past the threshold `key` takes the two-pass path; the result is the same.
    @Test func longTextKey() {
        let sentence = "قَتَلَ خمسة مدنيين ﷺ في قصف ـ على كفرنبل.  \n"
        let text = String(repeating: sentence, count: ArabicNormalizer.largeKeyBytes / sentence.utf8.count + 2)
        #expect(text.utf8.count > ArabicNormalizer.largeKeyBytes)
        let once = ArabicNormalizer.key(sentence)
        #expect(ArabicNormalizer.key(text) == Array(repeating: once, count: text.utf8.count / sentence.utf8.count).joined(separator: " "))
    }
}
