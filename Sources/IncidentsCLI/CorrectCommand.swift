import ArgumentParser
import Foundation
import IncidentsCore

/// The id a correction names: an event (as `show` takes it) or, with --report, one report.
struct CorrectionTarget: ParsableArguments {
    @Flag(help: "ID is a report id (one article's account, `export --reports`, `show --report`) rather than an event id.")
    var report = false

    @Argument(help: "The event id (as `show` and `export` give it), or with --report a report id.")
    var id: Int

    @Option(help: ArgumentHelp("Why: the reviewer's words, kept with the correction (required).", valueName: "text"))
    var note: String

    func validate() throws {
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--note needs the reason for the correction, e.g. --note \"the article says 5 killed\".")
        }
    }

    /// The reports the id names; an unknown id is an error (exit 1), as in `show`.
    func reports(_ store: IncidentStore) throws -> [Int64] {
        let found = try store.reportIDs(for: id, report: report)
        if found.isEmpty {
            throw CLIError("no \(report ? "report" : "event") with id \(id) (ids come from `incidents export`\(report ? " --reports" : ""))")
        }
        return found
    }

    func done(_ store: IncidentStore, _ reports: [Int64], what: String) {
        let which = reports.count == 1 ? "report \(reports[0])" : "\(reports.count) reports (\(reports.map(String.init).joined(separator: ", ")))"
        Console.current.out("\(what) \(which) of \(report ? "report" : "event") \(id); see `incidents show --report \(reports[0])`\n")
    }
}

struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct what the extractor read for an incident; the correction lasts.",
        discussion: """
            ID is an event id as `show`, `query` and `export` give them: the correction \
            applies to every report of the event. With --report, ID is one report's id \
            (`export --reports`). An unknown id exits 1; a bad value exits 64.

            The correction is stored with its note, the time and the machine's old value \
            (`incidents corrections` lists them). It is anchored to the article's text and \
            the sentence the incident was read from, not to ids, so it survives ingesting \
            the article again and `incidents reextract`. Every output (query, export, show, \
            stats, the database views) sees the corrected values; `export` marks corrected \
            rows ("corrected": 1). To drop a wrong incident, use `incidents reject`.

            Values: --killed/--wounded a number (0 or more); --actor a slug or Arabic name \
            (regime, داعش); --target civilians, children, medical, protesters or an actor; \
            --place a place name or P-code (the most specific place of that name); --date \
            YYYY-MM-DD; --type an ACLED sub event type ("Air/drone strike", "Armed clash").

            Examples:
              incidents correct 3 --killed 5 --note "the article says five, not three"
              incidents correct --report 12 --actor russia --place أريحا --note "Russian jets, Ariha"
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: CorrectionTarget

    @Option(help: ArgumentHelp("The number killed.", valueName: "n")) var killed: Int?
    @Option(help: ArgumentHelp("The number wounded.", valueName: "n")) var wounded: Int?
    @Option(help: ArgumentHelp("Who did it: a slug or an Arabic name.", valueName: "actor")) var actor: String?
    @Option(name: .customLong("target"), help: ArgumentHelp("Who was hit.", valueName: "target")) var hit: String?
    @Option(help: ArgumentHelp("Where: a place name (Arabic or English) or a P-code.", valueName: "place")) var place: String?
    @Option(help: ArgumentHelp("When.", valueName: "YYYY-MM-DD")) var date: String?
    @Option(help: ArgumentHelp("An ACLED sub event type.", valueName: "type")) var type: String?

    func validate() throws {
        if [killed.map(String.init), wounded.map(String.init), actor, hit, place, date, type].allSatisfy({ $0 == nil }) {
            throw ValidationError("Give at least one value to correct, e.g. --killed 5 (or use `incidents reject` to drop the incident).")
        }
        for (flag, n) in [("--killed", killed), ("--wounded", wounded)] {
            if let n, n < 0 { throw ValidationError("\(flag) takes a number of people, 0 or more (got \(n)).") }
        }
        if let date, !CalendarDate.isValid(date) {
            throw ValidationError("--date takes a date as YYYY-MM-DD, e.g. --date 2017-08-25 (got '\(date)').")
        }
    }

    func run() throws {
        let store = try database.openForWriting()
        let changes = try CorrectionValues.changes(
            store: store, killed: killed, wounded: wounded, actor: actor, target: hit, place: place,
            date: date, type: type)
        let reports = try target.reports(store)
        try store.correct(reports: reports, changes: changes, note: target.note)
        target.done(store, reports, what: "corrected")
    }
}

struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Mark an incident as wrong: kept, but out of events and totals.",
        discussion: """
            ID as in `incidents correct` (an event id, or --report a report id). The report \
            stays in the database (`show --report` shows it with the note) but joins no \
            event and counts in no total, export or view. Like a correction, the rejection \
            survives ingesting the article again and `incidents reextract`.

            Example: incidents reject 7 --note "a 2014 toll quoted as background"
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: CorrectionTarget

    func run() throws {
        let store = try database.openForWriting()
        let reports = try target.reports(store)
        try store.correct(reports: reports, changes: [(.rejected, "1")], note: target.note)
        target.done(store, reports, what: "rejected")
    }
}

struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "List the corrections and rejections, oldest first.",
        discussion: """
            One line per field changed: id, when, the report it applies to now, the \
            article, field, machine value -> corrected value, note. "not applied" marks a \
            correction whose sentence no incident has any more (the extractor changed); it \
            is kept and applies again if the sentence comes back.

            Example: incidents corrections --format csv > corrections.csv
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "table or csv.") var format: String = "table"

    func validate() throws {
        if !["table", "csv"].contains(format) {
            throw ValidationError("--format takes table or csv (got '\(format)').")
        }
    }

    func run() throws {
        let store = try database.openExisting()
        let rows = try store.corrections().map { c in
            [String(c.id), c.madeAt, c.reportID.map(String.init) ?? "not applied", c.article ?? "(article gone)",
             c.field, c.oldValue ?? "", c.newValue, c.note]
        }
        let header = ["id", "made_at", "report", "article", "field", "old_value", "new_value", "note"]
        if format == "csv" {
            Console.current.out(([header] + rows).map { CSVText.row($0) }.joined(separator: "\n") + "\n")
        } else if rows.isEmpty {
            Console.current.err("no corrections yet (`incidents correct ID ... --note TEXT` makes one)\n")
        } else {
            Console.current.out(BidiCells.render(header: header, rows: rows, numeric: [0]))
        }
    }
}
