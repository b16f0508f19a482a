import ArgumentParser
import IncidentsCore

/// `incidents`: Arabic conflict reports in, incident data out.
public struct IncidentsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "Turn Arabic news reports of the war in Syria into incident data in SQLite.",
        discussion: """
            Each violent incident an article reports (an air strike, shelling, a clash, an \
            execution...) becomes one row: date, place, actor, target, killed, wounded, event \
            type, and the sentence it came from. Unknown figures stay unknown (NULL), never 0.

            Examples:
              incidents ingest seeds/                      read a folder of .txt articles
              incidents ingest news.jsonl                  one article per JSON line
              incidents query --place الرقة                totals by region and actor
              incidents query --actor coalition --by month --format csv
              incidents export --format jsonl > incidents.jsonl
              incidents show 12                            one incident and its evidence
              incidents report -o report.html              a page: map, months, actors
              incidents stats                              what the database holds

            The database is incidents.db in the current folder unless --db or the \
            INCIDENTS_DB environment variable says otherwise.
            """,
        subcommands: [
            IngestCommand.self, QueryCommand.self, ExportCommand.self, ShowCommand.self,
            StatsCommand.self, SearchCommand.self, ExtractCommand.self, ReportCommand.self,
            ReextractCommand.self, CorrectCommand.self, RejectCommand.self, CorrectionsCommand.self,
        ]
    )

    public init() {}
}
