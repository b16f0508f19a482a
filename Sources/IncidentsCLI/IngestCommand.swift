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
            "url"), an .html page, any of these compressed with gzip (.jsonl.gz, .txt.gz), \
            or - for standard input.

            Articles are extracted by --jobs workers in parallel (default: one per core) and \
            written in the order read: the database is the same for any number of jobs.

            An article is its text: the same text is stored once, whatever path or name it \
            arrives by (seeds/, ./seeds/, an absolute path, a copy under another name); every \
            name is kept and shown by `show`. Ingesting is idempotent: a known text is \
            skipped, a new name for it is added ("already stored under another name"), an \
            edited file replaces the text it had. A stored text is read again ("updated") \
            when this binary's extractor differs from the one that read it, or when \
            --published gives another date (not giving it keeps the stored one). Each \
            article read from standard input is its own article, named stdin:<hash> unless \
            --id names it. Each article is stored whole or not at all. Problems with single \
            files or lines are reported on stderr with their location; the good ones are \
            still stored, and the exit status is 1.

            Examples:
              incidents ingest seeds/
              incidents ingest --published 2017-08-25 report.txt
              incidents ingest --published 2017-09-14 seeds/    date articles stored undated
              pbpaste | incidents ingest --id sana-2017-09-14 --title "غارات على الرقة" -
              incidents ingest archive.jsonl.gz
              incidents ingest --jobs 1 seeds/
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(
        "Publication date of plain-text articles, to resolve «أمس», «الخميس»... (JSON Lines carry their own \"date\").",
        valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(help: ArgumentHelp(
        "The name to record for a single article (standard input or one file) instead of its path.",
        valueName: "name"))
    var id: String?

    @Option(help: ArgumentHelp("The title of a single article (standard input or one file).", valueName: "text"))
    var title: String?

    @Flag(name: .shortAndLong, help: "Print no summary.")
    var quiet = false

    @Option(help: ArgumentHelp(
        "Articles extracted in parallel (default: the number of cores); the database is the same for any number.",
        valueName: "N"))
    var jobs: Int = ParallelIngest.defaultJobs

    @Argument(help: ArgumentHelp("Folders, files, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("Give at least one folder, file or - (standard input), e.g. `incidents ingest seeds/`.")
        }
        if jobs < 1 {
            throw ValidationError("--jobs takes a number of parallel workers, 1 or more (got \(jobs)).")
        }
        if id != nil || title != nil {
            let option = id != nil ? "--id" : "--title"
            var isFolder: ObjCBool = false
            if paths.count != 1 || (paths[0] != "-"
                && (!FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder) || isFolder.boolValue))
            {
                throw ValidationError("\(option) names one article: give one file or - (standard input), e.g. `incidents ingest \(option) NAME -`.")
            }
            if let id, id.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--id needs a name, e.g. --id sana-2017-09-14 (got an empty one).")
            }
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
        // A named single article (--id, --title) is read inline, so that a second one is
        // caught before anything is stored.
        let pipeline = try ParallelIngest(ingester: ingester, jobs: id != nil || title != nil ? 1 : jobs)
        pipeline.onInputProblem = { console.err("warning: \($0)\n") }
        var reader = ArticleReader(published: published)
        if let input = console.input { reader.standardInput = { input } }
        let started = Date()
        var lastProgress = Date.distantPast
        for path in paths {
            let seenBefore = ingester.summary.seen
            pipeline.reading(path)
            try reader.read([path]) { item in
                switch item {
                case .success(var article) where id != nil || title != nil:
                    // One article only (the pipeline runs inline for it): a stream of JSON
                    // Lines cannot share one name.
                    guard ingester.summary.seen == 0 else {
                        throw ValidationError("--id and --title name one article, but \(path) holds several (JSON Lines carry their own \"id\" and \"title\"); nothing was stored.")
                    }
                    if let id { article.source = id }
                    if let title { article.title = title }
                    try pipeline.add(.success(article))
                default:
                    try pipeline.add(item)
                }
                let now = Date()
                if now.timeIntervalSince(lastProgress) > 0.5 {
                    lastProgress = now
                    console.progress(Self.progressLine(ingester.summary, bytes: pipeline.textBytes, seconds: now.timeIntervalSince(started)))
                }
            }
            // The count below needs this path's articles written.
            try pipeline.drain()
            if ingester.summary.seen == seenBefore {
                // A folder of .json or .doc files: say why nothing happened.
                console.err("warning: \(path): no articles found (folders are searched for .txt, .jsonl, .ndjson and .html files)\n")
            }
        }
        try pipeline.finish()
        if console.errIsTerminal { console.progress("") }
        let s = ingester.summary
        if !quiet {
            var counts = "\(s.new) new, \(s.unchanged) unchanged, \(s.updated) updated, "
            if s.alreadyStored > 0 { counts += "\(s.alreadyStored) already stored under another name, " }
            counts += "\(s.failed) failed"
            var incidents = "incidents stored: \(s.incidentsStored)"
            if s.abroad > 0 { incidents += ", \(s.abroad) outside Syria not stored" }
            console.out("articles: \(counts); \(incidents)\n")
        }
        if s.failed > 0 { throw ExitCode.failure }
    }

    /// «12000 articles (41.3 MB) in 9s, 1333 articles/s, 4.6 MB/s; 3100 incidents».
    static func progressLine(_ s: Ingester.Summary, bytes: Int, seconds: Double) -> String {
        let mb = Double(bytes) / 1e6, t = max(seconds, 0.001)
        return "\(s.seen) articles (\(String(format: "%.1f", mb)) MB) in \(Int(seconds))s, "
            + "\(Int(Double(s.seen) / t)) articles/s, \(String(format: "%.1f", mb / t)) MB/s; \(s.incidentsStored) incidents"
    }
}
