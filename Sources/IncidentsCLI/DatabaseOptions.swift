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

    func validate() throws {
        if let db, db.isEmpty {
            throw ValidationError("--db needs a file path, e.g. --db incidents.db (got an empty one).")
        }
    }

    var path: String {
        if let db { return db }
        if let env = Console.current.environment["INCIDENTS_DB"], !env.isEmpty { return env }
        return "incidents.db"
    }

    /// Opens an existing database for reading; a missing file is a clear error, not a new
    /// empty database.
    func openExisting() throws -> IncidentStore {
        let p = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: p, isDirectory: &isFolder) else {
            throw CLIError("no database at \(p): run `incidents ingest PATH` first, or pass --db")
        }
        if isFolder.boolValue { throw Self.folderError(p) }
        do {
            return try IncidentStore(path: p, readOnly: true)
        } catch StoreError.olderSchema(_, let found, let current) {
            // Made by an older incidents: upgrade it in place (once), then read.
            Console.current.err("upgrading \(p) from schema version \(found) to \(current) (once)...\n")
            return try IncidentStore(path: p)
        } catch StoreError.readOnly {
            // Opened read-only, the store refuses to create the schema of an empty file
            // (or to upgrade an old one): say what to do instead.
            throw CLIError("'\(p)' holds no incidents data yet: run `incidents ingest --db \(p) PATH` first")
        }
    }

    /// Opens the database for writing, creating it when missing.
    func openForWriting() throws -> IncidentStore {
        let p = path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: p, isDirectory: &isFolder) {
            if isFolder.boolValue { throw Self.folderError(p) }
        } else {
            let parent = (p as NSString).deletingLastPathComponent
            if !parent.isEmpty && !FileManager.default.fileExists(atPath: parent) {
                throw CLIError("cannot create the database '\(p)': no such folder \(parent)")
            }
        }
        return try IncidentStore(path: p)
    }

    static func folderError(_ p: String) -> CLIError {
        let example = (p as NSString).appendingPathComponent("incidents.db")
        return CLIError("'\(p)' is a folder; --db takes a database file, e.g. --db \(example)")
    }
}

/// A one-line error for the user (exit 1).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ s: String) { description = s }
}
