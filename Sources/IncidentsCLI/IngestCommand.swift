import ArgumentParser
import Foundation
import IncidentsCore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles, extract their incidents and store them.",
        discussion: """
            PATH can be a folder (read recursively), a .txt file (one article), a .jsonl \
            file (one article a line: "text" and optional "id", "title", "date", "outlet", \
            "url"), an .html page, or - for standard input.

            Ingesting is idempotent: an article whose text has not changed is skipped, a \
            changed file replaces its old incidents. Each article is stored whole or not at \
            all. Problems with single files or lines are reported on stderr with their \
            location; the good ones are still stored, and the exit status is 1.

            Examples:
              incidents ingest seeds/
              incidents ingest --published 2017-08-25 report.txt
              gzip -dc archive.jsonl.gz | incidents ingest -
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(
        "Publication date of plain-text articles, to resolve «أمس», «الخميس»... (JSON Lines carry their own \"date\").",
        valueName: "YYYY-MM-DD"))
    var published: String?

    @Flag(name: .shortAndLong, help: "Print no summary.")
    var quiet = false

    @Argument(help: ArgumentHelp("Folders, files, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("Give at least one folder, file or - (standard input), e.g. `incidents ingest seeds/`.")
        }
        if let p = published, !CalendarDate.isValid(p) {
            throw ValidationError("--published takes a date as YYYY-MM-DD, e.g. --published 2017-08-25 (got '\(p)').")
        }
    }

    func run() throws {
        let console = Console.current
        let store = try database.openForWriting()
        let ingester = Ingester(store: store)
        ingester.onProblem = { console.err("warning: \($0)\n") }
        var reader = ArticleReader(published: published)
        if let input = console.input { reader.standardInput = { input } }
        let started = Date()
        var lastProgress = Date.distantPast
        for path in paths {
            let seenBefore = ingester.summary.seen
            try reader.read([path]) { item in
                switch item {
                case .success(let article):
                    try ingester.add(article)
                case .failure(let problem):
                    ingester.fail()
                    console.err("warning: \(problem)\n")
                }
                let now = Date()
                if now.timeIntervalSince(lastProgress) > 0.5 {
                    lastProgress = now
                    let s = ingester.summary
                    console.progress("\(s.seen) articles, \(s.incidentsStored) incidents, \(Int(now.timeIntervalSince(started)))s")
                }
            }
            if ingester.summary.seen == seenBefore {
                // A folder of .json or .doc files: say why nothing happened.
                console.err("warning: \(path): no articles found (folders are searched for .txt, .jsonl, .ndjson and .html files)\n")
            }
        }
        try ingester.finish()
        if console.errIsTerminal { console.progress("") }
        let s = ingester.summary
        if !quiet {
            console.out(
                "articles: \(s.new) new, \(s.unchanged) unchanged, \(s.updated) updated, \(s.failed) failed; "
                    + "incidents stored: \(s.incidentsStored)"
                    + (s.duplicateTexts > 0 ? "; \(s.duplicateTexts) articles repeat the text of another" : "")
                    + "\n")
        }
        if s.failed > 0 { throw ExitCode.failure }
    }
}
