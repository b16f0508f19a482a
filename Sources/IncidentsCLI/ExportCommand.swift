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

            Examples:
              incidents export --format jsonl > incidents.jsonl
              incidents export --format csv --place "دير الزور" > deir.csv
              incidents export --format geojson --actor russia > russia.geojson
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, geojson }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Output format.")
    var format: Format = .jsonl

    func run() throws {
        let store = try database.openExisting()
        let filter = try filters.filter(store)
        let queries = IncidentQueries(store: store)
        var out = OutputBuffer(Console.current)
        let kinds = Dictionary(ActorLexicon.all.map { ($0.slug, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a })
        let events = !filter.reports && store.hasEvents
        switch format {
        case .jsonl:
            try queries.exportJSON(filter, events: events) { json, _, _ in
                out.append { bytes in
                    bytes.append(contentsOf: json)
                    bytes.append(0x0A)
                }
            }
        case .csv:
            out.write(CSVText.row(ACLEDFormat.columns) + "\n")
            try queries.export(filter) { r in
                out.append { bytes in
                    CSVText.write(Self.acled(r, kinds: kinds), into: &bytes)
                    bytes.append(0x0A)
                }
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

    static func acled(_ r: IncidentQueries.ExportRow, kinds: [String: String]) -> [String?] {
        let day = r.date ?? r.day
        let civilians = ["civilians", "children", "medical", "protesters"].contains(r.target ?? "")
        let actor2Name = r.actor2.flatMap { ActorLexicon.bySlug[$0]?.nameEn }
            ?? (civilians ? "Civilians (Syria)" : nil)
        let inter1 = ACLEDFormat.inter(kinds[r.actor])
        let inter2 = r.actor2.map { ACLEDFormat.inter(kinds[$0]) } ?? (civilians ? "Civilians" : "")
        let geoPrecision = Self.geoPrecision(r)
        return [
            "SYR-INC\(r.id)", day, day.map { String($0.prefix(4)) },
            r.date != nil ? "1" : (day != nil ? "2" : ""),
            ACLEDFormat.disorderType(r.eventType), r.eventType, r.subEventType,
            r.actorName ?? r.actor, "", inter1, actor2Name, "", inter2,
            inter2.isEmpty ? inter1 : inter1 + "-" + inter2, civilians ? "Civilians targeted" : "",
            "760", "Middle East", "Syria", r.governorate, r.district, "", r.place,
            r.lat.map { String(format4($0)) }, r.lon.map { String(format4($0)) }, geoPrecision,
            r.article, "", r.evidence,
            String(ACLEDFormat.fatalities(r.killed, qualifier: r.killedQualifier)), "", "",
            r.killed.map(String.init), r.killedQualifier, r.wounded.map(String.init),
            r.woundedQualifier, r.article, String(r.evidenceStart), String(r.evidenceEnd),
        ]
    }

    /// ACLED's geo_precision: 1 the coordinates of the town itself, 2 of a town or area
    /// near the place (a subdistrict, or the town a local place lies in), 3 of a larger
    /// region (a governorate or district, or the one a local place was only placed in).
    /// Decided by the kind of place (pcode), not its name: «الرقة» is a town and a
    /// governorate.
    static func geoPrecision(_ r: IncidentQueries.ExportRow) -> String {
        guard r.lat != nil, r.lon != nil else { return "" }
        guard let pcode = r.pcode else { return "2" }
        if pcode.hasPrefix("GN:") { return "1" }
        if pcode.hasPrefix("LOC:") { return (r.containerLevel ?? 1) <= 2 ? "3" : "2" }
        switch pcode.count {
        case ...6: return "3"  // SY02 governorate, SY0200 district
        case 8: return "2"  // subdistrict
        default: return "1"
        }
    }

    static func format4(_ d: Double) -> String {
        let scaled = (d * 10000).rounded() / 10000
        return String(scaled)
    }
}
