import IncidentsSQLite

extension IncidentStore {
    /// Articles whose title or text contain every word of `query`, best matches first.
    ///
    /// The query is normalised like the index (ArabicNormalizer: harakat and tatweel
    /// removed, alef/yeh/teh-marbuta forms folded), split into words at anything that is not
    /// a letter or digit, and each word is quoted as an FTS5 string, so user punctuation
    /// or FTS5 operators (AND, NEAR, *, quotes) are searched for as plain words. The query
    /// is bound as a parameter. Words must match whole tokens: «الرقة» does not find
    /// «والرقة».
    ///
    /// A writable store first brings the index up to date (`updateSearchIndex`); a
    /// read-only one searches the articles indexed so far (`searchIndexBacklog` says how
    /// many are missing).
    public func searchArticles(_ query: String, limit: Int) throws -> [(source: String, title: String?)] {
        let words = ArabicNormalizer.wordKey(query).split(separator: " ")
        guard !words.isEmpty, limit > 0 else { return [] }
        let match = words.map { word in
            "\"" + word.split(separator: "\"", omittingEmptySubsequences: false)
                .joined(separator: "\"\"") + "\""
        }.joined(separator: " ")
        if !isReadOnly { try updateSearchIndex() }
        return try storeErrors {
            if searchStatement == nil {
                searchStatement = try database.prepare("""
                    SELECT a.source, a.title
                    FROM articles_fts AS f JOIN articles AS a ON a.id = f.rowid
                    WHERE articles_fts MATCH ?
                    ORDER BY f.rank, a.id
                    LIMIT ?
                    """, persistent: true)
            }
            return try searchStatement!.map([.text(match), .integer(Int64(limit))]) {
                (source: $0.string(0) ?? "", title: $0.string(1))
            }
        }
    }

    /// The meta key naming the last article id the search index holds: articles with a
    /// higher id are not indexed yet. `ingest` brings the index up to date at its end (a
    /// bulk ingest into an empty store builds it alongside: `SearchIndexBuilder`); a
    /// search catches up whatever another writer left.
    static let searchIndexKey = "search_indexed_through"

    /// The id up to which articles are in the search index. A database written before the
    /// index became lazy has no key: it indexed every article on ingest.
    func searchIndexedThrough() throws -> Int64 {
        if let value = try meta(Self.searchIndexKey), let id = Int64(value) { return id }
        return try database.scalar("SELECT coalesce(max(id), 0) FROM articles", as: Int64.self) ?? 0
    }

    /// Records the key of a database that lacks it, before anything is added unindexed.
    func ensureSearchIndexKey() throws {
        guard try meta(Self.searchIndexKey) == nil else { return }
        try setMeta(Self.searchIndexKey, String(try searchIndexedThrough()))
    }

    /// How many articles the search index does not hold yet.
    public func searchIndexBacklog() throws -> Int {
        try storeErrors {
            try database.scalar(
                "SELECT count(*) FROM articles WHERE id > ?",
                arguments: [.integer(try searchIndexedThrough())], as: Int.self) ?? 0
        }
    }

    /// Adds the articles the search index lacks, in one transaction; `progress` is called
    /// with the number done and the total every 1,000 articles. Returns how many were added.
    @discardableResult
    public func updateSearchIndex(progress: ((Int, Int) -> Void)? = nil) throws -> Int {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        return try storeErrors {
            try database.transaction(.immediate) {
                let from = try searchIndexedThrough()
                let total = try database.scalar(
                    "SELECT count(*) FROM articles WHERE id > ?", arguments: [.integer(from)],
                    as: Int.self) ?? 0
                guard total > 0 else { return 0 }
                let insert = try database.prepare(
                    "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")
                var done = 0
                var last = from
                try database.prepare("SELECT id, title, text FROM articles WHERE id > ? ORDER BY id")
                    .forEachRow([.integer(from)]) { row in
                        last = row.int64(0)
                        let values = Self.searchValues(row, title: 1, text: 2)
                        try insert.run(.integer(last), values.0, values.1)
                        done += 1
                        if done % 1000 == 0 { progress?(done, total) }
                    }
                try setMeta(Self.searchIndexKey, String(last))
                return done
            }
        }
    }

    /// The statement that made `articles_fts`, for an index built beside the store
    /// (`SearchIndexBuilder`).
    func searchTableSQL() throws -> String? {
        try database.scalar("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'", as: String.self)
    }

    /// Whether the store holds no article (so its search index is empty).
    func hasNoArticles() throws -> Bool {
        try database.scalar("SELECT count(*) FROM (SELECT 1 FROM articles LIMIT 1)", as: Int.self) == 0
    }

    /// Ids and content hashes of the articles after `id`, in id order.
    func articleHashes(after id: Int64) throws -> [(id: Int64, hash: String)] {
        try storeErrors {
            try database.prepare("SELECT id, content_hash FROM articles WHERE id > ? ORDER BY id")
                .map([.integer(id)]) { (id: $0.int64(0), hash: $0.string(1) ?? "") }
        }
    }

    /// Takes the index built in the database at `path` (same `articles_fts` table, articles
    /// up to `through`) as this store's, by copying FTS5's shadow tables: the store's index
    /// must have been empty. Articles after `through` are then indexed as usual.
    func adoptSearchIndex(from path: String, through: Int64) throws {
        try storeErrors {
            try database.execute("ATTACH DATABASE '\(path.replacingOccurrences(of: "'", with: "''"))' AS built")
            defer { try? database.execute("DETACH DATABASE built") }
            try database.transaction(.immediate) {
                for shadow in ["data", "idx", "docsize"] {
                    try database.execute("DELETE FROM main.articles_fts_\(shadow)")
                    try database.execute("INSERT INTO main.articles_fts_\(shadow) SELECT * FROM built.articles_fts_\(shadow)")
                }
                try setMeta(Self.searchIndexKey, String(through))
            }
        }
        try updateSearchIndex()
    }

    /// Rebuilds the search index from the articles table (after a change of the Arabic
    /// normaliser, whose output the contentless index must be able to replay for deletes).
    public func rebuildSearchIndex() throws {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        try storeErrors {
            try database.savepoint {
                try database.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
                try setMeta(Self.searchIndexKey, "0")
            }
        }
        try updateSearchIndex()
    }
}

extension IncidentStore {
    /// The places the database learned from text (level 5, `LOC:` codes), for
    /// `PlaceResolver`: code, name as written, the unit it lies in.
    public func learnedPlaces() throws -> [Place] {
        try storeErrors {
            try database.prepare(
                "SELECT pcode, name_ar, parent_pcode FROM places WHERE pcode GLOB 'LOC:*' ORDER BY pcode"
            ).map { row in
                Place(
                    pcode: row.string(0) ?? "", level: .local, nameAr: row.string(1) ?? "",
                    nameEn: "", parent: row.string(2), lat: nil, lon: nil)
            }
        }
    }
}
