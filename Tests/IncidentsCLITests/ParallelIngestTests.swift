import Foundation
import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// `ingest --jobs N` writes the same database whatever N: articles, incidents, events and
/// learned places, row ids included (articles are written in input order).
@Suite struct ParallelIngestTests {
    /// Every row of the tables ingest writes, as text, without the times of writing.
    func dump(_ path: String) throws -> [String] {
        let db = try Database(.file(path), mode: .readOnly)
        var out: [String] = []
        for (table, order) in [
            ("articles", "id"), ("incidents", "id"), ("events", "id"), ("places", "pcode"),
            ("place_names", "pcode, name_key, lang"),
        ] {
            try db.prepare("SELECT * FROM \(table) ORDER BY \(order)").forEachRow([]) { row in
                var cells: [String] = [table]
                for c in 0..<row.count where !row.columnName(c).hasSuffix("_at") {
                    cells.append("\(row.columnName(c))=\(row.value(c))")
                }
                out.append(cells.joined(separator: "|"))
            }
        }
        return out
    }

    /// Articles that differ in length (so workers finish out of order), with problems
    /// between them.
    func corpus(_ box: Sandbox) throws -> [String] {
        let places = ["مدينة أريحا في ريف إدلب", "بلدة كفرنبل بريف إدلب", "مدينة الطبقة بريف الرقة", "حي الميدان في دمشق", "مدينة دوما بالغوطة الشرقية"]
        var lines: [String] = []
        for k in 0..<400 {
            let filler = String(repeating: "وأشار المتحدث إلى أن المفاوضات ما زالت مستمرة. ", count: (k * 37) % 60)
            let text = "\(filler)قتل \(k % 11 + 2) مدنيين بغارة جوية على \(places[k % places.count]). \(filler)"
            lines.append(#"{"id": "p\#(k)", "date": "2019-05-0\#(k % 9 + 1)", "text": "\#(text)"}"#)
            if k % 97 == 5 { lines.append(#"{"id": "broken", "text": "قتل"#) }
        }
        return [
            try box.copyFixture("seeds"),
            try box.write("many.jsonl", lines.joined(separator: "\n") + "\n"),
            try box.write("events.jsonl", try Fixtures.text("events.jsonl")),
        ]
    }

    @Test func oneAndFourJobsWriteTheSameStore() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let inputs = try corpus(box)
        var dumps: [[String]] = []
        var reports: [Outcome] = []
        for jobs in [1, 4] {
            let db = box.path("jobs\(jobs).db")
            let r = incidents(["ingest", "--db", db, "--published", "2017-08-25", "--jobs", "\(jobs)"] + inputs)
            #expect(r.status == 1, "the broken lines fail the run: \(r.diagnostics)")
            reports.append(r)
            dumps.append(try dump(db))
        }
        #expect(dumps[0].count > 800)
        #expect(dumps[0] == dumps[1])
        // The same summary and the same warnings, in the same order.
        #expect(reports[0].out == reports[1].out)
        #expect(reports[0].err == reports[1].err)
        #expect(reports[0].err.split(separator: "\n").count == 5)

        // The search index is complete when ingest ends (built alongside with 4 jobs, by
        // the store at the end with 1), and both find the same articles.
        for jobs in [1, 4] {
            let db = try Database(.file(box.path("jobs\(jobs).db")), mode: .readOnly)
            let through = try db.scalar("SELECT value FROM incidents_meta WHERE key = 'search_indexed_through'", as: String.self)
            let last = try db.scalar("SELECT max(id) FROM articles", as: Int64.self)
            #expect(through == last.map(String.init), "jobs \(jobs)")
        }
        for words in [["أريحا"], ["الطبقة", "غارة"], ["المفاوضات"], ["كلمةغيرموجودة"]] {
            let found = [1, 4].map { incidents(["search", "--db", box.path("jobs\($0).db"), "--limit", "1000"] + words) }
            #expect(found[0].status == found[1].status)
            #expect(found[0].out == found[1].out, "\(words)")
            #expect(!found[1].err.contains("indexing"), "no indexing left for the first search: \(found[1].err)")
        }
        let many = incidents(["search", "--db", box.path("jobs4.db"), "--limit", "1000", "أريحا"])
        #expect(many.outLines.count > 50)
    }

    /// Into a store that already holds articles the index is caught up at the end.
    @Test func secondIngestLeavesTheIndexComplete() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let inputs = try corpus(box)
        _ = incidents(["ingest", "--db", box.db, "--jobs", "2", inputs[0]])
        _ = incidents(["ingest", "--db", box.db, "--jobs", "2", inputs[1], inputs[2]])
        let db = try Database(.file(box.db), mode: .readOnly)
        let through = try db.scalar("SELECT value FROM incidents_meta WHERE key = 'search_indexed_through'", as: String.self)
        #expect(through == (try db.scalar("SELECT max(id) FROM articles", as: Int64.self)).map(String.init))
        let r = incidents(["search", "--db", box.db, "--limit", "1000", "أريحا"])
        #expect(!r.err.contains("indexing"))
        #expect(r.outLines.count > 50)
    }

    @Test(arguments: [0, -2])
    func jobsBelowOneIsABadArgument(jobs: Int) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let r = incidents(["ingest", "--db", box.db, "--jobs", "\(jobs)", try box.copyFixture("seeds")])
        #expect(r.status == 64)
        #expect(r.message.contains("--jobs"))
    }
}

/// The worker pool gives outputs back in input order and never holds more than its window.
@Suite struct OrderedWorkersTests {
    @Test func outputsComeBackInOrderWithinTheWindow() throws {
        let pool = OrderedWorkers<Int, Int>(workers: 4, window: 8, budget: 1 << 30) {
            { n in
                // Uneven work: later inputs often finish first.
                var x = 0
                for i in 0..<((n * 7919) % 5000) * 100 { x &+= i }
                return n * 2 + (x == -1 ? 1 : 0)
            }
        }
        var got: [Int] = []
        var maxInFlight = 0
        for n in 0..<500 {
            try pool.submit(n, cost: 1) { got.append($0) }
            maxInFlight = max(maxInFlight, n + 1 - got.count)
        }
        try pool.finish { got.append($0) }
        #expect(got == (0..<500).map { $0 * 2 })
        #expect(maxInFlight <= 8)
    }

    @Test func budgetBoundsTheCostInFlight() throws {
        let pool = OrderedWorkers<Int, Int>(workers: 2, window: 100, budget: 10) { { $0 } }
        var got: [Int] = []
        var maxCost = 0
        let costs = (0..<200).map { $0 % 7 }
        for n in 0..<200 {
            try pool.submit(n, cost: costs[n]) { got.append($0) }
            // Inputs got.count...n are in flight.
            maxCost = max(maxCost, costs[got.count..<(n + 1)].reduce(0, +))
        }
        try pool.drain { got.append($0) }
        #expect(got.count == 200)
        try pool.submit(200, cost: 50) { got.append($0) }  // bigger than the budget: let in alone
        try pool.finish { got.append($0) }
        #expect(got == Array(0...200))
        #expect(maxCost <= 10)
    }
}
