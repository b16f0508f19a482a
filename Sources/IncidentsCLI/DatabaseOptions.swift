import ArgumentParser
import Foundation
import IncidentsCore

/// `--db PATH`, shared by every command.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file (default: $INCIDENTS_DB, else incidents.db in the current folder).",
            valueName: "path"))
    var db: String?

    var path: String {
        if let db, !db.isEmpty { return db }
        if let env = Console.current.environment["INCIDENTS_DB"], !env.isEmpty { return env }
        return "incidents.db"
    }

    /// Opens an existing database for reading; a missing file is a clear error, not a new
    /// empty database.
    func openExisting() throws -> IncidentStore {
        let p = path
        guard FileManager.default.fileExists(atPath: p) else {
            throw CLIError("no database at \(p): run `incidents ingest PATH` first, or pass --db")
        }
        return try IncidentStore(path: p, readOnly: true)
    }
}

/// A one-line error for the user (exit 1).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ s: String) { description = s }
}
