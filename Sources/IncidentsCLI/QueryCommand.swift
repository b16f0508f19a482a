import ArgumentParser
import IncidentsCore

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Totals of incidents, killed and wounded, grouped by region, actor, place, type or month.",
        discussion: """
            killed and wounded add up the figures the reports give. killed? and wounded? count \
            the incidents whose reports mention deaths or injuries without a number: they are \
            unknown, not zero. By default each real-world event counts once, however many \
            articles reported it (--reports counts every article's report).

            Examples:
              incidents query --place الرقة
              incidents query --place Raqqa --by actor
              incidents query --actor regime --type "Air/drone strike" --by month --format csv
              incidents query --from 2017-06-01 --to 2017-06-30 --by region --by type
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .customLong("by"), help: ArgumentHelp(
        "Group by region, actor, place, type or month; repeat to group by several (default: region and actor).",
        valueName: "group"))
    var by: [Grouping] = []

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try database.openExisting()
        let filter = try filters.filter(store)
        let groups = by.isEmpty ? [Grouping.region, .actor] : by
        let rows = try IncidentQueries(store: store).aggregate(filter, by: groups)
        let console = Console.current
        let names = groups.map(\.rawValue)
        let header = names + ["incidents", "killed", "killed?", "wounded", "wounded?"]
        func cells(_ r: AggregateRow) -> [String] {
            r.keys + [r.incidents, r.killed, r.killedUnknown, r.wounded, r.woundedUnknown].map(String.init)
        }
        switch format {
        case .table:
            if rows.isEmpty {
                console.err("no incidents match\n")
                return
            }
            let total = AggregateRow(
                keys: ["total"] + Array(repeating: "", count: groups.count - 1),
                incidents: rows.reduce(0) { $0 + $1.incidents }, killed: rows.reduce(0) { $0 + $1.killed },
                wounded: rows.reduce(0) { $0 + $1.wounded },
                killedUnknown: rows.reduce(0) { $0 + $1.killedUnknown },
                woundedUnknown: rows.reduce(0) { $0 + $1.woundedUnknown })
            let n = groups.count
            console.out(BidiCells.render(
                header: header, rows: rows.map(cells) + [cells(total)],
                numeric: Set(n..<(n + 5))))
            console.out(Self.precisionNote(rows, total: total.incidents))
        case .csv:
            var out = CSVText.row(names + ["incidents", "killed", "killed_unknown", "wounded", "wounded_unknown"]) + "\n"
            for r in rows { out += CSVText.row(cells(r)) + "\n" }
            console.out(out)
        case .json:
            var items: [String] = []
            for r in rows {
                var fields: [(String, JSONValue)] = zip(names, r.keys).map { ($0, .string($1)) }
                fields += [
                    ("incidents", .int(r.incidents)), ("killed", .int(r.killed)),
                    ("killed_unknown", .int(r.killedUnknown)), ("wounded", .int(r.wounded)),
                    ("wounded_unknown", .int(r.woundedUnknown)),
                ]
                items.append("  " + JSONValue.object(fields).text)
            }
            console.out(items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n")
        }
    }

    /// The line under the table that says how many rows are dated or placed only roughly,
    /// so that a month's or a region's total is read with it.
    static func precisionNote(_ rows: [AggregateRow], total: Int) -> String {
        let week = rows.reduce(0) { $0 + $1.weekDated }
        let month = rows.reduce(0) { $0 + $1.monthDated }
        let governorate = rows.reduce(0) { $0 + $1.governorateOnly }
        let undated = rows.reduce(0) { $0 + $1.undated }
        return "precision: \(week) of \(total) dated by the publication day (week), \(month) to the month only, "
            + "\(undated) undated; \(governorate) placed by governorate only\n"
    }
}
