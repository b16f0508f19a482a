import ArgumentParser
import IncidentsCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write incidents one per line (JSON Lines), row (ACLED-style CSV) or feature (GeoJSON).",
        discussion: """
            jsonl keys: id, article, event_type, sub_event_type, actor, actor_name, target, \
            place, governorate, district, lat, lon, date, date_text, killed, killed_qualifier, \
            wounded, wounded_qualifier, evidence, evidence_start, evidence_end (unicode-scalar \
            offsets of the evidence in the article text); null where unknown. Events (the \
            default) also carry killed_low, killed_high, wounded_low, wounded_high and reports.

            csv follows ACLED's column names and order (event_date, event_type, actor1, admin1, \
            admin2, location, latitude, longitude, fatalities, notes...) so it merges with \
            ACLED data; fatalities applies ACLED's conventions (عشرات → 12, مئات → 100, no \
            deaths mentioned → 0) while killed/killed_qualifier keep the text's own figures.

            An export of everything in jsonl or csv is read by --jobs threads at once (default: \
            one per core); the output is the same for any number.

            Examples:
              incidents export --format jsonl > incidents.jsonl
              incidents export --format csv --place "دير الزور" > deir.csv
              incidents export --format geojson --actor russia > russia.geojson
              incidents export --format csv --jobs 1 > all.csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, geojson }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Output format.")
    var format: Format = .jsonl

    @Flag(help: "Begin the CSV with a UTF-8 byte order mark, so that Excel reads its Arabic right.")
    var excel = false

    @Option(help: ArgumentHelp(
        "Threads reading an export of everything (default: the number of cores); the output is the same for any number.",
        valueName: "N"))
    var jobs: Int = ParallelIngest.defaultJobs

    func validate() throws {
        if jobs < 1 {
            throw ValidationError("--jobs takes a number of threads, 1 or more (got \(jobs)).")
        }
        if excel && format != .csv { throw ValidationError("--excel applies to --format csv only") }
    }

    func run() throws {
        let store = try database.openExisting()
        let filter = try filters.filter(store)
        let queries = IncidentQueries(store: store)
        var out = OutputBuffer(Console.current)
        let actors = ACLEDFormat.Actors(
            kinds: Dictionary(ActorLexicon.all.map { ($0.slug, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a }),
            namesEn: ActorLexicon.bySlug.mapValues(\.nameEn))
        let events = !filter.reports
        switch format {
        case .jsonl:
            try queries.exportLines(filter, format: .jsonl(events: events), jobs: jobs) { lines in
                out.append { $0.append(contentsOf: lines) }
            }
        case .csv:
            if excel { out.write("\u{FEFF}") }
            try queries.exportLines(filter, format: .csv(actors), jobs: jobs) { lines in
                out.append { $0.append(contentsOf: lines) }
            }
        case .geojson:
            out.write("{\"type\": \"FeatureCollection\", \"features\": [\n")
            var first = true
            try queries.exportJSON(filter, events: events) { json, lat, lon in
                let geometry: JSONValue
                if let lat, let lon {
                    geometry = .object([("type", .string("Point")), ("coordinates", .array([.double(lon), .double(lat)]))])
                } else {
                    geometry = .null
                }
                out.append { bytes in
                    if !first { bytes.append(contentsOf: ",\n".utf8) }
                    bytes.append(contentsOf: #"{"type": "Feature", "geometry": "#.utf8)
                    geometry.write(into: &bytes)
                    bytes.append(contentsOf: #", "properties": "#.utf8)
                    bytes.append(contentsOf: json)
                    bytes.append(UInt8(ascii: "}"))
                }
                first = false
            }
            out.write("\n]}\n")
        }
        out.flush()
    }
}
