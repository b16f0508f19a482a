import Foundation
import Testing

@testable import IncidentsCore

/// Lines too long to hold are parsed as they stream in (`JSONStream`). Tests make every line
/// "long" (limit 0) and the chunks tiny, so that escapes, keys and multi-byte characters
/// are cut across chunk and flush boundaries, and expect what the ordinary path reads.
@Suite struct JSONStreamTests {
    /// A reader that streams every line, `chunk` bytes at a time.
    static func streaming(chunk: Int, flush: Int = 4) -> ArticleReader {
        var r = ArticleReader()
        r.longLine = 0
        r.chunk = chunk
        r.flushBytes = flush
        return r
    }

    /// The ordinary path (lines held whole), with small chunks: a debug build fills a
    /// 1 MiB chunk slowly.
    static var ordinary: ArticleReader {
        var r = ArticleReader()
        r.chunk = 4096
        return r
    }

    static func read(_ reader: ArticleReader, _ content: String) throws -> [ReadResult] {
        try read(reader, bytes: Array(content.utf8))
    }

    static func read(_ reader: ArticleReader, bytes: [UInt8]) throws -> [ReadResult] {
        let t = try TempFolder()
        return try readAll(reader, [try t.write("a.jsonl", bytes: bytes)]).map {
            // The folder's name differs from run to run: keep the file's.
            $0.mapError { InputProblem(($0.location as NSString).lastPathComponent, $0.message) }
                .map { a in
                    var a = a
                    if a.source.hasPrefix("/") { a.source = (a.source as NSString).lastPathComponent }
                    return a
                }
        }
    }

    static let chunks = [1, 2, 3, 5, 7, 64]

    /// The same results, line for line, as the ordinary path, whatever the chunk size.
    @Test(arguments: [
        #"{"id": "a1", "text": "قتل 3 مدنيين", "title": "عنوان", "date": "2024-03-05T10:00:00Z"}"#,
        #"  {"text":"سطر\nثان \"مقتبس\" \\ \/ \t \u0627\u0644\u0631\u0642\u0629 \ud83d\ude00","id":42}  "#,
        #"{"id": -7, "meta": {"a": [1, 2, {"b": "}]"}], "c": null}, "ok": true, "no": false, "text": "x"}"#,
        #"{"text": "نص", "outlet": "", "url": "https://example.org/?a=1&b=\"2\""}"#,
        #"{"title": "قبل", "text": "a", "text": "b", "date": "2017-08-25", "score": 0.5}"#,
        #"{}"#, #"{"text": "   "}"#, #"{"text": 5}"#, #"{"id": "x", "title": "لا نص"}"#,
        #"{"text": "x", "n": 1.5, "m": -2.5e-3, "k": 1E+3, "z": 0.0, "big": 99999999999999999999999}"#,
        #"{"text": "x", "n": 1.}"#, #"{"text": "x", "n": 012}"#, #"{"text": "x", "n": -}"#,
        #"{"text": "x"} trailing"#, #"{"text": "x""#, #"["text"]"#, #"{"text": "\x"}"#,
        "{\"text\": \"a\tb\"}", #"{"text" "x"}"#, #"{"text": "x",}"#, #"{"text": "\u06"}"#,
        #"{"text": "x", "t": tru}"#, #"[1, "a"] x"#, #""just a string""#, "{\"text\": \"x\"}\r",
        #"{"text": "a\ud83dz"}"#, #"{"text": "\ude00"}"#, "   ", #"{"text": "unterminated"#, #"{"text": "cut\"#,
        #"{"text": "cut\u06"#, #"{"text": "x", "n": 12"#, #"{"text": "x", "o": [1, "#, #"{"text"#, "{",
    ])
    func readsWhatTheOrdinaryPathReads(_ line: String) throws {
        let content = #"{"id": "before", "text": "أول"}"# + "\n" + line + "\n" + #"{"text": "بعد"}"# + "\n"
        let ordinary = try Self.read(Self.ordinary, content)
        for chunk in Self.chunks {
            let streamed = try Self.read(Self.streaming(chunk: chunk), content)
            #expect(streamed == ordinary, "chunk \(chunk): \(line)")
        }
    }

    /// Escapes and characters of two, three and four bytes decoded exactly, however the
    /// chunks and flushes cut them.
    @Test func decodesEscapesAndCharactersSplitAnywhere() throws {
        let encoded = #"a\"b\\c\/\n\t\r\b\f \u0627\u0644 \ud83d\ude00 é ب 😀 ﷺ \u00e9"#
        let decoded = "a\"b\\c/\n\t\r\u{08}\u{0C} ال 😀 é ب 😀 ﷺ é"
        let line = #"{"text": ""# + String(repeating: encoded, count: 3) + #"", "id": "z"}"#
        for chunk in Self.chunks {
            for flush in [4, 5, 6, 7, 1 << 20] {
                let got = try Self.read(Self.streaming(chunk: chunk, flush: flush), line)
                #expect(got == [.success(Article(source: "z", text: String(repeating: decoded, count: 3)))], "chunk \(chunk), flush \(flush)")
            }
        }
    }

    /// Invalid UTF-8 anywhere in a string (split across chunks or not) is not valid JSON,
    /// and the next line is read.
    @Test func invalidUTF8IsNotValidJSON() throws {
        for bad: [UInt8] in [[0xFF], [0xD8], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x90, 0x80], [0xC3, 0x41]] {
            let bytes = Array(#"{"text": "قصف "#.utf8) + bad + Array(#" حلب"}"#.utf8) + [0x0A]
                + Array(#"{"text": "بعد"}"#.utf8)
            for chunk in Self.chunks {
                let got = try Self.read(Self.streaming(chunk: chunk), bytes: bytes)
                #expect(got.count == 2)
                #expect(got.first == .failure(InputProblem("a.jsonl:1", "not valid JSON")), "\(bad) chunk \(chunk)")
                #expect(got.last.map { (try? $0.get())?.text } == "بعد")
            }
        }
    }

    /// A byte order mark may open the first line, as on the ordinary path.
    @Test func byteOrderMarkOpensTheFirstLine() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"id": "b", "text": "نص"}"#.utf8)
        let got = try Self.read(Self.streaming(chunk: 2), bytes: bytes)
        #expect(got == [.success(Article(source: "b", text: "نص"))])
    }

    /// Only lines longer than the limit stream: shorter ones around them are read whole,
    /// and line numbers stay right.
    @Test func onlyLongLinesStream() throws {
        let long = #"{"id": "long", "text": ""# + String(repeating: "قتل خمسة مدنيين. ", count: 40) + #""}"#
        let content = [#"{"text": "أ"}"#, long, "", #"{"text": 1}"#, long].joined(separator: "\n")
        var reader = ArticleReader()
        reader.longLine = 100
        reader.chunk = 16
        let got = try Self.read(reader, content)
        #expect(got == (try Self.read(Self.ordinary, content)))
        #expect(got.map { (try? $0.get())?.source } == ["a.jsonl:1", "long", nil, "long"])
        #expect(got[2] == .failure(InputProblem("a.jsonl:4", "missing the \"text\" field (a string)")))
    }

    @Test(arguments: [
        ([0x41, 0xC3] as [UInt8], 1), ([0x41, 0xE2, 0x82], 2), ([0xF0, 0x9F, 0x98], 3),
        ([0xF0, 0x9F, 0x98, 0x80], 0), ([0x41, 0x42], 0), ([0xD8, 0xA8], 0), ([], 0), ([0x80, 0x80, 0x80], 0),
    ])
    func unfinishedTail(_ bytes: [UInt8], _ expected: Int) {
        #expect(StringSink.unfinishedTail(bytes) == expected)
    }
}
