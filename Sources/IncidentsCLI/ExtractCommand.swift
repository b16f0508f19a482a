import ArgumentParser
import IncidentsCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show the incidents of articles without storing anything (JSON Lines on stdout).",
        discussion: """
            For trying the extractor on a text: nothing is written to the database. With \
            --trace, every clause is printed on stderr with what was found in it (cues, \
            actors, places, casualties) and the incident it became.

            Examples:
              incidents extract seeds/002_fa971cb07014016f.txt
              echo "قتل خمسة مدنيين في غارة للطيران الروسي على بلدة كفرنبل بريف إدلب" | incidents extract -
            """)

    @Option(help: ArgumentHelp("Publication date of plain-text articles.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Flag(help: "Print each clause and the decision made on it to stderr.")
    var trace = false

    @Argument(help: ArgumentHelp("Folders, files, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file, folder or - (standard input).") }
        if let p = published, !CalendarDate.isValid(p) {
            throw ValidationError("--published takes a date as YYYY-MM-DD (got '\(p)').")
        }
    }

    func run() throws {
        let console = Console.current
        let extractor = IncidentExtractor()
        var failed = false
        var n = 0
        var reader = ArticleReader(published: published)
        if let input = console.input { reader.standardInput = { input } }
        try reader.read(paths) { item in
            switch item {
            case .failure(let p):
                failed = true
                console.err("warning: \(p)\n")
            case .success(let article):
                if trace { console.err("== \(article.source)\n") }
                let found = extractor.extract(article, trace: trace ? { console.err($0 + "\n") } : nil)
                var out = ""
                for i in found {
                    n += 1
                    out += JSONValue.object([
                        ("id", .int(n)), ("article", .string(article.source)),
                        ("event_type", .string(i.eventType)), ("sub_event_type", .string(i.subEventType)),
                        ("actor", .string(i.actor)), ("actor2", .optional(i.actor2)),
                        ("target", .optional(i.target)), ("place", .optional(i.place)),
                        ("governorate", .optional(i.governorate)), ("district", .optional(i.district)),
                        ("date", .optional(i.date)), ("date_text", .optional(i.dateText)),
                        ("killed", .optional(i.killed.value)), ("killed_qualifier", .optional(i.killed.qualifier?.code)),
                        ("wounded", .optional(i.wounded.value)), ("wounded_qualifier", .optional(i.wounded.qualifier?.code)),
                        ("evidence", .string(i.evidence)), ("evidence_start", .int(i.evidenceStart)),
                        ("evidence_end", .int(i.evidenceEnd)), ("event_date", .optional(i.eventDate)),
                        ("time_precision", .optional(i.timePrecision?.rawValue)),
                        ("geo_precision", .optional(i.geoPrecision?.rawValue)),
                        ("lat", .optional(i.lat)), ("lon", .optional(i.lon)),
                    ]).text + "\n"
                }
                console.out(out)
            }
        }
        if failed { throw ExitCode.failure }
    }
}
