import Foundation
import IncidentsCore
import Testing

@testable import IncidentsCLI

@Suite struct IngestTests {
    func summary(_ r: Outcome) throws -> (
        new: Int, unchanged: Int, updated: Int, alreadyStored: Int, failed: Int, stored: Int
    ) {
        let pattern = #/articles: (\d+) new, (\d+) unchanged, (\d+) updated, (?:(\d+) already stored under another name, )?(\d+) failed; incidents stored: (\d+)\n/#
        let m = try #require(try pattern.wholeMatch(in: r.out), "not a summary line: \(r.out)")
        return (Int(m.1)!, Int(m.2)!, Int(m.3)!, m.4.map { Int($0)! } ?? 0, Int(m.5)!, Int(m.6)!)
    }

    @Test func summaryAndIdempotency() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")

        let first = incidents(["ingest", "--db", box.db, "--published", "2017-08-25", seeds])
        #expect(first.status == 0, "\(first.diagnostics)")
        let s1 = try summary(first)
        #expect(s1.new == 4 && s1.unchanged == 0 && s1.updated == 0 && s1.failed == 0)
        #expect(s1.stored > 0)
        #expect(first.err.isEmpty, "no progress on stderr when it is not a terminal: \(first.err)")
        let counts = try rowCounts(box.db)
        #expect(counts["articles"] == 4)
        #expect(counts["incidents"] == s1.stored)

        let second = incidents(["ingest", "--db", box.db, "--published", "2017-08-25", seeds])
        #expect(second.status == 0)
        let s2 = try summary(second)
        #expect(s2.new == 0 && s2.unchanged == 4 && s2.updated == 0 && s2.failed == 0 && s2.stored == 0)
        #expect(try rowCounts(box.db) == counts)
    }

    @Test func quietPrintsNothing() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let file = try box.copyFixture("seeds/000_212ed85aa77a1702.txt")
        let r = incidents(["ingest", "--quiet", "--db", box.db, file])
        #expect(r.status == 0)
        #expect(r.out.isEmpty && r.err.isEmpty)
        #expect(try rowCounts(box.db)["articles"] == 1)
    }

    @Test func changedFileIsUpdated() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")
        let file = (seeds as NSString).appendingPathComponent("002_fa971cb07014016f.txt")
        _ = incidents(["ingest", "--db", box.db, seeds])
        let before = try rowCounts(box.db)

        // Cut the article after its first sentence: fewer incidents for the same source.
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let firstSentence = String(text.prefix { $0 != "." && $0 != "\n" }) + ".\n"
        try Data(firstSentence.utf8).write(to: URL(fileURLWithPath: file))

        let r = incidents(["ingest", "--db", box.db, seeds])
        #expect(r.status == 0)
        let s = try summary(r)
        #expect(s.new == 0 && s.unchanged == 3 && s.updated == 1 && s.failed == 0)
        #expect(s.stored >= 1)
        let after = try rowCounts(box.db)
        #expect(after["articles"] == before["articles"])
        #expect(after["incidents"]! < before["incidents"]!)

        let export = incidents(["export", "--db", box.db, "--reports", "--format", "jsonl"])
        let fromFile = try export.outLines.map { try #require(try json($0) as? [String: Any]) }
            .filter { ($0["article"] as? String) == file }
        #expect(fromFile.count == s.stored)
    }

    /// A malformed line is reported as file:line on stderr, the good lines are stored, and
    /// the exit status is 1.
    @Test func jsonLinesWithBadLines() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let good = try Fixtures.text("events.jsonl").split(separator: "\n")
        let file = try box.write("mixed.jsonl", """
            \(good[0])
            {"id": "broken", "text": "قتل
            \(good[4])

            ["not", "an", "object"]
            {"id": "no-text", "title": "x"}
            {"id": "n", "text": "قتل ثلاثة مدنيين بغارة روسية على مدينة أريحا في ريف إدلب.", "date": "2019-05-02"}

            """)
        let r = incidents(["ingest", "--db", box.db, file])
        #expect(r.status == 1)
        let s = try summary(r)
        #expect(s.new == 3 && s.failed == 3)
        let errLines = r.err.split(separator: "\n").map(String.init)
        #expect(errLines.count == 3, "\(r.err)")
        #expect(errLines.contains { $0.contains("\(file):2") && $0.contains("not valid JSON") })
        #expect(errLines.contains { $0.contains("\(file):5") && $0.contains("JSON object") })
        #expect(errLines.contains { $0.contains("\(file):6") && $0.contains("\"text\"") })
        #expect(!errLines.contains { $0.contains(":4") }, "an empty line is not an error")
        #expect(try rowCounts(box.db)["articles"] == 3)

        // Its id and date are kept.
        let export = incidents(["export", "--db", box.db, "--reports", "--place", "أريحا"])
        let row = try firstObject(export)
        #expect(row["article"] as? String == "n")
    }

    @Test func standardInput() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let text = "قتل ثلاثة مدنيين وجرح آخرون بغارة جوية روسية على مدينة أريحا في ريف إدلب يوم الخميس.\n"
        let input = try box.write("stdin.txt", text)
        let r = incidents(
            ["ingest", "--db", box.db, "--published", "2019-05-04", "-"],
            input: try FileHandle(forReadingFrom: URL(fileURLWithPath: input)))
        #expect(r.status == 0, "\(r.diagnostics)")
        #expect(try summary(r).new == 1)
        let export = incidents(["export", "--db", box.db])
        let row = try firstObject(export)
        // Each text read from standard input is its own article, named by its content.
        #expect(row["article"] as? String == "stdin:" + IncidentStore.contentHash(of: text))
        #expect(row["date"] as? String == "2019-05-02")
        #expect(row["killed"] as? Int == 3)

        // JSON Lines on standard input.
        let lines = try box.write("stdin.jsonl", try Fixtures.text("events.jsonl"))
        let r2 = incidents(["ingest", "--db", box.db, "-"], input: try FileHandle(forReadingFrom: URL(fileURLWithPath: lines)))
        #expect(r2.status == 0)
        #expect(try summary(r2).new == 5)
    }

    @Test func missingPathIsAnErrorButTheRestIsStored() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let file = try box.copyFixture("seeds/000_212ed85aa77a1702.txt")
        let missing = box.path("nope/missing.txt")
        let r = incidents(["ingest", "--db", box.db, missing, file])
        #expect(r.status == 1)
        #expect(r.err == "warning: \(missing): no such file or folder\n")
        #expect(try summary(r).failed == 1)
        #expect(try rowCounts(box.db)["articles"] == 1)
    }

    /// A folder without article files stores nothing, and says why.
    @Test func folderWithoutArticlesWarns() throws {
        let box = try Sandbox()
        defer { box.remove() }
        _ = try box.write("exports/a.json", #"{"text": "قتل ثلاثة مدنيين"}"#)
        let folder = box.path("exports")
        let r = incidents(["ingest", "--db", box.db, folder])
        #expect(r.status == 0)
        #expect(try summary(r).new == 0)
        #expect(r.err == "warning: \(folder): no articles found (folders are searched for .txt, .jsonl, .ndjson and .html files)\n")
        let seeds = try box.copyFixture("seeds")
        let ok = incidents(["ingest", "--db", box.db, seeds])
        #expect(ok.err.isEmpty)
    }

    @Test func emptyFileIsReported() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let empty = try box.write("empty.txt", " \n\n")
        let r = incidents(["ingest", "--db", box.db, empty])
        #expect(r.status == 1)
        #expect(r.err.contains("\(empty): the file has no text"))
    }

    /// The same text under two names is stored once, and the summary says so.
    @Test func repeatedTextIsNoted() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let a = try box.copyFixture("seeds/000_212ed85aa77a1702.txt")
        let b = box.path("copy.txt")
        try FileManager.default.copyItem(atPath: a, toPath: b)
        let r = incidents(["ingest", "--db", box.db, a, b])
        #expect(r.status == 0)
        #expect(try summary(r).new == 1)
        #expect(try summary(r).alreadyStored == 1)
        #expect(try rowCounts(box.db)["articles"] == 1)
    }
}
