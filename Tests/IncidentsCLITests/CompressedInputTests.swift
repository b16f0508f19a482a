import Foundation
import Testing

@testable import IncidentsCore

/// `ingest` of `.jsonl.gz` and `.txt.gz` files: the same database as the uncompressed
/// files; a truncated file keeps the articles before the cut and fails with one line.
@Suite struct CompressedInputTests {
    func summary(_ r: Outcome) throws -> (new: Int, failed: Int) {
        // Each article's text is its own (the same text under two names is stored once).
        let pattern = #/articles: (\d+) new, (\d+) unchanged, (\d+) updated, (\d+) failed; incidents stored: (\d+)/#
        let m = try #require(try pattern.prefixMatch(in: r.out), "not a summary line: \(r.out)")
        return (Int(m.1)!, Int(m.4)!)
    }

    func writeGzip(_ box: Sandbox, _ name: String, _ bytes: [UInt8]) throws -> String {
        let p = box.path(name)
        try FileManager.default.createDirectory(
            atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(Gzip.compress(bytes)).write(to: URL(fileURLWithPath: p))
        return p
    }

    @Test func compressedFilesIngestLikeTheFiles() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let lines = try Fixtures.text("events.jsonl")
        let text = "قتل ثلاثة مدنيين وجرح آخرون بغارة جوية روسية على مدينة أريحا في ريف إدلب يوم الخميس.\n"
        _ = try box.write("plain/events.jsonl", lines)
        _ = try box.write("plain/one.txt", text)
        _ = try writeGzip(box, "packed/events.jsonl.gz", Array(lines.utf8))
        _ = try writeGzip(box, "packed/one.txt.gz", Array(text.utf8))
        let a = box.path("a.db"), b = box.path("b.db")
        let ra = incidents(["ingest", "--db", a, "--published", "2019-05-04", box.path("plain")])
        let rb = incidents(["ingest", "--db", b, "--published", "2019-05-04", box.path("packed")])
        #expect(ra.status == 0 && rb.status == 0, "\(ra.diagnostics) \(rb.diagnostics)")
        #expect(try summary(rb).new == 6)
        let ea = incidents(["export", "--db", a, "--reports", "--format", "jsonl"])
        let eb = incidents(["export", "--db", b, "--reports", "--format", "jsonl"])
        #expect(!ea.out.isEmpty)
        // The plain-text article's name differs (one.txt, one.txt.gz); everything else is equal.
        #expect(ea.out.replacingOccurrences(of: "/plain/one.txt", with: "")
            == eb.out.replacingOccurrences(of: "/packed/one.txt.gz", with: ""))
    }

    @Test func truncatedFileKeepsTheArticlesBeforeItAndFails() throws {
        let box = try Sandbox()
        defer { box.remove() }
        var lines = ""
        for k in 0..<3000 {
            lines += #"{"id": "n\#(k)", "date": "2019-05-02", "text": "قتل \#(k % 9 + 2) مدنيين بغارة روسية على مدينة أريحا في ريف إدلب، في الخبر \#(k)."}"# + "\n"
        }
        let packed = Gzip.compress(Array(lines.utf8))
        let p = box.path("cut.jsonl.gz")
        try Data(packed.prefix(packed.count * 2 / 3)).write(to: URL(fileURLWithPath: p))
        let r = incidents(["ingest", "--db", box.db, p])
        #expect(r.status == 1)
        let errLines = r.err.split(separator: "\n")
        #expect(errLines.count == 1, "\(r.err)")
        #expect(errLines.first?.contains("ends early") == true)
        let stored = try rowCounts(box.db)["articles"] ?? 0
        #expect(stored > 100 && stored < 3000)
        #expect(try summary(r).new == stored)
    }
}
