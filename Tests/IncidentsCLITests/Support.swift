import Foundation
import IncidentsCore
import IncidentsSQLite
import Testing

@testable import IncidentsCLI

/// What one in-process run of `incidents` produced.
struct Outcome {
    /// The exit status `main()` would use (0 when `run()` returned).
    var status: Int32
    /// Everything written to standard output.
    var out: String
    /// Everything the command wrote to standard error.
    var err: String
    /// The message of the thrown error (help text for --help); `main()` prints it after
    /// "Error: " (and usage, for wrong arguments).
    var message: String

    /// stderr as the user sees it, roughly: the command's own lines, then the error.
    var diagnostics: String { err + message }
    var outLines: [String] { out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

/// Runs `incidents ARGS...` in-process: parse, run, map errors to exit status and message
/// exactly as `IncidentsCommand.main()` does.
func incidents(
    _ args: [String], input: FileHandle? = nil, environment: [String: String] = [:]
) -> Outcome {
    let console = Console(capturing: (), input: input, environment: environment)
    var status: Int32 = 0
    var message = ""
    Console.$current.withValue(console) {
        do {
            var command = try IncidentsCommand.parseAsRoot(args)
            try command.run()
        } catch {
            status = IncidentsCommand.exitCode(for: error).rawValue
            message = IncidentsCommand.message(for: error)
        }
    }
    return Outcome(status: status, out: console.output, err: console.errors, message: message)
}

/// A fresh folder under the system temp folder; call `remove()` when done (`defer`).
struct Sandbox {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("incidents-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The test's own database path (not created).
    var db: String { path("test.db") }

    func write(_ name: String, _ text: String) throws -> String {
        let p = path(name)
        try FileManager.default.createDirectory(
            atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: p))
        return p
    }

    /// Copies a fixture (file or folder) into the sandbox, so tests can change it.
    func copyFixture(_ name: String) throws -> String {
        let p = path(name)
        try FileManager.default.createDirectory(
            atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path(name), toPath: p)
        return p
    }

    /// A copy of the seeded database (seeds + events.jsonl) as this test's own database.
    func seededDatabase() throws -> String {
        let template = try Seeded.database.get()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: template + suffix) {
            try FileManager.default.copyItem(atPath: template + suffix, toPath: db + suffix)
        }
        return db
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

enum Fixtures {
    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// The seed articles (copies of /seeds), publication date used by scripts/e2e.
    static var seeds: String { path("seeds") }
    static let seedsPublished = "2017-08-25"
    /// Five JSON Lines articles: two reports of one air strike on الطبقة (5 killed; at
    /// least 7 killed and at least 10 wounded), two of one strike on كفرنبل (the second
    /// «عدد من» killed), and a shelling in دير الزور.
    static var events: String { path("events.jsonl") }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }
}

struct TemplateError: Error, CustomStringConvertible {
    var description: String
}

/// One database holding the seeds (ingested with --published 2017-08-25) and
/// events.jsonl, built once per test process; tests work on their own copies.
enum Seeded {
    static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("incidents-cli-template-\(UUID().uuidString)")

    static let database: Result<String, TemplateError> = {
        let path = folder.appendingPathComponent("seeded.db").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return .failure(TemplateError(description: "cannot create \(folder.path): \(error)"))
        }
        atexit { try? FileManager.default.removeItem(at: Seeded.folder) }
        let result = incidents([
            "ingest", "--db", path, "--published", Fixtures.seedsPublished, Fixtures.seeds, Fixtures.events,
        ])
        guard result.status == 0 else {
            return .failure(TemplateError(description: "seeding failed (\(result.status)): \(result.diagnostics)"))
        }
        return .success(path)
    }()
}

/// The first line of a command's output as a JSON object.
func firstObject(_ r: Outcome, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let line = try #require(r.outLines.first, "no output: \(r.diagnostics)", sourceLocation: sourceLocation)
    return try #require(try json(line) as? [String: Any], sourceLocation: sourceLocation)
}

/// Parses JSON text (a value of any kind).
func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// The keys of a JSON object in the order the text writes them (JSONSerialization loses
/// the order). Only for flat objects whose keys hold no escaped quotes.
func keyOrder(_ line: String) -> [String] {
    var keys: [String] = []
    var depth = 0
    var inString = false
    var escaped = false
    var current = ""
    var expectKey = false
    var readingKey = false
    for ch in line {
        if inString {
            if escaped { escaped = false; if readingKey { current.append(ch) }; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == "\"" {
                inString = false
                if readingKey { keys.append(current); readingKey = false }
                continue
            }
            if readingKey { current.append(ch) }
            continue
        }
        switch ch {
        case "{": depth += 1; expectKey = depth == 1
        case "}": depth -= 1
        case "[": depth += 1
        case "]": depth -= 1
        case ",": if depth == 1 { expectKey = true }
        case "\"":
            inString = true
            if expectKey { readingKey = true; current = ""; expectKey = false }
        default: break
        }
    }
    return keys
}

/// Parses RFC 4180 CSV text into rows of fields.
func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"": quoted = true
        case ",": row.append(field); field = ""
        case "\n":
            row.append(field); field = ""
            rows.append(row); row = []
        case "\r": break
        default: field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// Row counts of the tables a command could change, read with the SQLite wrapper.
func rowCounts(_ path: String) throws -> [String: Int] {
    let db = try Database(.file(path), mode: .readOnly)
    var counts: [String: Int] = [:]
    for table in ["articles", "incidents", "events", "places", "place_names", "actors", "actor_names"] {
        counts[table] = try db.scalar("SELECT count(*) FROM \(table)", as: Int.self) ?? -1
    }
    return counts
}

/// The bytes of a file (to prove a command left it untouched).
func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
