import Foundation
import Testing

@testable import IncidentsCore

/// A text file of 1 MiB or more is read straight into its String when it is plain UTF-8
/// (`LargeTextFile`); every other file is read the ordinary way. Either way the article is
/// what `TextDecoding` makes of the bytes.
@Suite struct LargeTextFileTests {
    static let sentence = Array("قتل خمسة مدنيين في قصف على بلدة كفرنبل. ".utf8)

    /// About 1.2 MB of Arabic text, with `head` before and `middle` in the middle.
    static func bytes(head: [UInt8] = [], middle: [UInt8] = []) -> [UInt8] {
        let body = Array(Array(repeating: sentence, count: 1_200_000 / sentence.count).joined())
        let half = body.count / 2 - body.count / 2 % sentence.count
        return head + body[..<half] + middle + body[half...]
    }

    /// A file's bytes, named in test output by what they hold: a megabyte of bytes would
    /// otherwise be printed whole as the test case's argument.
    struct Sample: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let bytes: [UInt8]
        init(_ name: String, _ bytes: [UInt8]) { (testDescription, self.bytes) = (name, bytes) }
    }

    @Test(arguments: [
        Sample("plain UTF-8", bytes()),
        Sample("UTF-8 with a BOM", bytes(head: [0xEF, 0xBB, 0xBF])),
        Sample("a genuine U+FFFD", bytes(middle: [0xEF, 0xBF, 0xBD])),
        Sample("a stray byte", bytes(middle: [0xFF])),
        Sample("a truncated character", bytes(middle: [0xD8])),
    ])
    func readsWhatTextDecodingReads(_ sample: Sample) throws {
        let t = try TempFolder()
        let p = try t.write("big.txt", bytes: sample.bytes)
        let got = try readAll(ArticleReader(), [p])
        let expected = try TextDecoding.decode(sample.bytes).get()
        #expect(got.count == 1)
        #expect((try? got.first?.get())?.text == expected)
    }

    /// Which files take the direct path (the others are read the ordinary way).
    @Test(arguments: [
        (Sample("plain UTF-8", bytes()), true), (Sample("a BOM", bytes(head: [0xEF, 0xBB, 0xBF])), true),
        (Sample("a genuine U+FFFD", bytes(middle: [0xEF, 0xBF, 0xBD])), false),
        (Sample("a stray byte", bytes(middle: [0xFF])), false), (Sample("a NUL", bytes(middle: [0x00])), false),
        (Sample("UTF-16", [0xFF, 0xFE] + bytes()), false), (Sample("under 1 MiB", Array(bytes().prefix(1000))), false),
    ])
    func directPath(_ sample: Sample, _ taken: Bool) throws {
        let bytes = sample.bytes
        let t = try TempFolder()
        let h = try #require(FileHandle(forReadingAtPath: try t.write("f.txt", bytes: bytes)))
        defer { try? h.close() }
        let text = LargeTextFile.read(h.fileDescriptor, size: bytes.count)
        #expect((text != nil) == taken)
        if let text { #expect(text == (try TextDecoding.decode(bytes).get())) }
    }

    @Test func largeUTF16IsReadTheOrdinaryWay() throws {
        let text = String(decoding: Self.bytes(), as: UTF8.self)
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let t = try TempFolder()
        let got = try readAll(ArticleReader(), [try t.write("big16.txt", bytes: bytes)])
        #expect((try? got.first?.get())?.text == text)
    }

    @Test func aNULByteIsBinary() throws {
        let t = try TempFolder()
        let p = try t.write("nul.txt", bytes: Self.bytes(middle: [0x00]))
        #expect(try readAll(ArticleReader(), [p]) == [.failure(InputProblem(p, "the file is binary, not text"))])
    }

    @Test func largeHTMLIsStripped() throws {
        let t = try TempFolder()
        let page = Array("<html><head><title>عنوان</title></head><body><p>".utf8) + Self.bytes() + Array("</p></body></html>".utf8)
        let p = try t.write("big.html", bytes: page)
        let got = try #require(try? readAll(ArticleReader(), [p]).first?.get())
        #expect(got.title == "عنوان")
        #expect(!got.text.contains("<p>"))
        #expect(got.text.utf8.count > 1_000_000)
    }
}
