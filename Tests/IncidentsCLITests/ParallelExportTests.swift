import Foundation
import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// `export` of everything read by several threads in id ranges (`ParallelExport`) writes
/// exactly what one thread writes: same lines, same order, header once.
@Suite struct ParallelExportTests {
    static let actors = ACLEDFormat.Actors(
        kinds: Dictionary(ActorLexicon.all.map { ($0.slug, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a }),
        namesEn: ActorLexicon.bySlug.mapValues(\.nameEn))

    /// The bytes of an export, and whether it ran in parallel.
    func export(
        _ db: String, format: ExportLineFormat, reports: Bool, jobs: Int, chunk: Int64, lockWait: Int32 = 2000
    ) throws -> (bytes: [UInt8], parallel: Bool) {
        let store = try IncidentStore(path: db, readOnly: true)
        let queries = IncidentQueries(store: store)
        var f = IncidentFilter()
        f.reports = reports
        var parallel = ParallelExport(queries: queries, filter: f, format: format)
        parallel.chunk = chunk
        parallel.lockWait = lockWait
        var out: [UInt8] = []
        try queries.exportLines(f, format: format, jobs: jobs, parallel: parallel) { out.append(contentsOf: $0) }
        var probe: [UInt8] = []
        let ran = try parallel.run(jobs: jobs) { probe.append(contentsOf: $0) }
        return (out, ran)
    }

    @Test(arguments: [(false, 1), (false, 3), (true, 2), (true, 4)] as [(Bool, Int64)])
    func sameBytesWithOneOrSeveralThreads(_ reports: Bool, _ chunk: Int64) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        for format in [ExportLineFormat.csv(Self.actors), .jsonl(events: !reports)] {
            let one = try export(db, format: format, reports: reports, jobs: 1, chunk: chunk)
            let three = try export(db, format: format, reports: reports, jobs: 3, chunk: chunk)
            #expect(!one.parallel && three.parallel)
            #expect(one.bytes.count > 1000)
            #expect(three.bytes == one.bytes)
        }
    }

    /// Another connection holding the write lock: the threads could not be sure to read
    /// one state of the database, so one thread reads (the same bytes).
    @Test func aWriterHoldingTheLockMeansOneThread() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let writer = try Database(.file(db), mode: .readWrite)
        try writer.execute("BEGIN IMMEDIATE")
        let format = ExportLineFormat.csv(Self.actors)
        let locked = try export(db, format: format, reports: false, jobs: 2, chunk: 2, lockWait: 0)
        try writer.execute("ROLLBACK")
        let free = try export(db, format: format, reports: false, jobs: 2, chunk: 2, lockWait: 0)
        #expect(!locked.parallel && free.parallel)
        #expect(locked.bytes == free.bytes)
    }
}
