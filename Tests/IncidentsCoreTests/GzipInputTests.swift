import Foundation
import Testing

@testable import IncidentsCore

/// `.gz` inputs read like the uncompressed files, streamed through zlib; corrupt or
/// truncated data is reported after the articles before it.
@Suite struct GzipInputTests {
    static let sentences = [
        "قتل أربعة مدنيين في قصف مدفعي على قرية في ريف حماة الشمالي",
        "أصيب سبعة أشخاص بانفجار سيارة مفخخة قرب سوق في مدينة اعزاز",
        "وقال الدفاع المدني إن فرقه انتشلت جثتين من تحت الأنقاض",
    ]

    static func jsonLines(_ count: Int) -> String {
        (0..<count).map { k in
            #"{"id": "a\#(k)", "date": "2019-05-0\#(k % 9 + 1)", "text": "\#(sentences[k % sentences.count]) \#(k)"}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test func compressedJSONLinesReadLikeTheFile() throws {
        let t = try TempFolder()
        let text = Self.jsonLines(50)
        let plain = try t.write("news.jsonl", text)
        let packed = try t.write("news.jsonl.gz", bytes: Gzip.compress(Array(text.utf8)))
        let a = try readAll(ArticleReader(), [plain]), b = try readAll(ArticleReader(), [packed])
        #expect(a.count == 50)
        #expect(a == b)
    }

    @Test func compressedTextAndHTMLReadLikeTheFiles() throws {
        let t = try TempFolder()
        let text = Self.sentences.joined(separator: ". ")
        let html = "<html><head><title>عنوان</title></head><body><p>\(text)</p></body></html>"
        try t.write("gz/one.txt.gz", bytes: Gzip.compress(Array(text.utf8)))
        try t.write("gz/page.html.gz", bytes: Gzip.compress(Array(html.utf8)))
        try t.write("plain/one.txt", text)
        try t.write("plain/page.html", html)
        // Not an input: skipped inside a folder, as an uncompressed .png would be.
        try t.write("gz/photo.png.gz", bytes: Gzip.compress([0x89, 0x50, 0x4E, 0x47]))
        let a = try readAll(ArticleReader(), [t.path("plain")]), b = try readAll(ArticleReader(), [t.path("gz")])
        #expect(b.count == 2)
        #expect(a.map { try? $0.get().text } == b.map { try? $0.get().text })
        #expect(a.map { try? $0.get().title } == b.map { try? $0.get().title })
    }

    /// Members one after another (`cat a.gz b.gz`) are one stream, as for gzip itself.
    @Test func concatenatedMembersAreOneStream() throws {
        let t = try TempFolder()
        let first = Self.jsonLines(3), second = #"{"id": "z", "text": "\#(Self.sentences[0])"}"# + "\n"
        let p = try t.write("two.jsonl.gz", bytes: Gzip.compress(Array(first.utf8)) + Gzip.compress(Array(second.utf8)))
        let got = try readAll(ArticleReader(), [p])
        #expect(got.map { try? $0.get().source } == ["a0", "a1", "a2", "z"])
    }

    @Test func truncatedDataKeepsTheArticlesBeforeIt() throws {
        let t = try TempFolder()
        // Enough lines that the first ones come out before the cut is reached.
        let packed = Gzip.compress(Array(Self.jsonLines(20_000).utf8))
        let p = try t.write("cut.jsonl.gz", bytes: Array(packed.prefix(packed.count / 2)))
        let got = try readAll(ArticleReader(), [p])
        let articles = got.filter { (try? $0.get()) != nil }
        #expect(articles.count > 100)
        #expect(articles.count < 20_000)
        guard case .failure(let problem)? = got.last else {
            Issue.record("no failure reported")
            return
        }
        #expect(problem.location == p)
        #expect(problem.message.contains("ends early"), "\(problem.message)")
        #expect(got.count == articles.count + 1)
    }

    @Test func corruptDataIsOneClearFailure() throws {
        let t = try TempFolder()
        var packed = Gzip.compress(Array(Self.jsonLines(200).utf8))
        // The deflate data starts after the 10-byte header: damage it.
        for k in 10..<40 { packed[k] ^= 0xA5 }
        let p = try t.write("bad.jsonl.gz", bytes: packed)
        let txt = try t.write("bad.txt.gz", bytes: packed)
        let got = try readAll(ArticleReader(), [p])
        guard case .failure(let problem)? = got.last else {
            Issue.record("no failure reported: \(summaries(got))")
            return
        }
        #expect(problem.message.contains("corrupt"), "\(problem.message)")
        let whole = try readAll(ArticleReader(), [txt])
        #expect(whole.count == 1)
        if case .failure(let q)? = whole.first { #expect(q.message.contains("corrupt")) } else { Issue.record("read \(summaries(whole))") }
    }

    /// Lines longer than a chunk, with line ends on and around the 1 MiB boundaries of
    /// both the compressed and the decompressed stream.
    @Test func longLinesSurviveDecompression() throws {
        let t = try TempFolder()
        var lines: [[UInt8]] = []
        var total = 0, k = 0
        while total < 3 << 20 {
            let line = [UInt8](repeating: UInt8(ascii: "a") + UInt8(k % 26), count: (k * 7919) % 300_000)
            lines.append(line)
            total += line.count + 1
            k += 1
        }
        let bytes = Array(lines.joined(separator: [0x0A])) + [0x0A]
        let p = try t.write("lines.gz", bytes: Gzip.compress(bytes))
        let h = try #require(FileHandle(forReadingAtPath: p))
        var reader = LineReader(source: GzipSource(FileDescriptorSource(h.fileDescriptor)))
        var got: [[UInt8]] = []
        while let l = reader.next() { got.append(Array(l)) }
        #expect(reader.failure == nil)
        #expect(got.count == lines.count)
        let same = got == lines
        #expect(same)
    }

    /// Standard input and pipes have no name: gzip data is recognised by its first bytes.
    @Test func compressedStandardInputIsDecompressed() throws {
        let t = try TempFolder()
        let lines = Self.jsonLines(30)
        let text = Self.sentences.joined(separator: ". ")
        let packedLines = try t.write("in1", bytes: Gzip.compress(Array(lines.utf8)))
        let packedText = try t.write("in2", bytes: Gzip.compress(Array(text.utf8)))
        let plain = try t.write("news.jsonl", lines)
        let got = try readAll(try readerWithStandardInput(packedLines), ["-"])
        #expect(got == (try readAll(ArticleReader(), [plain])))
        let one = try readAll(try readerWithStandardInput(packedText), ["-"])
        #expect(one.map { try? $0.get().text } == [text])
        // One byte of input is not gzip: read as it is.
        let tiny = try t.write("in3", "x")
        #expect(try readAll(try readerWithStandardInput(tiny), ["-"]).map { try? $0.get().text } == ["x"])
    }

    @Test func gzipIsRecognisedByItsMagic() {
        #expect(GzipSource.isGzip(Gzip.compress([1, 2, 3])))
        #expect(!GzipSource.isGzip(Array("{\"text\": 1}".utf8)))
    }
}
