import Foundation

/// `ingest --jobs N`: articles are read on the calling thread, extracted by N worker
/// threads (each with its own `IncidentExtractor` and token-key cache), and written by the
/// calling thread through one `Ingester` in input order, whatever order the workers finish
/// in, so the database is the same for every N (row ids included). At most `window`
/// articles are in flight, so memory stays flat. With one job everything runs inline, on
/// one thread, as before.
///
/// The search index is up to date when `finish` returns: into a store that held no
/// article, a `SearchIndexBuilder` thread indexes the articles as they are written (the
/// workers normalise their text); otherwise the store catches its index up at the end.
public final class ParallelIngest {
    public let ingester: Ingester
    public let jobs: Int
    /// Called, in input order, for each input that could not be read.
    public var onInputProblem: ((InputProblem) -> Void)?
    /// UTF-8 bytes of article text handed to the writer so far (for progress).
    public private(set) var textBytes = 0

    /// What the search index needs of an article, made by a worker.
    struct SearchText: Sendable {
        var hash: String
        var title: String?
        var text: String
    }

    /// An article for the workers, with its `ContentHash.hex` (worked out once, on the
    /// reading thread, for the store's look-ups, the index and the writer).
    struct Hashed: Sendable {
        var article: Article
        var hash: String
    }

    enum Extracted: Sendable {
        case article(Hashed, IncidentExtractor.Reading, SearchText?)
        case problem(InputProblem)
    }

    private let workers: OrderedWorkers<Result<Hashed, InputProblem>, Extracted>?
    private var index: SearchIndexBuilder?
    /// Articles given to the ingester and not yet matched to their row, in order.
    private var unindexed: [SearchText] = []
    private var unindexedHead = 0
    private var updatedAtStart = 0

    /// Articles in flight per worker: enough that no worker waits for the writer's batch,
    /// few enough that a run of huge articles does not pile up.
    static let windowPerJob = 32
    /// Article text in flight, at most (one article is always let in, whatever its size).
    static let textBudget = 32 << 20

    public init(ingester: Ingester, jobs: Int) throws {
        self.ingester = ingester
        self.jobs = max(1, jobs)
        guard self.jobs > 1 else {
            workers = nil
            return
        }
        let store = ingester.store
        if try store.hasNoArticles(), let sql = try store.searchTableSQL() {
            index = SearchIndexBuilder(tableSQL: sql)
        }
        let indexing = index != nil
        updatedAtStart = ingester.summary.updated
        workers = OrderedWorkers(workers: self.jobs, window: self.jobs * Self.windowPerJob, budget: Self.textBudget) {
            let extractor = IncidentExtractor()
            let cache = TokenKeyCache()
            return { item in
                switch item {
                case .success(let hashed):
                    let article = hashed.article
                    let reading = extractor.read(article, cache: cache)
                    let search = indexing
                        ? SearchText(
                            hash: hashed.hash, title: article.title.map(ArabicNormalizer.key),
                            text: ArabicNormalizer.key(article.text))
                        : nil
                    return .article(hashed, reading, search)
                case .failure(let problem):
                    return .problem(problem)
                }
            }
        }
    }

    /// The number of cores, the default of `--jobs`.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Says that the articles that follow are read from `path`, as named on the command line
    /// (`-`: standard input): the names of a regular file's articles are then told apart
    /// without a system call per article (`RealPathCache.reading`).
    public func reading(_ path: String) {
        ingester.store.realPaths.reading(path)
    }

    /// Takes one item from the reader; writes the items that are ready.
    public func add(_ item: Result<Article, InputProblem>) throws {
        guard let workers else {
            switch item {
            case .success(let article):
                textBytes += article.text.utf8.count
                try ingester.add(article)
            case .failure(let problem):
                ingester.fail()
                onInputProblem?(problem)
            }
            return
        }
        // Stored under this name and read the same way: not extracted again (asked here,
        // before the workers, so that a re-ingest costs its reading only).
        let hashed = item.map { Hashed(article: $0, hash: ContentHash.hex($0.text)) }
        if case .success(let h) = hashed, try ingester.skipStoredUnchanged(h.article, contentHash: h.hash) {
            textBytes += h.article.text.utf8.count
            return
        }
        do {
            let cost = (try? item.get().text.utf8.count) ?? 0
            try workers.submit(hashed, cost: cost, take: write)
        } catch {
            workers.cancel()
            throw error
        }
    }

    /// Writes everything in flight; more may be added after.
    public func drain() throws {
        guard let workers else { return }
        do {
            try workers.drain(take: write)
        } catch {
            workers.cancel()
            throw error
        }
    }

    /// Writes everything in flight, stops the workers, ends the ingest
    /// (`Ingester.finish`) and brings the search index up to date.
    public func finish() throws {
        if let workers {
            do {
                try workers.finish(take: write)
            } catch {
                workers.cancel()
                throw error
            }
        }
        try ingester.finish()
        let store = ingester.store
        if index != nil { try feedIndex() }
        if let index, index.finish() {
            try store.adoptSearchIndex(from: index.path, through: index.lastID)
        } else {
            try store.updateSearchIndex()
        }
        index = nil
    }

    deinit {
        // A run that stopped early (a thrown error) leaves no thread waiting.
        workers?.cancel()
        _ = index?.finish()
    }

    private func write(_ e: Extracted) throws {
        switch e {
        case .article(let hashed, let reading, let search):
            textBytes += hashed.article.text.utf8.count
            try ingester.add(
                hashed.article, incidents: reading.incidents, abroad: reading.abroad, contentHash: hashed.hash)
            if let search, index != nil {
                unindexed.append(search)
                if unindexed.count - unindexedHead >= ingester.batchSize { try feedIndex() }
            }
        case .problem(let problem):
            ingester.fail()
            onInputProblem?(problem)
        }
    }

    /// Hands the articles written since the last call to the index builder: the new rows,
    /// in id order, are the articles given to the ingester that made one (not those
    /// unchanged or refused), in the same order. Anything else (an article replaced, a
    /// row that matches nothing) gives the job back to the store's own catch-up.
    private func feedIndex() throws {
        guard let index else { return }
        guard ingester.summary.updated == updatedAtStart else {
            abandonIndex()
            return
        }
        var entries: [SearchIndexBuilder.Entry] = []
        for row in try ingester.store.articleHashes(after: index.lastID) {
            while unindexedHead < unindexed.count && unindexed[unindexedHead].hash != row.hash {
                unindexedHead += 1
            }
            guard unindexedHead < unindexed.count else {
                abandonIndex()
                return
            }
            let s = unindexed[unindexedHead]
            unindexedHead += 1
            entries.append(.init(id: row.id, title: s.title, text: s.text))
        }
        if unindexedHead > 4096 {
            unindexed.removeFirst(unindexedHead)
            unindexedHead = 0
        }
        index.add(entries)
    }

    private func abandonIndex() {
        _ = index?.finish()
        index = nil
        unindexed = []
        unindexedHead = 0
    }
}
