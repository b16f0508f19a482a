import Foundation
import IncidentsSQLite
import Testing

/// A fresh directory under the system temp dir, removed by `remove()`.
struct TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("incidents-sqlite-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

extension Database {
    func count(_ table: String) throws -> Int {
        try scalar("SELECT count(*) FROM \(table)", as: Int.self) ?? -1
    }
}

/// The error of type `E` that `body` throws, or nil (recording an issue) when it throws
/// nothing or something else.
///
/// Use this instead of `#expect(throws:)` inside a closure: with Swift 6.3.1, a
/// `#expect(throws:) { … }` inside a closure followed by a sibling closure of the same type
/// was miscompiled here (calling the second closure ran the body of the first; apparently
/// the closure-discriminator collisions of swiftlang/swift #74201 / #78566).
func caught<E: Error>(
    _ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) -> E? {
    do {
        try body()
        Issue.record("expected \(E.self) to be thrown", sourceLocation: sourceLocation)
    } catch let error as E {
        return error
    } catch {
        Issue.record("expected \(E.self), caught \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
