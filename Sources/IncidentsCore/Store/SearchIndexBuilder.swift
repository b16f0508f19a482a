import Foundation
import IncidentsSQLite

/// Builds the full-text index of a bulk ingest beside it, on its own thread and its own
/// SQLite connection, so the index is ready when ingest ends without the writer paying
/// for it: FTS5 indexing costs about as much as the SQLite writes of ingest itself, and
/// one connection writes at a time.
///
/// The index is built in a temporary database with the same `articles_fts` table, then
/// adopted whole by the store (its shadow tables copied: blobs, no re-tokenizing). That is
/// only right when the store's index was empty, so `ParallelIngest` uses a builder only for
/// a store that held no article; other ingests bring the index up to date at their end
/// (`IncidentStore.updateSearchIndex`), as a search would.
final class SearchIndexBuilder: @unchecked Sendable {
    /// One article for the index: its id and normalised title and text.
    struct Entry: Sendable {
        var id: Int64
        var title: String?
        var text: String
    }

    let path: String
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var queue: [Entry] = []
    private var queuedBytes = 0
    private var closed = false
    private var done = false
    private var failure: String?
    private(set) var lastID: Int64 = 0
    /// Normalised text waiting for the thread, at most (the writer waits beyond it).
    static let budget = 16 << 20

    /// Starts the thread; `tableSQL` is the store's `CREATE VIRTUAL TABLE articles_fts`.
    init(tableSQL: String) {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("incidents-search-\(UUID().uuidString).db").path
        let thread = Thread { [self] in self.run(tableSQL: tableSQL) }
        thread.name = "incidents-search-index"
        thread.start()
    }

    deinit {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Queues entries in id order; waits while the thread is far behind.
    func add(_ entries: [Entry]) {
        condition.lock()
        for e in entries where failure == nil {
            while queuedBytes > Self.budget && failure == nil { condition.wait() }
            queue.append(e)
            queuedBytes += e.text.utf8.count
            lastID = e.id
        }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the thread to index everything queued; false when it failed (a full
    /// temporary folder...): the store then indexes the articles itself.
    func finish() -> Bool {
        condition.lock()
        closed = true
        condition.broadcast()
        while !done { condition.wait() }
        let ok = failure == nil
        condition.unlock()
        return ok
    }

    private func run(tableSQL: String) {
        do {
            let db = try Database(.file(path))
            // A scratch file: no durability needed.
            try db.execute("PRAGMA journal_mode = OFF")
            try db.execute("PRAGMA synchronous = OFF")
            try db.execute(tableSQL)
            // Fewer, larger merges of the index's segments while it is built: FTS5 merges
            // as it goes by default (automerge 4); here only a level of 64 segments is
            // merged. The bulk corpus's index took a tenth less CPU (6.3 s, not 6.9 s),
            // 30% more bytes, the same search results. Only this scratch table's settings
            // (its %_config, which the store does not adopt).
            try db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 0)")
            try db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 64)")
            let insert = try db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")
            // One transaction for the whole build: FTS5 writes its pending terms out as a new
            // segment at every commit, and many small segments cost merging (a commit per
            // batch took a third more time than the store's single-transaction catch-up).
            try db.transaction {
                while true {
                    condition.lock()
                    while queue.isEmpty && !closed { condition.wait() }
                    let batch = queue
                    queue.removeAll()
                    queuedBytes = 0
                    condition.broadcast()
                    condition.unlock()
                    if batch.isEmpty { break }
                    for e in batch {
                        try insert.run(.integer(e.id), SQLiteValue(e.title), .text(e.text))
                    }
                }
            }
        } catch {
            condition.lock()
            failure = "\(error)"
            queue.removeAll()
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        done = true
        condition.broadcast()
        condition.unlock()
    }
}
