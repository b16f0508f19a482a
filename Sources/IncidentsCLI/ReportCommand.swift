import ArgumentParser
import Foundation
import IncidentsCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one HTML page to look at: a map, months, actors and the deadliest events.",
        discussion: """
            The page is a single self-contained file (inline SVG, style and a little script; \
            no fonts, scripts or map tiles fetched), so it opens offline and can be mailed. It \
            is in Arabic, right to left, with English beside the Arabic:
              - a map of the 14 governorates shaded by killed, with a point per place and \
            actor sized by killed (hollow: placed only to a governorate); hover for details;
              - events and killed per month, stacked by actor, with the share of events whose \
            date is only approximate;
              - totals per actor and per event type, with the events that mention deaths \
            without a number (unknown, not zero);
              - the 20 deadliest events with their evidence, outlet, reports, low-high range \
            and article link;
              - a header with the filters, the database, the dates and the articles behind it.
            The filters mean what they mean for `query`.

            Examples:
              incidents report --output report.html
              incidents report --place الرقة --from 2017-06-01 -o raqqa.html
              incidents report --actor coalition --type "Air/drone strike" -o strikes.html
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: [.short, .long], help: ArgumentHelp(
        "The HTML file to write (replaced if it exists); - writes the page to standard output.",
        valueName: "file.html"))
    var output: String

    func validate() throws {
        if output.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--output needs a file name, e.g. --output report.html.")
        }
    }

    func run() throws {
        let store = try database.openExisting()
        let filter = try filters.filter(store)
        var given: [(String, String)] = []
        if let p = filters.place { given.append(("--place", p)) }
        for a in filters.actor { given.append(("--actor", a)) }
        if let t = filters.type { given.append(("--type", t)) }
        if let f = filters.from { given.append(("--from", f)) }
        if let t = filters.to { given.append(("--to", t)) }
        if filters.reports { given.append(("--reports", "")) }
        let data = try ReportReader(store: store).read(filter, filters: given, database: database.path)
        let page = ReportPage.html(data)
        let console = Console.current
        if output == "-" {
            console.out(page)
            return
        }
        try Self.write(page, to: output)
        let kb = (page.utf8.count + 1023) / 1024
        let unit = filter.reports ? "reports" : "events"
        console.out("wrote \(output) (\(kb) KB): \(data.header.units) \(unit) from \(data.header.articles) articles, \(data.points.count) map points\n")
    }

    /// Writes the page whole or fails with one line (exit 1): no half-written report left
    /// under the name asked for (written beside it, then renamed).
    static func write(_ page: String, to path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIError("cannot write the report to '\(path)': it is a folder; give a file name, e.g. --output report.html")
        }
        let temp = path + ".part"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw CLIError("cannot write the report to '\(path)': \(String(cString: strerror(errno)))")
        }
        var failure: Int32?
        let bytes = Array(page.utf8)
        bytes.withUnsafeBufferPointer { b in
            var p = b.baseAddress!
            var left = b.count
            while left > 0 {
                let n = Foundation.write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                p += n
                left -= n
            }
        }
        if close(fd) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temp, path) != 0 { failure = errno }
        if let failure {
            unlink(temp)
            throw CLIError("cannot write the report to '\(path)': \(String(cString: strerror(failure)))")
        }
    }
}
