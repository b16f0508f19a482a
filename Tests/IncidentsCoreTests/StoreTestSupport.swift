import Foundation
import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// A fresh directory under the system temp dir; call `remove()` when done.
struct StoreTempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("incidents-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The repository root, found from this file's location (Tests/IncidentsCoreTests/…).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

extension IncidentStore {
    func count(_ table: String) throws -> Int {
        try database.scalar("SELECT count(*) FROM \(table)", as: Int.self) ?? -1
    }

    /// Row counts of every table the store writes.
    func rowCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["articles", "incidents", "events", "places", "place_names", "actors",
                      "actor_names", "incidents_meta"] {
            counts[table] = try count(table)
        }
        return counts
    }
}

/// The StoreError a body throws, or nil (recording an issue). Used instead of
/// `#expect(throws:)` where the body is a closure nested in another closure (see
/// IncidentsSQLiteTests/TestSupport.swift for the Swift 6.3.1 miscompile).
func caughtStoreError(
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) -> StoreError? {
    do {
        try body()
        Issue.record("expected a StoreError", sourceLocation: sourceLocation)
    } catch let error as StoreError {
        return error
    } catch {
        Issue.record("expected a StoreError, caught \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

enum Sample {
    static let text = """
        قُتِلَ ثلاثةُ مدنيين وجُرِحَ آخرون، ظهر الخميس، بقصفٍ جوي روسي على مدينة أريحا في ريف إدلب. \
        وقال الدفاع المدني إن عشرات المنازل تضررت.
        """

    static func article(_ source: String = "seeds/001.txt", text: String = Sample.text,
                        title: String? = "قصف على أريحا") -> Article {
        Article(source: source, text: text, title: title, outlet: "عنب بلدي",
                published: "2019-05-02", url: "https://example.org/a")
    }

    static func incident(
        actor: String = "russia", place: String? = "أريحا", pcode: String? = nil,
        governorate: String? = "إدلب", killed: Casualty = Casualty(value: 3),
        wounded: Casualty = Casualty(qualifier: .unspecified)
    ) -> ExtractedIncident {
        ExtractedIncident(
            eventType: "Explosions/Remote violence", subEventType: "Air/drone strike",
            actor: actor, target: "civilians", place: place, pcode: pcode,
            governorate: governorate, dateText: "ظهر الخميس", date: "2019-05-02",
            killed: killed, wounded: wounded,
            evidence: "قُتِلَ ثلاثةُ مدنيين وجُرِحَ آخرون", evidenceStart: 0, evidenceEnd: 33)
    }
}
