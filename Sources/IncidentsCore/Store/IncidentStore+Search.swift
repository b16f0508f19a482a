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
    public func searchArticles(_ query: String, limit: Int) throws -> [(source: String, title: String?)] {
        let words = ArabicNormalizer.wordKey(query).split(separator: " ")
        guard !words.isEmpty, limit > 0 else { return [] }
        let match = words.map { word in
            "\"" + word.split(separator: "\"", omittingEmptySubsequences: false)
                .joined(separator: "\"\"") + "\""
        }.joined(separator: " ")
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

    /// Rebuilds the search index from the articles table (after a change of the Arabic
    /// normaliser, whose output the contentless index must be able to replay for deletes).
    public func rebuildSearchIndex() throws {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        try storeErrors {
            try database.savepoint {
                try database.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
                let insert = try database.prepare(
                    "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")
                try database.prepare("SELECT id, title, text FROM articles").forEachRow { row in
                    let values = Self.searchValues(title: row.string(1), text: row.string(2) ?? "")
                    try insert.run(.integer(row.int64(0)), values.0, values.1)
                }
            }
        }
    }
}

extension IncidentStore {
    /// Events are grouped on ingest; queries read them unless asked for reports.
    public var hasEvents: Bool { true }

    /// Places outside the gazetteer stored under this name key (level 5), and the place
    /// texts of incidents that have no gazetteer place, for `--place`.
    public func placeNames(matchingKey key: String) throws -> (names: [String], pcodes: [String]) {
        let pcodes = try database.prepare(
            "SELECT pcode FROM place_names WHERE name_key = ? AND pcode GLOB 'LOC:*'"
        ).map([.text(key)]) { $0.string(0) ?? "" }
        return ([], pcodes)
    }
}
