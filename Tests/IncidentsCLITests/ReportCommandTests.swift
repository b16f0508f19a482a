import Foundation
import IncidentsCore
import Testing

@testable import IncidentsCLI

@Suite struct ReportCommandTests {
    @Test func writesTheSeedsReport() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let out = box.path("report.html")
        let r = incidents(["report", "--db", db, "--output", out])
        #expect(r.status == 0, "\(r.diagnostics)")
        #expect(r.out.hasPrefix("wrote \(out) ("))
        #expect(r.out.contains(": 25 events from 9 articles"))
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.components(separatedBy: "<path class=\"gov\" data-pcode=\"SY").count - 1 == 14)
        #expect(html.contains("<circle class=\"pt "))
        #expect(html.contains("<dd><bdi>\(db)</bdi></dd>"))
        // Nothing half-written left beside it.
        #expect(!FileManager.default.fileExists(atPath: out + ".part"))
    }

    @Test func filtersAreThoseOfQueryAndShowInTheHeader() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["report", "--db", db, "--place", "Raqqa", "--actor", "coalition", "-o", "-"])
        #expect(r.status == 0, "\(r.diagnostics)")
        #expect(r.out.contains("--place Raqqa، --actor coalition"))
        let q = incidents(["query", "--db", db, "--place", "Raqqa", "--actor", "coalition", "--format", "json"])
        let rows = try #require(try json(q.out) as? [[String: Any]])
        let events = rows.reduce(0) { $0 + ($1["incidents"] as? Int ?? 0) }
        #expect(r.out.contains("<dd><bdi>\(events) أحداث"))
    }

    @Test(arguments: [
        ["report"],  // --output is required
        ["report", "--output", ""],
        ["report", "-o", "r.html", "--from", "yesterday"],
        ["report", "-o", "r.html", "--place", "Atlantis"],
        ["report", "-o", "r.html", "--actor", "nobody-at-all"],
        ["report", "-o", "r.html", "--bogus"],
    ])
    func badArgumentsExit64(_ args: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(args + ["--db", db])
        #expect(r.status == 64, "\(args): \(r.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: "r.html"))
    }

    @Test(arguments: ["no-such-folder/report.html", "."])
    func unwritableOutputIsOneLineAndExit1(_ name: String) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["report", "--db", db, "--output", box.path(name)])
        #expect(r.status == 1)
        #expect(r.message.hasPrefix("cannot write the report to "), "\(r.message)")
        #expect(!r.message.contains("\n"))
        #expect(r.out.isEmpty)
    }

    @Test func missingDatabaseIsAClearError() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let r = incidents(["report", "--db", box.path("none.db"), "-o", box.path("r.html")])
        #expect(r.status == 1)
        #expect(r.message.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: box.path("none.db")))
    }
}
