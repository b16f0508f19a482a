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

    /// Rows of the index matching one normalised word, read without `searchArticles`
    /// (which would bring the index up to date first).
    func indexed(_ store: IncidentStore, _ word: String) throws -> [Int64] {
        try store.database.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid")
            .map([.text("\"\(word)\"")]) { $0.int64(0) }
    }

    @Test func ingestLeavesIndexingToTheFirstSearch() throws {
        let store = try store()
        #expect(try store.searchIndexBacklog() == 2)
        #expect(try indexed(store, "ادلب").isEmpty)
        #expect(try store.meta(IncidentStore.searchIndexKey) == "0")

        var reports: [(Int, Int)] = []
        #expect(try store.updateSearchIndex { reports.append(($0, $1)) } == 2)
        #expect(reports.isEmpty, "progress comes every 1,000 articles")
        #expect(try store.searchIndexBacklog() == 0)
        #expect(try store.meta(IncidentStore.searchIndexKey) == "2")
        #expect(try indexed(store, "ادلب") == [1])
        #expect(try store.updateSearchIndex() == 0)

        // A later article waits for the next search, which adds it.
        try store.ingest(Article(source: "c.txt", text: "قصف على إدلب"), incidents: [])
        #expect(try store.searchIndexBacklog() == 1)
        #expect(try indexed(store, "ادلب") == [1])
        #expect(try store.searchArticles("إدلب", limit: 10).map(\.source) == ["a.txt", "c.txt"])
        #expect(try store.searchIndexBacklog() == 0)
    }

    @Test func anIndexedArticleReplacedIsReindexedAtOnce() throws {
        let store = try store()
        try store.updateSearchIndex()
        try store.ingest(Article(source: "a.txt", text: "خبر جديد عن دير الزور"), incidents: [])
        #expect(try store.searchIndexBacklog() == 0)
        #expect(try indexed(store, "الزور") == [1])
        #expect(try indexed(store, "ادلب").isEmpty)
        try store.database.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    }

    /// A database made before indexing moved to search indexed every article on ingest:
    /// without the key, all its articles count as indexed.
    @Test func aDatabaseWithoutTheKeyIsFullyIndexed() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("old.db")
        do {
            let store = try IncidentStore(path: path)
            try store.ingest(Article(source: "a.txt", text: "قصف على إدلب"), incidents: [])
            try store.updateSearchIndex()
            try store.database.execute("DELETE FROM incidents_meta WHERE key = 'search_indexed_through'")
        }
        #expect(try IncidentStore(path: path, readOnly: true).searchIndexBacklog() == 0)
        let store = try IncidentStore(path: path)
        #expect(try store.meta(IncidentStore.searchIndexKey) == "1")
        try store.ingest(Article(source: "b.txt", text: "قصف على حماة"), incidents: [])
        #expect(try store.searchIndexBacklog() == 1)
        #expect(try store.searchArticles("قصف", limit: 10).map(\.source) == ["a.txt", "b.txt"])
    }
}
