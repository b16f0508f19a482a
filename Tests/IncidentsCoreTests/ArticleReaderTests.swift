import Foundation
import Testing
@testable import IncidentsCore

/// A fresh temporary folder for one test, removed when the test ends.
final class TempFolder {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("incidents-io-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        // Give back any permission a test removed, so the folder can be deleted.
        if let e = FileManager.default.enumerator(atPath: root) {
            for case let p as String in e {
                chmod((root as NSString).appendingPathComponent(p), 0o755)
            }
        }
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let p = path(relative)
        try FileManager.default.createDirectory(
            atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: p, contents: Data(bytes)) else {
            throw InputProblem(p, "test fixture could not be written")
        }
        return p
    }

    func mkdir(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }

    func symlink(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }
}

typealias ReadResult = Result<Article, InputProblem>

/// Everything a reader reports for `paths`, in order.
func readAll(_ reader: ArticleReader, _ paths: [String]) throws -> [ReadResult] {
    var out: [ReadResult] = []
    try reader.read(paths) { out.append($0) }
    return out
}

/// Short descriptions of large results, so a failing expectation does not print megabytes.
func summaries(_ results: [ReadResult]) -> [String] {
    results.map {
        switch $0 {
        case .success(let a): return "\(a.source): \(a.text.utf8.count) bytes, hash \(a.text.hashValue)"
        case .failure(let p): return p.description
        }
    }
}

/// A reader whose standard input is the file at `path`.
func readerWithStandardInput(_ path: String, published: String? = nil) throws -> ArticleReader {
    let handle = try #require(FileHandle(forReadingAtPath: path))
    var reader = ArticleReader(published: published)
    reader.standardInput = { handle }
    return reader
}

@Suite struct ArticleReaderTests {
    /// A stream that fails to read (here: standard input opened on a folder) is reported,
    /// not taken for the end of the input.
    @Test func aFailingReadIsReported() throws {
        let t = try TempFolder()
        try t.mkdir("folder")
        let got = try readAll(try readerWithStandardInput(t.path("folder")), ["-"])
        #expect(summaries(got) == ["-: reading stopped after line 0: Is a directory"])
    }

    /// Standard input from a pipe arrives in small pieces; lines split across them are
    /// whole.
    @Test func linesArriveWholeThroughAPipe() throws {
        let pipe = Pipe()
        var reader = ArticleReader()
        reader.standardInput = { pipe.fileHandleForReading }
        let lines = (1...300).map { #"{"id": "p\#($0)", "text": "نص رقم \#($0) "# + String(repeating: "كلمة ", count: 200) + #""}"# }
        let writer = Thread {
            let data = Data((lines.joined(separator: "\n") + "\n").utf8)
            var at = 0
            while at < data.count {
                let n = min(1000, data.count - at)
                pipe.fileHandleForWriting.write(data.subdata(in: at..<(at + n)))
                at += n
            }
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let got = try readAll(reader, ["-"])
        #expect(got.count == 300)
        #expect(got.allSatisfy { if case .success = $0 { true } else { false } })
        if case .success(let last)? = got.last { #expect(last.source == "p300") }
    }

    @Test func folderIsReadRecursivelyInNameOrder() throws {
        let t = try TempFolder()
        let b = try t.write("in/b.txt", "نص ب")
        let a = try t.write("in/a.txt", "نص أ")
        let c = try t.write("in/sub/c.text", "نص ج")
        let d = try t.write("in/sub/deeper/d.TXT", "نص د")
        let z = try t.write("in/z.jsonl", #"{"text": "نص ز"}"# + "\n")
        try t.write("in/.hidden.txt", "مخفي")
        try t.write("in/.git/e.txt", "مخفي")
        try t.write("in/image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D])
        try t.write("in/notes", "بلا امتداد")
        try t.write("in/archive.zip", bytes: [0x50, 0x4B, 0x03, 0x04])
        try t.mkdir("in/empty")

        let got = try readAll(ArticleReader(), [t.path("in")])
        #expect(got == [
            .success(Article(source: a, text: "نص أ")),
            .success(Article(source: b, text: "نص ب")),
            .success(Article(source: c, text: "نص ج")),
            .success(Article(source: d, text: "نص د")),
            .success(Article(source: z + ":1", text: "نص ز")),
        ])
    }

    @Test func textFileIsOneArticleWithThePublishedDate() throws {
        let t = try TempFolder()
        let text = "قتل خمسة مدنيين في قصف على حلب.\nوأصيب عشرة آخرون.\n"
        let p = try t.write("a.txt", text)
        let got = try readAll(ArticleReader(published: "2024-03-05"), [p])
        #expect(got == [.success(Article(source: p, text: text, published: "2024-03-05"))])
    }

    @Test func explicitFileOfAnyExtensionIsRead() throws {
        let t = try TempFolder()
        let p = try t.write("article.md", "نص")
        #expect(try readAll(ArticleReader(), [p]) == [.success(Article(source: p, text: "نص"))])
    }

    @Test func legacyEncodingsAreReadThroughTheReader() throws {
        let t = try TempFolder()
        let s = arabicSentences[1]
        let cp = try t.write("cp.txt", bytes: try #require(encodeWindows1256(s)))
        let u16 = try t.write("u16.txt", bytes: utf16Bytes(s, littleEndian: true))
        #expect(try readAll(ArticleReader(), [cp, u16]) == [
            .success(Article(source: cp, text: s)),
            .success(Article(source: u16, text: s)),
        ])
    }

    @Test func missingPathIsAProblemNamingThePath() throws {
        let t = try TempFolder()
        let missing = t.path("nowhere/absent.txt")
        let ok = try t.write("ok.txt", "نص")
        let got = try readAll(ArticleReader(), [missing, ok])
        #expect(got == [
            .failure(InputProblem(missing, "no such file or folder")),
            .success(Article(source: ok, text: "نص")),
        ])
        #expect(InputProblem(missing, "no such file or folder").description == "\(missing): no such file or folder")
    }

    @Test func emptyAndBlankFilesAreProblems() throws {
        let t = try TempFolder()
        let empty = try t.write("empty.txt", "")
        let blank = try t.write("blank.txt", " \n\t\r\n")
        let binary = try t.write("bin.txt", bytes: [0x41, 0, 0x42])
        #expect(try readAll(ArticleReader(), [empty, blank, binary]) == [
            .failure(InputProblem(empty, "the file is empty")),
            .failure(InputProblem(blank, "the file has no text")),
            .failure(InputProblem(binary, "the file is binary, not text")),
        ])
    }

    @Test func unreadableFilesAndFoldersAreProblems() throws {
        let t = try TempFolder()
        let txt = try t.write("locked.txt", "نص")
        let jsonl = try t.write("locked.jsonl", #"{"text": "نص"}"#)
        try t.write("closed/inside.txt", "نص")
        let folder = t.path("closed")
        for p in [txt, jsonl, folder] { #expect(chmod(p, 0) == 0) }

        let got = try readAll(ArticleReader(), [txt, jsonl, folder])
        // Root reads through chmod 000: check what the reader says against what the system does.
        if FileHandle(forReadingAtPath: txt) == nil {
            #expect(got == [
                .failure(InputProblem(txt, "cannot read the file (permission denied?)")),
                .failure(InputProblem(jsonl, "cannot open the file (permission denied?)")),
                .failure(InputProblem(folder, "cannot read the folder (permission denied?)")),
            ])
        } else {
            #expect(got == [
                .success(Article(source: txt, text: "نص")),
                .success(Article(source: jsonl + ":1", text: "نص")),
                .success(Article(source: folder + "/inside.txt", text: "نص")),
            ])
        }
    }

    @Test func jsonLinesGoodLinesInOrderAndProblemsWithLineNumbers() throws {
        let t = try TempFolder()
        let lines = [
            #"{"id": "a1", "title": "عنوان", "date": "2024-03-05T10:00:00Z", "outlet": "سانا", "url": "https://example.org/a/1", "text": "نص أول"}"#,
            #"{"text": "نص مكسور""#,
            #"{"title": "بلا نص"}"#,
            #"{"text": "  \n "}"#,
            "",
            "   ",
            #"{"text": "نص ثان", "date": "05/03/2024"}"#,
            #"{"id": 42, "text": "نص ثالث", "date": "2024-02-29"}"#,
            #"[1, 2]"#,
            #"{"text": 5}"#,
            #"{"id": "", "title": "", "text": "نص رابع"}"#,
        ]
        let p = try t.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let got = try readAll(ArticleReader(published: "2024-01-01"), [p])
        #expect(got == [
            .success(Article(
                source: "a1", text: "نص أول", title: "عنوان", outlet: "سانا", published: "2024-03-05",
                url: "https://example.org/a/1")),
            .failure(InputProblem("\(p):2", "not valid JSON")),
            .failure(InputProblem("\(p):3", "missing the \"text\" field (a string)")),
            .failure(InputProblem("\(p):4", "the \"text\" field is empty")),
            .success(Article(source: "\(p):7", text: "نص ثان", published: "2024-01-01")),
            .success(Article(source: "42", text: "نص ثالث", published: "2024-02-29")),
            .failure(InputProblem("\(p):9", "expected a JSON object with a \"text\" field")),
            .failure(InputProblem("\(p):10", "missing the \"text\" field (a string)")),
            .success(Article(source: "\(p):11", text: "نص رابع", published: "2024-01-01")),
        ])
    }

    @Test(arguments: [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:00:00+03:00", "2024-03-05"),
        ("2024-03-05T10:00:00.123Z", "2024-03-05"),
        ("2024-03-05 10:00", "2024-03-05"),
        ("2024-02-30", nil),
        ("2024-3-5", nil),
        ("05-03-2024", nil),
        ("2024-03-051", nil),
        ("2024-03-05garbage", nil),
        ("", nil),
        ("أمس", nil),
    ] as [(String, String?)])
    func jsonDateIsKeptOnlyWhenValid(date: String, expected: String?) throws {
        let t = try TempFolder()
        let line = "{\"text\": \"نص\", \"date\": \"\(date)\"}"
        let p = try t.write("d.jsonl", line)
        #expect(try readAll(ArticleReader(), [p]) == [.success(Article(source: p + ":1", text: "نص", published: expected))])
        // An invalid date falls back to the one given to the reader.
        #expect(try readAll(ArticleReader(published: "2020-01-01"), [p])
            == [.success(Article(source: p + ":1", text: "نص", published: expected ?? "2020-01-01"))])
    }

    @Test func jsonLinesWithCRLFAndNoFinalNewline() throws {
        let t = try TempFolder()
        let p = try t.write("crlf.jsonl", "{\"text\": \"أ\"}\r\n\r\n{\"text\": \"ب\"}\r\n{\"text\": \"ج\"}")
        #expect(try readAll(ArticleReader(), [p]) == [
            .success(Article(source: p + ":1", text: "أ")),
            .success(Article(source: p + ":3", text: "ب")),
            .success(Article(source: p + ":4", text: "ج")),
        ])
    }

    @Test func jsonLinesWithByteOrderMark() throws {
        let t = try TempFolder()
        let p = try t.write("bom.jsonl", bytes: [0xEF, 0xBB, 0xBF] + Array("{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n".utf8))
        #expect(try readAll(ArticleReader(), [p]) == [
            .success(Article(source: p + ":1", text: "أ")),
            .success(Article(source: p + ":2", text: "ب")),
        ])
    }

    @Test func jsonLineThatIsNotUTF8IsAProblem() throws {
        let t = try TempFolder()
        let bad = [UInt8]("{\"text\": \"".utf8) + [0xDE, 0xCA, 0xE1] + Array("\"}\n".utf8)
        let p = try t.write("cp.jsonl", bytes: bad)
        #expect(try readAll(ArticleReader(), [p]) == [.failure(InputProblem(p + ":1", "not valid JSON"))])
    }

    @Test func crlfTextFileKeepsItsText() throws {
        let t = try TempFolder()
        let text = "سطر أول\r\nسطر ثان"
        let p = try t.write("crlf.txt", text)
        #expect(try readAll(ArticleReader(), [p]) == [.success(Article(source: p, text: text))])
    }

    @Test func pathsAreReadInTheOrderGiven() throws {
        let t = try TempFolder()
        let a = try t.write("a.txt", "أ")
        let b = try t.write("b.txt", "ب")
        let stdin = try t.write("stdin", "ج")
        #expect(try readAll(try readerWithStandardInput(stdin), [b, "-", a]) == [
            .success(Article(source: b, text: "ب")),
            .success(Article(source: "-", text: "ج")),
            .success(Article(source: a, text: "أ")),
        ])
    }

    @Test func throwingFromTheBodyStopsReading() throws {
        struct Stop: Error {}
        let t = try TempFolder()
        let p = try t.write("many.jsonl", (1...100).map { "{\"text\": \"نص \($0)\"}" }.joined(separator: "\n"))
        var seen = 0
        #expect(throws: Stop.self) {
            try ArticleReader().read([p]) { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }

    @Test func symlinkLoopsTerminate() throws {
        let t = try TempFolder()
        let a = try t.write("in/a.txt", "أ")
        let c = try t.write("in/sub/c.txt", "ج")
        try t.symlink("in/loop", to: t.path("in"))
        try t.symlink("in/sub/up", to: "..")
        // Two links pointing at each other: the path cannot be resolved at all.
        try t.symlink("in/x.txt", to: t.path("in/y.txt"))
        try t.symlink("in/y.txt", to: t.path("in/x.txt"))
        let got = try readAll(ArticleReader(), [t.path("in")])
        #expect(got == [
            .success(Article(source: a, text: "أ")),
            .success(Article(source: c, text: "ج")),
            .failure(InputProblem(t.path("in/x.txt"), "no such file or folder")),
            .failure(InputProblem(t.path("in/y.txt"), "no such file or folder")),
        ])
    }

    @Test func namedPipesInsideFoldersAreSkipped() throws {
        let t = try TempFolder()
        let a = try t.write("in/a.txt", "أ")
        #expect(mkfifo(t.path("in/pipe.txt"), 0o644) == 0)
        #expect(mkfifo(t.path("in/pipe.jsonl"), 0o644) == 0)
        #expect(try readAll(ArticleReader(), [t.path("in")]) == [.success(Article(source: a, text: "أ"))])
    }

    /// A pipe named on the command line (`<(...)`, /dev/stdin) is read as a stream: one
    /// plain-text article, or JSON Lines when its first byte says so.
    @Test(arguments: [
        ("قتل مدنيان في قصف على حلب", ["fifo"]),
        ("{\"id\": \"a\", \"text\": \"نص أول\"}\n{\"id\": \"b\", \"text\": \"نص ثان\"}\n", ["a", "b"]),
    ])
    func namedPipeGivenExplicitlyIsRead(_ content: String, _ sources: [String]) throws {
        let t = try TempFolder()
        let fifo = t.path("fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        let writer = Thread {
            if let h = FileHandle(forWritingAtPath: fifo) {
                h.write(Data(content.utf8))
                try? h.close()
            }
        }
        writer.start()
        let read = try readAll(ArticleReader(), [fifo])
        let got = read.compactMap { r -> String? in
            if case .success(let a) = r { return a.source == fifo ? "fifo" : a.source }
            return nil
        }
        #expect(got == sources, "\(read)")
    }

    @Test func largeJSONLinesFileStreamsInOrder() throws {
        let t = try TempFolder()
        let n = 20_000
        var text = ""
        for i in 1...n {
            if i == 10_001 {
                text += "{\"id\": \"broken\n"
                continue
            }
            // About 150 bytes a line: the file spans several 1 MiB reads.
            text += "{\"id\": \"n\(i)\", \"text\": \"قتل \(i) مدنيين في قصف على مدينة حلب وأصيب آخرون بجروح\"}\n"
        }
        let p = try t.write("big.jsonl", text)
        var articles: [Article] = []
        var problems: [InputProblem] = []
        try ArticleReader().read([p]) { r in
            switch r {
            case .success(let a): articles.append(a)
            case .failure(let e): problems.append(e)
            }
        }
        #expect(problems == [InputProblem("\(p):10001", "not valid JSON")])
        #expect(articles.count == n - 1)
        let expected = (1...n).filter { $0 != 10_001 }
        #expect(articles.map(\.source) == expected.map { "n\($0)" })
        #expect(articles.allSatisfy { a in a.text == "قتل \(a.source.dropFirst()) مدنيين في قصف على مدينة حلب وأصيب آخرون بجروح" })
    }

    @Test func lineReaderSplitsLinesAcrossChunks() throws {
        let t = try TempFolder()
        // Lines of growing length so that newlines fall on and around the 1 MiB boundaries.
        var lines: [[UInt8]] = []
        var total = 0
        var k = 0
        while total < 3 << 20 {
            let line = [UInt8](repeating: UInt8(ascii: "a") + UInt8(k % 26), count: (k * 7919) % 300_000)
            lines.append(line)
            total += line.count + 1
            k += 1
        }
        let bytes = lines.joined(separator: [0x0A]) + [0x0A]
        let p = try t.write("lines", bytes: Array(bytes))
        var reader = LineReader(handle: try #require(FileHandle(forReadingAtPath: p)))
        var got: [[UInt8]] = []
        while let l = reader.next() { got.append(Array(l)) }
        #expect(got.count == lines.count)
        let same = got == lines
        #expect(same)
    }

    @Test func oneMegabyteOfRandomBytesNeverCrashes() throws {
        let t = try TempFolder()
        let bytes = randomBytes(1 << 20, seed: 7)
        let txt = try t.write("random.txt", bytes: bytes)
        let jsonl = try t.write("random.jsonl", bytes: bytes)
        let stdin = try t.write("stdin", bytes: bytes)
        #expect(try readAll(ArticleReader(), [txt]) == [.failure(InputProblem(txt, "the file is binary, not text"))])
        let lines = try readAll(ArticleReader(), [jsonl])
        #expect(lines.count > 0)
        let nonBlank = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }.count
        #expect(lines.count == nonBlank)
        #expect(lines.allSatisfy { if case .failure = $0 { true } else { false } })
        #expect(try readAll(try readerWithStandardInput(stdin), ["-"]) == [.failure(InputProblem("-", "the file is binary, not text"))])
    }

    @Test func fiveMegabyteSingleLineWithoutNewline() throws {
        let t = try TempFolder()
        let body = String(repeating: "قتل خمسة ", count: (5 << 20) / 17)
        let txt = try t.write("long.txt", body)
        let jsonl = try t.write("long.jsonl", "{\"text\": \"\(body)\"}")
        let garbage = try t.write("garbage.jsonl", String(repeating: "x", count: 5 << 20))
        let stdin = try t.write("stdin", body)
        let got = try readAll(ArticleReader(), [txt, jsonl, garbage])
        #expect(summaries(got) == summaries([
            .success(Article(source: txt, text: body)),
            .success(Article(source: jsonl + ":1", text: body)),
            .failure(InputProblem(garbage + ":1", "not valid JSON")),
        ]))
        #expect(summaries(try readAll(try readerWithStandardInput(stdin), ["-"]))
            == summaries([.success(Article(source: "-", text: body))]))
    }

    @Test func deeplyNestedJSONIsAProblemNotACrash() throws {
        let t = try TempFolder()
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let objects = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let p = try t.write("deep.jsonl", deep + "\n" + objects + "\n")
        let got = try readAll(ArticleReader(), [p])
        #expect(got.count == 2)
        #expect(got.allSatisfy { if case .failure = $0 { true } else { false } })
    }
}
