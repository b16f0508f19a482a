import Foundation
import IncidentsCore
import IncidentsSQLite
import Testing

@testable import IncidentsCLI

/// Issue 14: corrections that last (re-ingest, reextract), rejections out of every total,
/// and database views that count what `query` counts.
@Suite struct CorrectionTests {
    func scalar(_ db: String, _ sql: String) throws -> Int? {
        try Database(.file(db), mode: .readOnly).scalar(sql, as: Int.self)
    }

    /// The event exported for the Harat al-Badu strike of seed 002 (35 killed).
    func haratAlBadu(_ db: String) throws -> [String: Any] {
        let rows = incidents(["export", "--db", db, "--format", "jsonl"]).outLines
        let line = try #require(rows.first { $0.contains("حارة البدو") })
        return try #require(try json(line) as? [String: Any])
    }

    func total(_ db: String, _ extra: [String] = []) throws -> (events: Int, killed: Int) {
        let csv = incidents(["query", "--db", db, "--format", "csv", "--by", "type"] + extra).outLines.dropFirst()
        var events = 0, killed = 0
        for line in csv {
            let cells = line.split(separator: ",").map(String.init)
            events += Int(cells[cells.count - 5]) ?? 0
            killed += Int(cells[cells.count - 4]) ?? 0
        }
        return (events, killed)
    }

    @Test func aCorrectionSurvivesReingestAndReextract() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")
        _ = incidents(["ingest", "--db", box.db, "--published", "2017-08-25", seeds])
        let event = try haratAlBadu(box.db)
        #expect(event["killed"] as? Int == 35)
        #expect(event["corrected"] as? Int == 0)
        let before = try total(box.db)

        let id = String(try #require(event["id"] as? Int))
        let r = incidents(["correct", "--db", box.db, id, "--killed", "40", "--note", "the later toll"])
        #expect(r.status == 0, "\(r.diagnostics)")
        func check(_ step: String) throws {
            let now = try haratAlBadu(box.db)
            #expect(now["killed"] as? Int == 40, "\(step)")
            #expect(now["corrected"] as? Int == 1, "\(step)")
            #expect(try total(box.db).killed == before.killed + 5, "\(step)")
            #expect(try scalar(box.db, "SELECT sum(killed) FROM totals_by_governorate") == before.killed + 5, "\(step)")
        }
        try check("after correct")
        // The CSV marks it too, in its last column.
        let csv = incidents(["export", "--db", box.db, "--format", "csv"]).outLines
        #expect(csv.first?.hasSuffix(",corrected") == true)
        #expect(csv.filter { $0.contains("حارة البدو") }.map { $0.hasSuffix(",1") } == [true])
        #expect(csv.dropFirst().filter { $0.hasSuffix(",1") }.count == 1)
        // Read again: another date makes ingest re-extract every article.
        let again = incidents(["ingest", "--db", box.db, "--published", "2017-08-26", seeds])
        #expect(try IngestTests().summary(again).updated == 4)
        try check("after re-ingest")
        #expect(incidents(["reextract", "--db", box.db]).out.hasPrefix("re-extracted 4 articles"))
        try check("after reextract")

        let listed = incidents(["corrections", "--db", box.db, "--format", "csv"]).outLines
        #expect(listed.count == 2)
        #expect(listed[1].contains(",killed,35,40,the later toll"))
        let shown = incidents(["show", "--db", box.db, String(try #require(try haratAlBadu(box.db)["id"] as? Int))]).out
        #expect(shown.contains("correction:  killed 35 -> 40 «the later toll»"))
    }

    @Test func aRejectedIncidentCountsNowhere() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")
        _ = incidents(["ingest", "--db", box.db, "--published", "2017-08-25", seeds])
        let before = try total(box.db)
        let event = try haratAlBadu(box.db)
        let id = String(try #require(event["id"] as? Int))
        #expect(incidents(["reject", "--db", box.db, id, "--note", "test"]).status == 0)
        let after = try total(box.db)
        #expect(after.events == before.events - 1)
        #expect(after.killed == before.killed - 35)
        #expect(try scalar(box.db, "SELECT sum(events) FROM totals_by_governorate") == after.events)
        #expect(try scalar(box.db, "SELECT sum(reports) FROM report_totals_by_governorate")
            == (try scalar(box.db, "SELECT count(*) FROM incidents")! - 1))
        #expect(!incidents(["export", "--db", box.db, "--reports"]).out.contains("حارة البدو"))
        #expect(try scalar(box.db, "SELECT count(*) FROM incidents WHERE rejected = 1 AND event_id IS NULL") == 1)
        // Kept through re-extraction.
        _ = incidents(["reextract", "--db", box.db])
        #expect(try total(box.db) == after)
    }

    @Test(arguments: [
        (["--killed=-1"], Int32(64), "0 or more"),
        (["--actor", "nobody"], 64, "unknown actor"),
        (["--type", "Battles"], 64, "is an event type"),
        (["--place", "Atlantis"], 64, "unknown place"),
        (["--date", "2017-02-30"], 64, "YYYY-MM-DD"),
        (["--target", "nobody"], 64, "civilians, children"),
        ([], 64, "at least one value"),
    ])
    func badValuesExit64(args: [String], status: Int32, message: String) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["correct", "--db", db, "1"] + args + ["--note", "n"])
        #expect(r.status == status)
        #expect(r.message.contains(message), "\(r.message)")
        #expect(try scalar(db, "SELECT count(*) FROM corrections") == 0)
    }

    @Test func unknownIdExits1AndANoteIsRequired() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["correct", "--db", db, "99999", "--killed", "1", "--note", "n"])
        #expect(r.status == 1)
        #expect(r.message.contains("no event with id 99999"))
        #expect(incidents(["reject", "--db", db, "--report", "99999", "--note", "n"]).status == 1)
        #expect(incidents(["correct", "--db", db, "1", "--killed", "1"]).status == 64)
        #expect(incidents(["correct", "--db", db, "1", "--killed", "1", "--note", " "]).status == 64)
    }

    /// The shell's views count what `query` counts, column for column, on a store where
    /// one event is told by two articles (events and reports differ).
    @Test func viewsEqualQuery() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let seeds = try box.copyFixture("seeds")
        let text = try String(contentsOfFile: seeds + "/002_fa971cb07014016f.txt", encoding: .utf8)
        _ = try box.write("seeds/copy_of_002.txt", text.replacingOccurrences(
            of: "خمسة وثلاثين مدنياً على الأقل", with: "اثنين وأربعين مدنياً"))
        _ = incidents(["ingest", "--db", box.db, "--published", "2017-08-25", seeds])
        let db = try Database(.file(box.db), mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM incidents", as: Int.self)
            != db.scalar("SELECT count(*) FROM events", as: Int.self))
        for (by, view, key) in [("actor", "totals_by_actor", "actor"), ("region", "totals_by_governorate", "coalesce(governorate, '(unknown)')")] {
            for reports in [false, true] {
                let q = incidents(["query", "--db", box.db, "--by", by, "--format", "csv"] + (reports ? ["--reports"] : []))
                let fromQuery = Set(q.outLines.dropFirst().map { $0.replacingOccurrences(of: "\u{200E}", with: "") })
                let name = reports ? "report_" + view : view
                let fromView = Set(try db.prepare("""
                    SELECT \(key), \(reports ? "reports" : "events"), killed, killed_unknown, wounded, wounded_unknown
                    FROM \(name)
                    """).map { r in (0..<6).map { r.string(Int32($0)) ?? "" }.joined(separator: ",") })
                #expect(fromQuery == fromView, "\(name)")
            }
        }
    }
}
