/// Extracts and stores articles in batches: many articles per transaction (one savepoint
/// each, so a failing article leaves nothing behind and the others are kept).
public final class Ingester {
    public struct Summary: Sendable, Equatable {
        public var seen = 0
        public var new = 0
        public var unchanged = 0
        public var updated = 0
        public var failed = 0
        public var incidentsStored = 0
        /// Texts already stored under another name (or another spelling of the name): the
        /// name is added to the stored article.
        public var alreadyStored = 0
        /// Incidents the articles report abroad (Turkey, Lebanon, Iraq...): not stored.
        public var abroad = 0
    }

    public let store: IncidentStore
    public let extractor = IncidentExtractor()
    private let keyCache = TokenKeyCache()
    public private(set) var summary = Summary()
    private var pending: [(Article, [ExtractedIncident], contentHash: String?)] = []
    /// The sources in `pending`: an article named again in the same batch is not skipped.
    private var pendingSources = Set<String>()
    public var batchSize = 256
    /// Called with a one-line message for each article the store refuses.
    public var onProblem: ((String) -> Void)?

    public init(store: IncidentStore) {
        self.store = store
    }

    /// Extracts one article and queues it; writes a batch when it is full.
    public func add(_ article: Article) throws {
        if try skipStoredUnchanged(article) { return }
        let reading = extractor.read(article, cache: keyCache)
        try add(article, incidents: reading.incidents, abroad: reading.abroad)
    }

    /// Queues an article extracted elsewhere (`ParallelIngest`'s workers, which ask
    /// `skipStoredUnchanged` before extracting), with the number of incidents abroad the
    /// extractor left out, and its `ContentHash.hex` when known. (The store itself finds an
    /// unchanged article again.)
    public func add(
        _ article: Article, incidents: [ExtractedIncident], abroad: Int = 0, contentHash: String? = nil
    ) throws {
        summary.seen += 1
        summary.abroad += abroad
        pending.append((article, incidents, contentHash))
        if pending.count >= batchSize { try flush() }
    }

    /// True, and counted as seen and unchanged, when the article is stored under this name
    /// and read the same way: nothing to extract or write (a re-ingest of a large corpus
    /// costs its reading, not its extraction). Ask it before extracting.
    public func skipStoredUnchanged(_ article: Article, contentHash: String? = nil) throws -> Bool {
        if !pendingSources.contains(article.source),
            try store.isStoredUnchanged(article, contentHash: contentHash ?? ContentHash.hex(article.text))
        {
            summary.seen += 1
            summary.unchanged += 1
            return true
        }
        pendingSources.insert(article.source)
        return false
    }

    public func fail() {
        summary.seen += 1
        summary.failed += 1
    }

    public func finish() throws {
        try flush()
        try store.finishIngest()
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        pendingSources.removeAll(keepingCapacity: true)
        try store.withTransaction {
            var changed = false
            for (article, incidents, known) in batch {
                let outcome: IngestOutcome
                let hash = known ?? ContentHash.hex(article.text)
                do {
                    outcome = try store.ingest(article, incidents: incidents, contentHash: hash, touch: false)
                } catch let error as StoreError {
                    // The article's own data was refused: it is rolled back alone (a
                    // savepoint) and reported; the batch goes on. Anything else (disk full,
                    // locked, unwritable) stops the run.
                    switch error {
                    case .articleRejected, .incidentRejected:
                        summary.failed += 1
                        onProblem?(error.description)
                        continue
                    default:
                        throw error
                    }
                }
                switch outcome {
                case .new:
                    summary.new += 1
                    summary.incidentsStored += incidents.count
                case .alreadyStored:
                    summary.alreadyStored += 1
                case .updated:
                    summary.updated += 1
                    summary.incidentsStored += incidents.count
                case .unchanged:
                    summary.unchanged += 1
                }
                if outcome != .unchanged { changed = true }
            }
            if changed { try store.touchLastIngest() }
        }
    }
}
