import IncidentsSQLite
import Testing

@testable import IncidentsCore

@Suite struct StoreSearchTests {
    func store() throws -> IncidentStore {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(
            Article(source: "a.txt", text: "قُتِلَ ثلاثةُ مدنيين بقصفٍ على مدينةِ إدلب", title: "قصف إدلب"),
            incidents: [])
        try store.ingest(
            Article(source: "b.txt", text: "اشتباكات عنيفة في ريف حماة الشمالي", title: nil),
            incidents: [])
        return store
    }

    @Test(arguments: ["مدنيين", "مَدَنِيِّين", "مدنيـــين", "قتل", "قَتَلَ", "ادلب", "إدلبَ"])
    func findsAWordWithOrWithoutHarakat(_ query: String) throws {
        let results = try store().searchArticles(query, limit: 10)
        #expect(results.map(\.source) == ["a.txt"], "\(query)")
        #expect(results.first?.title == "قصف إدلب")
    }

    @Test func textWithoutHarakatIsFoundByAQueryWithThem() throws {
        let results = try store().searchArticles("اشْتِباكاتٌ حَماة", limit: 10)
        #expect(results.map(\.source) == ["b.txt"])
        #expect(results.first?.title == nil)
    }

    @Test func allWordsMustMatch() throws {
        let store = try store()
        #expect(try store.searchArticles("قصف حماة", limit: 10).isEmpty)
        #expect(try store.searchArticles("قصف", limit: 10).map(\.source) == ["a.txt"])
    }

    @Test(arguments: ["\"", "إدلب\" OR \"حماة", "NEAR(", "*", "إدلب AND", ")(", "  ", "", "؟!،"])
    func punctuationAndOperatorsCannotBreakTheQuery(_ query: String) throws {
        // No throw; operators are plain words (so "إدلب AND" needs the word "and").
        _ = try store().searchArticles(query, limit: 10)
        #expect(try store().searchArticles("\"إدلب\"", limit: 10).map(\.source) == ["a.txt"])
    }

    @Test func updatesAndRollbacksKeepTheIndexInStep() throws {
        let store = try store()
        try store.ingest(Article(source: "a.txt", text: "خبر جديد عن دير الزور"), incidents: [])
        #expect(try store.searchArticles("إدلب", limit: 10).isEmpty)
        #expect(try store.searchArticles("الزور", limit: 10).map(\.source) == ["a.txt"])
        #expect(try store.database.scalar(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"ثلاثه\"'", as: Int.self) == 0)

        try store.rebuildSearchIndex()
        #expect(try store.searchArticles("الزور", limit: 10).map(\.source) == ["a.txt"])
        #expect(try store.searchArticles("حماه", limit: 10).map(\.source) == ["b.txt"])
        try store.database.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        #expect(try store.searchArticles("الزور", limit: 0).isEmpty)
    }
}
