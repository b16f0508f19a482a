import Foundation
import Testing

@testable import IncidentsCore

/// Article identity: an article is its text; names only say where it was read.
@Suite struct ArticleNameTests {
    /// What identifies each kind of name (`ArticleName.of`).
    @Test func nameKeys() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let file = dir.path("a.txt")
        try Data("نص".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createDirectory(atPath: dir.path("x"), withIntermediateDirectories: true)
        let real = try #require(realpath(file, nil).map { p in defer { free(p) }; return String(cString: p) })
        let cases: [(source: String, stored: String, key: String)] = [
            ("-", "stdin:h", "stdin:h"),
            ("-:7", "stdin:h", "stdin:h"),
            (file, file, real),
            (dir.path("./a.txt"), dir.path("./a.txt"), real),
            (dir.path("x/../a.txt"), dir.path("x/../a.txt"), real),
            (file + ":12", file + ":12", real + ":12"),
            ("/dev/null", "/dev/null", "stream:h"),
            ("/dev/null:3", "/dev/null:3", "stream:h"),
            ("sana-2017-09-14", "sana-2017-09-14", "sana-2017-09-14"),
            ("missing.jsonl:3", "missing.jsonl:3", "missing.jsonl:3"),
            ("a:", "a:", "a:"),
        ]
        var paths = RealPathCache()
        for c in cases {
            let name = ArticleName.of(source: c.source, hash: "h", paths: &paths)
            #expect(name == ArticleName(source: c.stored, key: c.key), "\(c.source)")
        }
    }

    /// While regular files named on the command line are read (`RealPathCache.reading`),
    /// their names are told apart without a system call: the file, `FILE:LINE`, and any
    /// other name is one the input gave (a JSON "id"), its own key, even one that happens
    /// to name a file. Once an input is a folder or a pipe, each name is looked at alone.
    @Test func namesOfTheInputFiles() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let lines = dir.path("news.jsonl"), other = dir.path("other.txt")
        for f in [lines, other] { try Data("{}".utf8).write(to: URL(fileURLWithPath: f)) }
        func real(_ p: String) throws -> String {
            try #require(realpath(p, nil).map { p in defer { free(p) }; return String(cString: p) })
        }
        var paths = RealPathCache()
        #expect(paths.nameInInput("sana-1") == nil)  // no input said: looked at alone
        let spelled = dir.path("./news.jsonl")
        paths.reading(spelled)
        paths.reading("-")
        let cases: [(source: String, key: String)] = [
            (spelled, try real(lines)),
            (spelled + ":12", try real(lines) + ":12"),
            ("sana-2017-09-14", "sana-2017-09-14"),
            ("antms:AL-1-20180218", "antms:AL-1-20180218"),
            (other, other),  // an id that names a file: still an id
            (spelled + ":", spelled + ":"),
            ("-:4", "stdin:h"),
        ]
        for c in cases {
            #expect(ArticleName.of(source: c.source, hash: "h", paths: &paths).key == c.key, "\(c.source)")
        }
        paths.reading(dir.url.path)  // a folder: its files' names are not known in advance
        #expect(paths.nameInInput("sana-1") == nil)
        #expect(ArticleName.of(source: other, hash: "h", paths: &paths).key == (try real(other)))
        paths.reading(lines)
        #expect(paths.nameInInput("sana-1") == nil)
    }

    /// A name that arrives with a new text moves to it; the old text keeps its other
    /// names, and is deleted with its incidents and events when it has none left.
    @Test func aNameMovesToItsNewText() throws {
        let store = try IncidentStore(path: ":memory:")
        let t1 = Sample.text, t2 = Sample.text + " وفي وقت لاحق ارتفع العدد."
        #expect(try store.ingest(Sample.article("a", text: t1), incidents: [Sample.incident()]) == .new)
        #expect(try store.ingest(Sample.article("b", text: t1), incidents: [Sample.incident()]) == .alreadyStored)
        #expect(try store.ingest(Sample.article("a", text: t2), incidents: [Sample.incident(killed: Casualty(value: 4))]) == .updated)
        #expect(try store.counts() == (articles: 2, incidents: 2, events: 1))  // one event, two reports
        // The old text is now named by b alone.
        #expect(try store.database.scalar("SELECT source FROM articles WHERE text = ?", arguments: [.text(t1)], as: String.self) == "b")
        #expect(try store.ingest(Sample.article("b", text: t2), incidents: [Sample.incident(killed: Casualty(value: 4))]) == .updated)
        #expect(try store.counts() == (articles: 1, incidents: 1, events: 1))
        #expect(try store.count("article_names") == 2)
        #expect(try store.database.scalar("SELECT killed_best FROM events", as: Int.self) == 4)
        #expect(try store.database.prepare("PRAGMA foreign_key_check").map { $0.string(0) }.isEmpty)
    }

    /// Extractor version and options: a text read with other ones is read again.
    @Test func anotherExtractorOrDateReadsTheTextAgain() throws {
        let store = try IncidentStore(path: ":memory:")
        var undated = Sample.article()
        undated.published = nil
        #expect(try store.ingest(undated, incidents: [Sample.incident()]) == .new)
        #expect(try store.ingest(Sample.article(), incidents: [Sample.incident()]) == .updated)
        #expect(try store.database.scalar("SELECT read_with FROM articles", as: String.self) == "published=2019-05-02")
        // Not giving the date keeps the stored one.
        #expect(try store.ingest(undated, incidents: [Sample.incident()]) == .unchanged)
        try store.database.execute("UPDATE articles SET extractor_version = 'r0-old'")
        #expect(try store.ingest(Sample.article(), incidents: [Sample.incident()]) == .updated)
        #expect(try store.database.scalar("SELECT extractor_version FROM articles", as: String.self) == IncidentExtractor.version)
        #expect(IncidentExtractor.version.hasPrefix("r\(IncidentExtractor.revision)-"))
    }
}
