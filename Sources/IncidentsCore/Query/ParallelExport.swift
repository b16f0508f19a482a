import Foundation
import IncidentsSQLite

/// The line formats of `incidents export` written by `exportLines`.
public enum ExportLineFormat: Sendable {
    /// JSON Lines (`ExportJSON`); `events`: the rows are events (their extra keys).
    case jsonl(events: Bool)
    /// The ACLED CSV (`ACLEDWriter`), header first.
    case csv(ACLEDFormat.Actors)
}

extension IncidentQueries {
    /// Every matching row as lines of `format`, in id order, header included; `body`
    /// receives runs of whole lines. An export of everything (no filter) in a database file
    /// is read by `jobs` threads at once (`ParallelExport`); otherwise, or when the
    /// database cannot be locked for a moment, by this one.
    public func exportLines(
        _ f: IncidentFilter, format: ExportLineFormat, jobs: Int,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        try exportLines(f, format: format, jobs: jobs, parallel: ParallelExport(queries: self, filter: f, format: format), body)
    }

    /// `exportLines` with the parallel reader's settings (tests cut small ranges).
    func exportLines(
        _ f: IncidentFilter, format: ExportLineFormat, jobs: Int, parallel: ParallelExport,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        var out: [UInt8] = []
        if case .csv = format {
            ACLEDWriter.header(into: &out)
            try out.withUnsafeBufferPointer(body)
        }
        if try store.storeErrors({ try parallel.run(jobs: jobs, body) }) { return }
        let line = try store.storeErrors { try ParallelExport.lineWriter(format, db: db) }
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(1 << 20 + 1 << 16)
        try store.storeErrors {
            try exportRows(f, outlets: format.outlets) { r in
                line(r, &out)
                if out.count >= 1 << 20 {
                    try out.withUnsafeBufferPointer(body)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        if !out.isEmpty { try out.withUnsafeBufferPointer(body) }
    }
}

extension ExportLineFormat {
    /// Whether the rows need the list of outlets (the CSV's source columns).
    var outlets: Bool {
        if case .csv = self { return true }
        return false
    }
}

/// An export of a whole database on several threads: the ids are cut into ranges
/// (`chunk` ids each), each thread reads ranges on its own connection and writes their
/// lines, and the caller's thread hands them on in id order (`OrderedWorkers`). SQLite
/// work is most of an export, and one connection reads on one thread.
///
/// The threads read one state of the database: their read transactions begin while a
/// connection holds the write lock (`BEGIN IMMEDIATE`), so no write can commit between
/// them. When that lock cannot be had within a moment (another process writing, a
/// read-only file), or there is nothing to split, `run` returns false and the caller
/// reads on its own thread.
struct ParallelExport {
    let queries: IncidentQueries
    let filter: IncidentFilter
    let format: ExportLineFormat
    /// Ids per range: enough rows that a range's query costs little to start, few enough
    /// that the ranges in flight (two per thread) stay a few megabytes.
    var chunk: Int64 = 4096
    /// How long to wait for the write lock before reading on one thread instead.
    var lockWait: Int32 = 2000

    init(queries: IncidentQueries, filter: IncidentFilter, format: ExportLineFormat) {
        self.queries = queries
        self.filter = filter
        self.format = format
    }

    /// Writes the lines of every row through `body`, in order, on `jobs` threads; false
    /// (nothing written) when the export does not run in parallel.
    func run(jobs: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        let store = queries.store
        // A filtered export reads few rows through an index; ranges would scan them all.
        guard jobs > 1, filter == Self.everything(reports: filter.reports), store.path != ":memory:",
            let (readers, ids) = try Self.openReaders(
                path: store.path, count: jobs, table: filter.reports ? "incidents" : "events", lockWait: lockWait),
            // Two ranges per thread at least: a smaller export is over before threads pay.
            ids.upperBound - ids.lowerBound >= chunk * Int64(2 * jobs)
        else { return false }
        let (sql, args) = queries.exportSQL(filter, outlets: format.outlets, idRange: true)
        let format = self.format
        let pool = ReaderPool(readers)
        let buffers = BufferPool()
        let workers = OrderedWorkers<ClosedRange<Int64>, Result<[UInt8], any Error>>(
            workers: readers.count, window: readers.count * 2, budget: .max
        ) {
            let db = pool.take()
            let made = Result { (try db.prepare(sql), try Self.lineWriter(format, db: db)) }
            return { range in
                Result {
                    let (statement, line) = try made.get()
                    var out = buffers.take()
                    try statement.forEachRow(args + [.integer(range.lowerBound), .integer(range.upperBound)]) {
                        line($0, &out)
                    }
                    return out
                }
            }
        }
        let take: (Result<[UInt8], any Error>) throws -> Void = { result in
            let lines = try result.get()
            try lines.withUnsafeBufferPointer(body)
            buffers.give(lines)
        }
        do {
            var lo = ids.lowerBound
            while lo <= ids.upperBound {
                let hi = min(lo + chunk - 1, ids.upperBound)
                try workers.submit(lo...hi, cost: 0, take: take)
                lo = hi + 1
            }
            try workers.finish(take: take)
        } catch {
            workers.cancel()
            throw error
        }
        return true
    }

    /// A filter that keeps every row.
    static func everything(reports: Bool) -> IncidentFilter {
        var f = IncidentFilter()
        f.reports = reports
        return f
    }

    /// What writes one row's line (line break included) on a connection.
    static func lineWriter(_ format: ExportLineFormat, db: Database) throws -> (Row, inout [UInt8]) -> Void {
        switch format {
        case .jsonl(let events):
            return { r, out in
                ExportJSON.write(r, events: events, into: &out)
                out.append(0x0A)
            }
        case .csv(let actors):
            let writer = try ACLEDWriter(db, actors: actors)
            return { r, out in writer.write(r, into: &out) }
        }
    }

    /// `count` read-only connections in one read transaction each, all on the same state
    /// of the database, and the range of ids of `table` they see; nil when the write lock
    /// cannot be had (`BEGIN IMMEDIATE` on a connection of its own) or `table` is empty.
    static func openReaders(
        path: String, count: Int, table: String, lockWait: Int32
    ) throws -> ([Database], ClosedRange<Int64>)? {
        guard let lock = try? Database(.file(path), mode: .readWrite), !lock.isReadOnly,
            (try? lock.setBusyTimeout(milliseconds: lockWait)) != nil,
            (try? lock.execute("BEGIN IMMEDIATE")) != nil
        else { return nil }
        defer { try? lock.execute("ROLLBACK") }
        var readers: [Database] = []
        var ids: ClosedRange<Int64>?
        for _ in 0..<count {
            let db = try Database(.file(path), mode: .readOnly)
            try db.setBusyTimeout(milliseconds: 5000)
            try db.execute("BEGIN")
            // The first read fixes the transaction's view (a WAL snapshot, or a shared lock).
            let range = try db.prepare("SELECT min(id), max(id) FROM \(table)").map {
                $0.isNull(0) ? nil : $0.int64(0)...$0.int64(1)
            }.first ?? nil
            guard let range else { return nil }
            ids = range
            readers.append(db)
        }
        return ids.map { (readers, $0) }
    }
}

/// The connections `ParallelExport` opened, handed out once each to its threads (a
/// connection is used by one thread at a time: SQLite's multi-thread mode).
private final class ReaderPool: @unchecked Sendable {
    private let lock = NSLock()
    private var readers: [Database]

    init(_ readers: [Database]) {
        self.readers = readers
    }

    func take() -> Database {
        lock.lock()
        defer { lock.unlock() }
        return readers.removeLast()
    }
}

/// Output buffers handed back once written, for the next ranges: a range's lines fill a few
/// megabytes, and a reused buffer keeps its capacity (no copies as it grows; a CSV of a
/// million events: 9,700 page faults instead of 12,600).
private final class BufferPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [[UInt8]] = []

    func take() -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        guard var buffer = free.popLast() else { return Array(unsafeUninitializedCapacity: 1 << 20) { _, n in n = 0 } }
        buffer.removeAll(keepingCapacity: true)
        return buffer
    }

    func give(_ buffer: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        free.append(buffer)
    }
}
