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
        public var duplicateTexts = 0
    }

    public let store: IncidentStore
    public let extractor = IncidentExtractor()
    private let keyCache = TokenKeyCache()
    public private(set) var summary = Summary()
    private var pending: [(Article, [ExtractedIncident])] = []
    public var batchSize = 256
    /// Called with a one-line message for each article the store refuses.
    public var onProblem: ((String) -> Void)?

    public init(store: IncidentStore) {
        self.store = store
    }

    /// Extracts one article and queues it; writes a batch when it is full.
    public func add(_ article: Article) throws {
        try add(article, incidents: extractor.extract(article, cache: keyCache))
    }

    /// Queues an article extracted elsewhere (`ParallelIngest`'s workers).
    public func add(_ article: Article, incidents: [ExtractedIncident]) throws {
        summary.seen += 1
        pending.append((article, incidents))
        if pending.count >= batchSize { try flush() }
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
        try store.withTransaction {
            var changed = false
            for (article, incidents) in batch {
                let outcome: IngestOutcome
                let hash = ContentHash.hex(article.text)
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
                    // The same text stored under another name: events will group its
                    // reports, but the user should know.
                    if let other = try store.articleSource(withHash: hash),
                        other != article.source
                    {
                        summary.duplicateTexts += 1
                    }
                    summary.incidentsStored += incidents.count
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
