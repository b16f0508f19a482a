import Foundation
import IncidentsCore
import IncidentsSQLite
import Testing

@testable import IncidentsCLI

/// Issue 14: one article stored once whatever path or name it arrives by; re-extraction
/// when the options (or the extractor) change; standard input articles each kept.
@Suite struct ArticleIdentityTests {
    func summary(_ r: Outcome) throws -> (
        new: Int, unchanged: Int, updated: Int, alreadyStored: Int, failed: Int, stored: Int
    ) {
        try IngestTests().summary(r)
    }

    func scalar(_ db: String, _ sql: String) throws -> Int? {
        try Database(.file(db), mode: .readOnly).scalar(sql, as: Int.self)
    }

    @Test func everySpellingOfAFolderAndACopyAreStoredOnce() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")
        let first = incidents(["ingest", "--db", box.db, seeds])
        #expect(try summary(first).new == 4)
        let events = try #require(try rowCounts(box.db)["events"])
        let totals = incidents(["query", "--db", box.db, "--format", "csv"]).out

        // Four spellings of one folder: nothing new, nothing counted twice.
        let spellings = [seeds + "/", box.url.path + "/./seeds", box.path("seeds/../seeds"), seeds]
        for spelling in spellings {
            let r = incidents(["ingest", "--db", box.db, spelling])
            let s = try summary(r)
            #expect(s.new == 0 && s.updated == 0 && s.failed == 0, "\(spelling): \(r.out)")
            #expect(s.alreadyStored + s.unchanged == 4, "\(spelling): \(r.out)")
        }
        // The same text under another file name.
        let copy = box.path("elsewhere/copy.txt")
        try FileManager.default.createDirectory(atPath: box.path("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: seeds + "/002_fa971cb07014016f.txt", toPath: copy)
        #expect(try summary(incidents(["ingest", "--db", box.db, copy])).alreadyStored == 1)

        #expect(try rowCounts(box.db)["articles"] == 4)
        #expect(try rowCounts(box.db)["events"] == events)
        #expect(incidents(["query", "--db", box.db, "--format", "csv"]).out == totals)
        // `show` lists every name the text arrived by.
        let report = try #require(try scalar(box.db, """
            SELECT min(i.id) FROM incidents i JOIN articles a ON a.id = i.article_id
            WHERE a.source LIKE '%002_fa971cb07014016f.txt'
            """))
        let shown = incidents(["show", "--db", box.db, "--report", String(report)]).out
        #expect(shown.contains("also named:"))
        #expect(shown.contains(copy))
        #expect(shown.contains(box.path("seeds/../seeds") + "/002_fa971cb07014016f.txt"))
    }

    /// An edited file replaces its text under every spelling; when the old text has another
    /// name (a copy), that article stays with the copy's name.
    @Test func anEditedFileMovesItsNameToTheNewText() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")
        let file = seeds + "/003_a5471f0cce0c7d49.txt"
        let copy = box.path("copy.txt")
        try FileManager.default.copyItem(atPath: file, toPath: copy)
        _ = incidents(["ingest", "--db", box.db, seeds, box.path("seeds/../seeds"), copy])
        #expect(try rowCounts(box.db)["articles"] == 4)

        let old = try String(contentsOfFile: file, encoding: .utf8)
        try Data((old + "\nوقتل مدني بقصف مدفعي على مدينة أريحا في ريف إدلب.\n").utf8).write(to: URL(fileURLWithPath: file))
        let r = incidents(["ingest", "--db", box.db, box.path("seeds/../seeds/003_a5471f0cce0c7d49.txt")])
        #expect(try summary(r).updated == 1, "\(r.out)")
        // The old text keeps the copy's name; both spellings of the edited file moved.
        #expect(try rowCounts(box.db)["articles"] == 5)
        #expect(try scalar(box.db, """
            SELECT count(*) FROM article_names n JOIN articles a ON a.id = n.article_id
            WHERE n.source LIKE '%003_a5471f0cce0c7d49.txt' AND a.text = (SELECT text FROM articles a2
                JOIN article_names n2 ON n2.article_id = a2.id WHERE n2.source LIKE '%copy.txt')
            """) == 0)
        #expect(try scalar(box.db, "SELECT count(*) FROM articles WHERE source LIKE '%copy.txt'") == 1)

        // Without the copy, an edit replaces the article in place.
        try Data((old + "\nتعديل\n").utf8).write(to: URL(fileURLWithPath: seeds + "/000_212ed85aa77a1702.txt"))
        #expect(try summary(incidents(["ingest", "--db", box.db, seeds])).updated == 1)
        #expect(try rowCounts(box.db)["articles"] == 5)
    }

    @Test func publishedGivenLaterDatesTheStoredArticles() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")
        _ = incidents(["ingest", "--db", box.db, seeds])
        #expect(try scalar(box.db, "SELECT count(date) FROM incidents") == 0)

        let dated = incidents(["ingest", "--db", box.db, "--published", "2017-09-14", seeds])
        #expect(try summary(dated).updated == 4, "\(dated.out)")
        #expect(try scalar(box.db, "SELECT count(date) FROM incidents") ?? 0 > 0)
        #expect(try scalar(box.db, "SELECT count(*) FROM articles WHERE published = '2017-09-14' AND read_with = 'published=2017-09-14'") == 4)
        // Not giving the option keeps the stored one; the same option again changes nothing.
        #expect(try summary(incidents(["ingest", "--db", box.db, seeds])).unchanged == 4)
        #expect(try summary(incidents(["ingest", "--db", box.db, "--published", "2017-09-14", seeds])).unchanged == 4)
        #expect(try scalar(box.db, "SELECT count(date) FROM incidents") ?? 0 > 0)
    }

    @Test func eachArticleOnStandardInputIsKept() throws {
        let box = try Sandbox()
        defer { box.remove() }
        func pipe(_ text: String, _ extra: [String] = []) throws -> Outcome {
            let file = try box.write("in-\(UUID().uuidString).txt", text)
            return incidents(["ingest", "--db", box.db] + extra + ["-"],
                             input: try FileHandle(forReadingFrom: URL(fileURLWithPath: file)))
        }
        let one = "قتل ثلاثة مدنيين بغارة جوية روسية على مدينة أريحا في ريف إدلب.\n"
        let two = "قتل طفلان بقصف مدفعي لقوات النظام على بلدة كفرنبل في ريف إدلب.\n"
        #expect(try summary(try pipe(one)).new == 1)
        #expect(try summary(try pipe(two)).new == 1)
        #expect(try summary(try pipe(one)).unchanged == 1)
        #expect(try rowCounts(box.db)["articles"] == 2)
        #expect(try rowCounts(box.db)["incidents"] == 2)

        // --id and --title name a single article.
        let three = "قتل خمسة مدنيين بغارة جوية على مدينة سراقب في ريف إدلب.\n"
        let named = try pipe(three, ["--id", "sana-1", "--title", "غارة على سراقب"])
        #expect(try summary(named).new == 1)
        let row = try firstObject(incidents(["export", "--db", box.db, "--reports", "--place", "سراقب"]))
        #expect(row["article"] as? String == "sana-1")
        #expect(incidents(["show", "--db", box.db, "--report", String(row["id"] as? Int ?? 0)]).out.contains("«غارة على سراقب»"))

        // JSON Lines cannot share one --id: nothing stored, exit 64.
        let lines = #"{"text": "قتل مدني في حلب"}"# + "\n" + #"{"text": "قتل مدنيان في حمص"}"# + "\n"
        let refused = try pipe(lines, ["--id", "x"])
        #expect(refused.status == 64)
        #expect(refused.message.contains("--id and --title name one article"))
        #expect(try rowCounts(box.db)["articles"] == 3)
        #expect(incidents(["ingest", "--db", box.db, "--id", "x", box.url.path]).status == 64)
    }

    /// Reading everything again gives what a fresh ingest gives: the same reports and the
    /// same events (grouping depends on order, so the events are rebuilt).
    @Test func reextractGivesWhatAFreshIngestGives() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")
        let text = try String(contentsOfFile: seeds + "/002_fa971cb07014016f.txt", encoding: .utf8)
        _ = try box.write("seeds/copy_of_002.txt", text.replacingOccurrences(
            of: "خمسة وثلاثين مدنياً على الأقل", with: "اثنين وأربعين مدنياً"))
        _ = incidents(["ingest", "--db", box.db, "--published", "2017-08-25", seeds])
        func rows(_ reports: Bool) throws -> [String] {
            try incidents(["export", "--db", box.db] + (reports ? ["--reports"] : [])).outLines.map { line in
                var row = try #require(try json(line) as? [String: Any])
                row["id"] = nil
                return String(describing: row.sorted { $0.key < $1.key })
            }.sorted()
        }
        let before = (try rows(false), try rows(true))
        let r = incidents(["reextract", "--db", box.db])
        #expect(r.out.hasPrefix("re-extracted 5 articles"), "\(r.diagnostics)")
        #expect(try rows(false) == before.0)
        #expect(try rows(true) == before.1)
        #expect(try scalar(box.db, "SELECT count(*) FROM articles WHERE extractor_version IS NULL") == 0)
        #expect(incidents(["reextract", "--db", box.db, "--outdated"]).out.hasPrefix("re-extracted 0 articles"))
    }
}
