import ArgumentParser
import Foundation
import IncidentsCore

struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Read the stored articles again with this version of the extractor.",
        discussion: """
            After an upgrade of incidents, the improved extraction reaches articles already \
            stored: their texts are read again from the database (the original files are not \
            needed), each with the options it was stored with (its publication date), their \
            incidents replaced, corrections applied again and events regrouped. Works in \
            batches of 200 articles, one transaction each: an interrupted run keeps what it \
            did, and --outdated resumes it. Progress is shown on a terminal (stderr). \
            `ingest` also reads a stored text again when it meets it and the extractor \
            differs.

            Examples:
              incidents reextract
              incidents reextract --outdated
              incidents reextract --from 2017-01-01 --to 2017-12-31
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Only articles read by another extractor version than this binary's.")
    var outdated = false

    @Option(help: ArgumentHelp("Only articles published on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only articles published on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    func validate() throws {
        for (flag, v) in [("--from", from), ("--to", to)] {
            if let v, !CalendarDate.isValid(v) {
                throw ValidationError("\(flag) takes a date as YYYY-MM-DD, e.g. \(flag) 2017-06-01 (got '\(v)').")
            }
        }
        if let f = from, let t = to, f > t { throw ValidationError("--from \(f) is after --to \(t).") }
    }

    func run() throws {
        let console = Console.current
        let p = database.path
        guard FileManager.default.fileExists(atPath: p) else {
            throw CLIError("no database at \(p): run `incidents ingest PATH` first, or pass --db")
        }
        let store = try database.openForWriting()
        let before = try store.counts()
        let started = Date()
        let result = try store.reextract(ReextractionScope(outdatedOnly: outdated, from: from, to: to)) { done, total in
            console.progress("re-extracted \(done) of \(total) articles, \(Int(Date().timeIntervalSince(started)))s")
        }
        if console.errIsTerminal { console.progress("") }
        let after = try store.counts()
        console.out("re-extracted \(result.articles) articles (extractor \(IncidentExtractor.version)): "
            + "\(before.incidents) -> \(after.incidents) reports, \(before.events) -> \(after.events) events\n")
    }
}
