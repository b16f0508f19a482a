import ArgumentParser
import IncidentsCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One incident, readable: its fields, its article and the sentence it came from.",
        discussion: """
            ID is an event id as `export` and `query` count them; with --report, the id of \
            one article's report (`export --reports`). An event lists all its reports side \
            by side; each report lists the other names its article arrived by and the \
            corrections made to it (`incidents correct`), with their notes. A rejected \
            report belongs to no event: show it with --report.

            Examples:
              incidents show 3
              incidents show --report 12
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "ID is a report id (one article's account) rather than an event id.")
    var report = false

    @Argument(help: "The incident id.")
    var id: Int

    func run() throws {
        let store = try database.openExisting()
        let queries = IncidentQueries(store: store)
        guard let text = try queries.describe(id: id, report: report) else {
            throw CLIError("no \(report ? "report" : "incident") with id \(id) (ids come from `incidents export`)")
        }
        Console.current.out(text)
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "What the database holds: articles, incidents, events, by governorate, unknown counts, last ingest.",
        discussion: """
            killed and wounded add up the known figures of the events; the events that report \
            deaths or injuries without a number are counted apart, as in `query`.

            Examples:
              incidents stats
              incidents stats --db archive.db
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        Console.current.out(try IncidentQueries(store: store).statsText(path: database.path))
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of the stored articles (harakat and spelling variants ignored).",
        discussion: "Example: incidents search \"حارة البدو\"")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "At most this many articles.")
    var limit = 20

    @Argument(help: "Words to find (all of them, in any order).")
    var words: [String] = []

    func validate() throws {
        if words.isEmpty { throw ValidationError("Give the words to search for, e.g. `incidents search غارة الرقة`.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        var store = try database.openExisting()
        // Ingest leaves indexing to the first search that needs it.
        let backlog = try store.searchIndexBacklog()
        if backlog > 0 {
            if let writable = try? database.openForWriting() {
                store = writable
                Console.current.err("indexing \(backlog) article\(backlog == 1 ? "" : "s") for search (once; later searches reuse the index)...\n")
                try store.updateSearchIndex { done, total in
                    Console.current.progress("indexed \(done) of \(total)")
                }
                Console.current.progress("")
            } else {
                Console.current.err("warning: \(backlog) article\(backlog == 1 ? " is" : "s are") not in the search index yet and \(database.path) cannot be written; searching the others\n")
            }
        }
        let hits = try store.searchArticles(words.joined(separator: " "), limit: limit)
        if hits.isEmpty {
            Console.current.err("no article matches\n")
            return
        }
        var out = ""
        for h in hits { out += h.source + (h.title.map { "\t" + $0 } ?? "") + "\n" }
        Console.current.out(out)
    }
}
