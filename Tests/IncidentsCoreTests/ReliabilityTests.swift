import Foundation
import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// What happens when things go wrong in the store: the database stays intact, whole
/// articles are stored or absent, and the user gets a sentence to act on.
@Suite struct ReliabilityTests {
    func integrity(_ store: IncidentStore) throws -> String? {
        try store.database.scalar("PRAGMA integrity_check", as: String.self)
    }

    /// A batch records last_ingest_at once, and only when it stored or replaced something.
    @Test func batchesRecordTheLastIngestOnlyWhenSomethingChanged() throws {
        let store = try IncidentStore(path: ":memory:")
        func run(_ texts: [String]) throws -> Ingester.Summary {
            let ingester = Ingester(store: store)
            for (n, t) in texts.enumerated() { try ingester.add(Article(source: "s\(n)", text: t)) }
            try ingester.finish()
            return ingester.summary
        }
        #expect(try store.meta("last_ingest_at") == nil)
        #expect(try run(["خبر أول", "خبر ثان"]).new == 2)
        #expect(try store.meta("last_ingest_at") != nil)
        try store.setMeta("last_ingest_at", "marker")
        #expect(try run(["خبر أول", "خبر ثان"]).unchanged == 2)
        #expect(try store.meta("last_ingest_at") == "marker")
        #expect(try run(["خبر أول", "خبر ثان معدل"]).updated == 1)
        #expect(try store.meta("last_ingest_at") != "marker")
    }

    @Test func aRejectedArticleDoesNotSinkItsBatch() throws {
        let store = try IncidentStore(path: ":memory:")
        let ingester = Ingester(store: store)
        var problems: [String] = []
        ingester.onProblem = { problems.append($0) }
        ingester.batchSize = 10
        for n in 1...5 {
            // Article 3 carries a publication date that is not a calendar date.
            let published = n == 3 ? "2017-02-30" : "2017-08-25"
            try ingester.add(Article(
                source: "a\(n)", text: "قتل خمسة مدنيين في غارة للطيران الروسي على بلدة كفرنبل بريف إدلب رقم \(n)",
                published: published))
        }
        try ingester.finish()
        #expect(ingester.summary.new == 4)
        #expect(ingester.summary.failed == 1)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("a3") == true)
        #expect(try store.counts().articles == 4)
        #expect(try integrity(store) == "ok")
    }

    @Test func aFullDiskRollsBackTheArticleAndSaysSo() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let store = try IncidentStore(path: dir.path("full.db"))
        try store.ingest(Sample.article("small"), incidents: [Sample.incident()])
        let pages = try store.database.scalar("PRAGMA page_count", as: Int.self) ?? 0
        // Simulate a full disk: the file may not grow past its current size.
        try store.database.execute("PRAGMA max_page_count = \(pages)")
        let huge = String(repeating: "قصف مدفعي على حي الحميدية في مدينة دير الزور. ", count: 20_000)
        var thrown: StoreError?
        do {
            try store.ingest(Sample.article("huge", text: huge), incidents: [Sample.incident()])
        } catch let e as StoreError {
            thrown = e
        }
        #expect(thrown == .diskFull(path: dir.path("full.db")))
        #expect(thrown?.description.contains("full") == true)
        #expect(try store.counts().articles == 1)
        #expect(try store.counts().incidents == 1)
        #expect(try integrity(store) == "ok")
    }

    @Test func aSecondWriterWaitsThenFailsClearly() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("locked.db")
        let first = try IncidentStore(path: path)
        let second = try IncidentStore(path: path)
        try second.database.setBusyTimeout(milliseconds: 50)
        var thrown: StoreError?
        try first.withTransaction {
            try first.ingest(Sample.article("one"), incidents: [Sample.incident()])
            do {
                try second.ingest(Sample.article("two", text: Sample.text + " ثانية"), incidents: [Sample.incident()])
            } catch let e as StoreError {
                thrown = e
            }
        }
        #expect(thrown == .busy(path: path))
        // Once the first writer is done, the second goes through.
        try second.ingest(Sample.article("two", text: Sample.text + " ثانية"), incidents: [Sample.incident()])
        #expect(try second.counts().articles == 2)
        #expect(try integrity(second) == "ok")
    }

    @Test func userTextOnlyReachesSQLAsParameters() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Sample.article(), incidents: [Sample.incident()])
        let queries = IncidentQueries(store: store)
        for hostile in ["'; DROP TABLE incidents; --", "%", "_", "\"", "\u{0}", "x' OR '1'='1"] {
            var f = IncidentFilter()
            f.placeKeys = [hostile]
            f.actors = [hostile]
            f.eventType = hostile
            #expect(try queries.aggregate(f, by: [.region]).isEmpty)
            var g = IncidentFilter()
            g.eventType = hostile
            #expect(try queries.aggregate(g, by: [.region]).isEmpty)
            #expect(try store.searchArticles(hostile, limit: 5).isEmpty)
        }
        #expect(try store.counts().incidents == 1)
    }
}
