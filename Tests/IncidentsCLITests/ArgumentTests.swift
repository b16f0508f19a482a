import Foundation
import IncidentsCore
import Testing

@testable import IncidentsCLI

/// Argument parsing, help and the exit status of wrong arguments (64, with a message that
/// says what to do). None of these touch a database.
@Suite struct ArgumentTests {
    @Test func subcommandsParse() throws {
        let query = try #require(
            try IncidentsCommand.parseAsRoot([
                "query", "--db", "x.db", "--place", "الرقة", "--actor", "regime", "--actor", "isis",
                "--type", "Battles", "--from", "2017-01-01", "--to", "2017-12-31", "--by", "month",
                "--by", "type", "--format", "json", "--reports",
            ]) as? QueryCommand)
        #expect(query.database.db == "x.db")
        #expect(query.filters.place == "الرقة")
        #expect(query.filters.actor == ["regime", "isis"])
        #expect(query.filters.type == "Battles")
        #expect(query.filters.from == "2017-01-01")
        #expect(query.filters.to == "2017-12-31")
        #expect(query.filters.reports)
        #expect(query.by == [.month, .type])
        #expect(query.format == .json)

        let defaults = try #require(try IncidentsCommand.parseAsRoot(["query"]) as? QueryCommand)
        #expect(defaults.by == [])
        #expect(defaults.format == .table)
        #expect(!defaults.filters.reports)

        let export = try #require(try IncidentsCommand.parseAsRoot(["export"]) as? ExportCommand)
        #expect(export.format == .jsonl)

        let ingest = try #require(
            try IncidentsCommand.parseAsRoot(["ingest", "--published", "2017-08-25", "a", "-", "b"]) as? IngestCommand)
        #expect(ingest.paths == ["a", "-", "b"])
        #expect(ingest.published == "2017-08-25")

        let show = try #require(try IncidentsCommand.parseAsRoot(["show", "--report", "12"]) as? ShowCommand)
        #expect(show.id == 12)
        #expect(show.report)
        #expect(try IncidentsCommand.parseAsRoot(["stats"]) is StatsCommand)
    }

    /// Every subcommand's help shows its own examples.
    @Test(arguments: [
        ("ingest", "incidents ingest seeds/"),
        ("query", "incidents query --place الرقة"),
        ("export", "incidents export --format jsonl"),
        ("show", "incidents show 3"),
        ("stats", "incidents stats"),
        ("search", "incidents search"),
        ("extract", "incidents extract"),
    ])
    func helpHasExamples(_ command: String, _ example: String) {
        let r = incidents([command, "--help"])
        #expect(r.status == 0)
        #expect(r.message.contains("USAGE: incidents \(command)"))
        #expect(r.message.contains("Example"), "no examples in `\(command) --help`")
        #expect(r.message.contains(example), "`\(command) --help` lacks «\(example)»")
    }

    @Test func rootHelpListsSubcommandsAndExamples() {
        let r = incidents(["--help"])
        #expect(r.status == 0)
        for sub in ["ingest", "query", "export", "show", "stats"] {
            #expect(r.message.contains("  \(sub)"), "root help lacks \(sub)")
        }
        #expect(r.message.contains("incidents query --place الرقة"))
        #expect(r.message.contains("INCIDENTS_DB"))
    }

    /// Wrong arguments: exit 64 and a message naming the fix. No database is needed (or
    /// created) to refuse them.
    @Test(arguments: [
        (["query", "--from", "yesterday"], "--from takes a date as YYYY-MM-DD"),
        (["query", "--from", "2017-02-30"], "--from takes a date as YYYY-MM-DD"),
        (["query", "--to", "2017-13-01"], "--to takes a date as YYYY-MM-DD"),
        (["export", "--to", "17-06-01"], "--to takes a date as YYYY-MM-DD"),
        (["query", "--from", "2017-07-01", "--to", "2017-06-01"], "--from 2017-07-01 is after --to 2017-06-01"),
        (["query", "--by", "country"], "Please provide one of 'region', 'actor', 'place', 'type' or 'month'"),
        (["query", "--format", "xml"], "Please provide one of 'table', 'csv' or 'json'"),
        (["export", "--format", "table"], "Please provide one of 'jsonl', 'csv' or 'geojson'"),
        (["ingest"], "Give at least one folder, file or -"),
        (["ingest", "--published", "25/08/2017", "a.txt"], "--published takes a date as YYYY-MM-DD"),
                (["show"], "Missing expected argument '<id>'"),
        (["show", "twelve"], "The value 'twelve' is invalid for '<id>'"),
        (["search"], "Give the words to search for"),
        (["query", "--bogus"], "Unknown option '--bogus'"),
        (["frobnicate"], "Unexpected argument 'frobnicate'"),
        (["extract"], "Give at least one file, folder or -"),
        (["extract", "--published", "2017", "a.txt"], "--published takes a date as YYYY-MM-DD"),
        (["query", "--place", ""], "--place needs a place name"),
        (["query", "--place", "  "], "--place needs a place name"),
        (["query", "--actor", ""], "--actor needs an actor"),
        (["export", "--type", ""], "--type needs an event type"),
    ])
    func wrongArgumentsExit64(_ args: [String], _ expected: String) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let r = incidents(args + (["frobnicate", "extract"].contains(args[0]) ? [] : ["--db", box.db]))
        #expect(r.status == 64, "\(args) exited \(r.status): \(r.diagnostics)")
        #expect(r.message.contains(expected), "\(args): \(r.message)")
        #expect(r.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: box.db), "a refused command created the database")
    }
}
