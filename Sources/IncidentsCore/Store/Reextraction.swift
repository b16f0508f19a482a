import IncidentsSQLite

/// Which stored articles `IncidentStore.reextract` reads again.
public struct ReextractionScope: Sendable, Equatable {
    /// Only articles read by another extractor version (or by an unknown one).
    public var outdatedOnly = false
    /// Publication dates, inclusive (`articles.published`); an undated article is outside
    /// any range.
    public var from: String?
    public var to: String?

    public init(outdatedOnly: Bool = false, from: String? = nil, to: String? = nil) {
        self.outdatedOnly = outdatedOnly
        self.from = from
        self.to = to
    }

    /// Every article: the events are then rebuilt from scratch, as a fresh ingest would.
    var isEverything: Bool { !outdatedOnly && from == nil && to == nil }

    var whereSQL: (sql: String, args: [SQLiteValue]) {
        var conds: [String] = []
        var args: [SQLiteValue] = []
        if outdatedOnly {
            conds.append("extractor_version IS NOT ?")
            args.append(.text(IncidentExtractor.version))
        }
        if let from {
            conds.append("published >= ?")
            args.append(.text(from))
        }
        if let to {
            conds.append("published <= ?")
            args.append(.text(to))
        }
        return (conds.isEmpty ? "" : " WHERE " + conds.joined(separator: " AND "), args)
    }
}

extension IncidentStore {
    /// Reads stored texts again with this binary's extractor (after an upgrade of the tool;
    /// no original files needed) and replaces their incidents, corrections applied and
    /// events regrouped. Each article is read with the options it was stored with (its
    /// publication date). Works in batches of `batchSize` articles, one transaction each.
    /// `progress` receives (articles done, total) after each batch. Returns (articles,
    /// incidents).
    ///
    /// Grouping depends on the order reports arrive in, so reading everything again
    /// rebuilds the events from scratch: a first transaction empties `events` and marks
    /// every article unread (extractor_version NULL), then the articles are read and
    /// grouped again in id order, exactly as a fresh ingest of them would. An interrupted
    /// run leaves the articles not yet read without events and marked unread:
    /// `reextract --outdated` (or the next ingest of them) completes it. With a scope, the
    /// articles read are regrouped among the events as they stand.
    @discardableResult
    public func reextract(
        _ scope: ReextractionScope = ReextractionScope(), batchSize: Int = 200,
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> (articles: Int, incidents: Int) {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        let (whereSQL, args) = scope.whereSQL
        let ids = try storeErrors {
            try database.prepare("SELECT id FROM articles" + whereSQL + " ORDER BY id").map(args) { $0.int64(0) }
        }
        if scope.isEverything && !ids.isEmpty {
            try storeErrors {
                try withTransaction {
                    try database.execute("""
                        UPDATE incidents SET event_id = NULL WHERE event_id IS NOT NULL;
                        DELETE FROM events;
                        UPDATE articles SET extractor_version = NULL;
                        """)
                }
            }
        }
        let extractor = IncidentExtractor()
        let cache = TokenKeyCache()
        var done = 0, incidents = 0
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + batchSize, ids.count)])
            start += chunk.count
            try storeErrors {
                let s = try statements()
                let read = try database.prepare("""
                    SELECT source, text, title, outlet, published, url, content_hash
                    FROM articles WHERE id = ?
                    """)
                try withTransaction {
                    for id in chunk {
                        guard let (article, hash) = try read.map([.integer(id)], { r in
                            (Article(source: r.string(0) ?? "", text: r.string(1) ?? "", title: r.string(2),
                                     outlet: r.string(3), published: r.string(4), url: r.string(5)),
                             r.string(6) ?? "")
                        }).first else { continue }
                        let found = extractor.extract(article, cache: cache)
                        let stamp = ExtractionStamp(article: article)
                        try s.setStamp.run(
                            .text(stamp.version), .text(stamp.options), SQLiteValue(article.published),
                            .integer(id))
                        try replaceIncidents(of: id, article: article, hash: hash, incidents: found, s)
                        incidents += found.count
                    }
                }
            }
            done += chunk.count
            progress(done, ids.count)
        }
        if done > 0 { try finishIngest() }
        return (done, incidents)
    }
}
