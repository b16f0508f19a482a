public import IncidentsSQLite

/// Why the store refused to open a database or to store something. Each description is
/// one sentence a user can act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database (or is damaged beyond reading).
    case notSQLite(path: String)
    /// An SQLite database, but not one made by `incidents`.
    case notIncidentsDatabase(path: String)
    /// Made by a newer `incidents` with a schema this binary does not know.
    case newerSchema(found: Int, supported: Int)
    /// Opened read-only, but the database needs writing (create, upgrade, ingest).
    case readOnly(path: String)
    /// Opened read-only, but the database was made by an older `incidents` and must be
    /// upgraded (by any command that writes) before it can be read.
    case olderSchema(path: String, found: Int, current: Int)
    /// The database file could not be opened at all.
    case cannotOpen(path: String, reason: String)
    /// The database rejected an article's own fields (e.g. `published` is not a date).
    case articleRejected(source: String, underlying: SQLiteError)
    /// The database rejected an incident of an article (unknown actor, bad value...).
    case incidentRejected(source: String, seq: Int, reason: String, underlying: SQLiteError)
    /// The file or its folder cannot be written (permissions, read-only medium).
    case notWritable(path: String)
    /// Another process holds the database and did not let go within the busy timeout.
    case busy(path: String)
    /// The disk (or the file system's quota) is full.
    case diskFull(path: String)
    /// Any other SQLite failure.
    case underlying(SQLiteError)

    /// The error for an SQLite failure on `path`, named when a user can act on it.
    public static func from(_ error: SQLiteError, path: String) -> StoreError {
        switch error.code.primary {
        case .readOnly: return .notWritable(path: path)
        case .busy, .locked: return .busy(path: path)
        case .full: return .diskFull(path: path)
        default: return .underlying(error)
        }
    }

    public var description: String {
        switch self {
        case .notSQLite(let path):
            return "'\(path)' is not an SQLite database (it may be another kind of file, or damaged)."
        case .notIncidentsDatabase(let path):
            return "'\(path)' is an SQLite database but not an incidents database (it has no incidents_meta table marked app=incidents); refusing to touch it."
        case .newerSchema(let found, let supported):
            return "The database has schema version \(found), but this incidents binary only knows versions up to \(supported); use a newer incidents binary."
        case .readOnly(let path):
            return "The database '\(path)' is open read-only, but this operation must write to it (create, upgrade or ingest)."
        case .olderSchema(let path, let found, let current):
            return "The database '\(path)' has schema version \(found) and must be upgraded to version \(current) before it can be read, which needs write access to it."
        case .cannotOpen(let path, let reason):
            return "Cannot open the database '\(path)': \(reason)."
        case .articleRejected(let source, let error):
            return "Article '\(source)' was rejected: \(error.message); nothing of this article was stored."
        case .incidentRejected(let source, let seq, let reason, let error):
            return "Incident \(seq) of article '\(source)' was rejected (\(reason)): \(error.message); nothing of this article was stored."
        case .notWritable(let path):
            return "The database '\(path)' cannot be written (check the permissions of the file and its folder); nothing was changed."
        case .busy(let path):
            return "The database '\(path)' is busy: another process (another ingest?) is writing to it; try again when it has finished."
        case .diskFull(let path):
            return "The disk holding '\(path)' is full; the article being written was rolled back and the database is intact."
        case .underlying(let error):
            return "Database error: \(error.description)"
        }
    }
}
