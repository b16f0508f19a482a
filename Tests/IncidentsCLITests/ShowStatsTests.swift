import Foundation
import IncidentsCore
import Testing

@testable import IncidentsCLI

@Suite struct ShowStatsTests {
    @Test func showEventWithItsReports() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let export = incidents(["export", "--db", db, "--place", "الطبقة"])
        let event = try firstObject(export)
        let id = try #require(event["id"] as? Int)

        let r = incidents(["show", "--db", db, String(id)])
        #expect(r.status == 0)
        #expect(r.err.isEmpty)
        let text = r.out
        #expect(text.hasPrefix("Event \(id): Explosions/Remote violence / Air/drone strike\n"))
        #expect(text.contains("place:       الطبقة، الثورة، الرقة"))
        #expect(text.contains("date:        2017-06-09"))
        #expect(text.contains("killed:      5 (reports range 5–7)"))
        #expect(text.contains("wounded:     10 (at_least)"))
        #expect(text.contains("reports:     2 (from 2 outlets)"))
        #expect(text.components(separatedBy: "\nReport ").count == 3)
        #expect(text.contains("article:     tabqa-1 «غارة على الطبقة», Outlet A, published 2017-06-10"))
        #expect(text.contains("killed:      7 (at_least)"))
        #expect(text.contains("evidence:    «\(event["evidence"] as! String)»"))
    }

    @Test func showEventWithoutFigures() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let export = incidents(["export", "--db", db, "--place", "كفرنبل"])
        let event = try firstObject(export)
        let r = incidents(["show", "--db", db, String(event["id"] as! Int)])
        #expect(r.status == 0)
        // Deaths are mentioned without a number by one report: unknown, not absent.
        #expect(r.out.contains("killed:      unknown (vague:عدد من)"), "\(r.out)")
        #expect(r.out.contains("reports:     2 (from 2 outlets)"))
    }

    @Test func showReportAndOutletlessEvent() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["show", "--db", db, "--report", "1"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("Report 1 of event "))
        #expect(r.out.contains("seeds/000_212ed85aa77a1702.txt"))
        #expect(!r.out.contains("\nEvent "))
        // Plain-text seeds carry no outlet: say so rather than «from 0 outlets».
        let e = incidents(["show", "--db", db, "1"])
        #expect(e.status == 0)
        #expect(!e.out.contains("0 outlets"), "\(e.out)")
    }

    @Test func showMissingID() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        for args in [["999"], ["--report", "999"], ["0"]] {
            let r = incidents(["show", "--db", db] + args)
            #expect(r.status == 1)
            #expect(r.out.isEmpty)
            #expect(r.message.hasPrefix("no "), "\(r.message)")
            #expect(r.message.contains("with id \(args.last!)"))
        }
    }

    @Test func stats() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["stats", "--db", db])
        #expect(r.status == 0)
        let text = r.out
        #expect(text.contains("database:   \(db)\n"))
        #expect(text.contains("articles:   9\n"))
        #expect(text.contains("reports:    27 "))
        #expect(text.contains("events:     25 "))
        #expect(text.contains("last ingest: "))
        // The unknown counts agree with `query`'s killed?/wounded? totals.
        let q = csvRows(incidents(["query", "--db", db, "--format", "csv", "--by", "region"]).out).dropFirst()
        let killed = q.map { Int($0[2])! }.reduce(0, +)
        let killedUnknown = q.map { Int($0[3])! }.reduce(0, +)
        let wounded = q.map { Int($0[4])! }.reduce(0, +)
        let woundedUnknown = q.map { Int($0[5])! }.reduce(0, +)
        #expect(text.contains("killed:     \(killed) (known figures); \(killedUnknown) events report deaths without a number\n"), "\(text)")
        #expect(text.contains("wounded:    \(wounded) (known figures); \(woundedUnknown) events report injuries without a number\n"), "\(text)")
        // The governorate table: a row per governorate, summing to the events.
        let table = text.components(separatedBy: "\n\n").last!.split(separator: "\n").dropFirst(2)
        #expect(table.count == 7)
        #expect(table.map { Int($0.split(separator: " ").dropFirst().first { Int($0) != nil }!)! }.reduce(0, +) == 25)
    }

    @Test func statsOnAnEmptyDatabase() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let empty = try box.write("empty.txt", "   \n")
        _ = incidents(["ingest", "--db", box.db, empty])  // creates the database, stores nothing
        let r = incidents(["stats", "--db", box.db])
        #expect(r.status == 0)
        #expect(r.out.contains("articles:   0\n"))
        #expect(r.out.contains("events:     0 "))
    }
}
