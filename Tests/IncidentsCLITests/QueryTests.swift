import Foundation
import IncidentsCore
import Testing

@testable import IncidentsCLI

/// `incidents query` on a copy of the seeded database (seeds + events.jsonl).
@Suite struct QueryTests {
    struct Row: Equatable, CustomStringConvertible {
        var keys: [String]
        var incidents: Int, killed: Int, killedUnknown: Int, wounded: Int, woundedUnknown: Int
        var description: String { "\(keys) \(incidents) \(killed) \(killedUnknown) \(wounded) \(woundedUnknown)" }
    }

    /// Runs a query with --format csv and parses its rows.
    func rows(_ db: String, _ args: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [Row] {
        let r = incidents(["query", "--db", db, "--format", "csv"] + args)
        #expect(r.status == 0, "\(args): \(r.diagnostics)", sourceLocation: sourceLocation)
        let table = csvRows(r.out)
        let header = try #require(table.first, sourceLocation: sourceLocation)
        #expect(Array(header.suffix(5)) == ["incidents", "killed", "killed_unknown", "wounded", "wounded_unknown"],
                sourceLocation: sourceLocation)
        let n = header.count - 5
        return try table.dropFirst().map { f in
            try #require(f.count == header.count, "\(f)", sourceLocation: sourceLocation)
            let nums = f.suffix(5).map { Int($0) ?? -1 }
            return Row(keys: Array(f.prefix(n)), incidents: nums[0], killed: nums[1], killedUnknown: nums[2],
                       wounded: nums[3], woundedUnknown: nums[4])
        }
    }

    func total(_ rows: [Row]) -> Row {
        rows.reduce(Row(keys: [], incidents: 0, killed: 0, killedUnknown: 0, wounded: 0, woundedUnknown: 0)) {
            Row(keys: [], incidents: $0.incidents + $1.incidents, killed: $0.killed + $1.killed,
                killedUnknown: $0.killedUnknown + $1.killedUnknown, wounded: $0.wounded + $1.wounded,
                woundedUnknown: $0.woundedUnknown + $1.woundedUnknown)
        }
    }

    /// The place names reported in the database, per export (the truth to compare with).
    func exported(_ db: String, _ args: [String] = []) throws -> [[String: Any]] {
        let r = incidents(["export", "--db", db, "--format", "jsonl"] + args)
        #expect(r.status == 0, "\(r.diagnostics)")
        return try r.outLines.map { try #require(try json($0) as? [String: Any]) }
    }

    @Test func defaultGroupsByRegionAndActor() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let all = try rows(db, [])
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { $0.keys.count == 2 })
        #expect(all.contains { $0.keys == ["الرقة", "coalition"] })
        // One row per group, largest first.
        #expect(Set(all.map(\.keys)).count == all.count)
        #expect(all.map(\.incidents) == all.map(\.incidents).sorted(by: >))

        // The totals are those of the incidents exported.
        let events = try exported(db)
        let sum = total(all)
        #expect(sum.incidents == events.count)
        #expect(sum.killed == events.compactMap { $0["killed"] as? Int }.reduce(0, +))
        #expect(sum.wounded == events.compactMap { $0["wounded"] as? Int }.reduce(0, +))
        #expect(sum.killedUnknown == events.filter { $0["killed"] is NSNull && !($0["killed_qualifier"] is NSNull) }.count)
        #expect(sum.woundedUnknown == events.filter { $0["wounded"] is NSNull && !($0["wounded_qualifier"] is NSNull) }.count)
    }

    @Test func jsonFormat() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["query", "--db", db, "--format", "json", "--by", "region"])
        #expect(r.status == 0)
        let items = try #require(try json(r.out) as? [[String: Any]])
        let csv = try rows(db, ["--by", "region"])
        #expect(items.count == csv.count)
        for (item, row) in zip(items, csv) {
            #expect(Set(item.keys) == ["region", "incidents", "killed", "killed_unknown", "wounded", "wounded_unknown"])
            #expect(item["region"] as? String == row.keys[0])
            #expect(item["incidents"] as? Int == row.incidents)
            #expect(item["killed"] as? Int == row.killed)
            #expect(item["killed_unknown"] as? Int == row.killedUnknown)
        }
        #expect(keyOrder(r.outLines[1]) == ["region", "incidents", "killed", "killed_unknown", "wounded", "wounded_unknown"])

        // Nothing matches: an empty array, still JSON.
        let none = incidents(["query", "--db", db, "--format", "json", "--from", "2030-01-01"])
        #expect(none.status == 0)
        #expect(try #require(try json(none.out) as? [Any]).isEmpty)
    }

    @Test func csvHeaders() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["query", "--db", db, "--format", "csv", "--by", "month", "--by", "type"])
        #expect(r.outLines.first == "month,type,incidents,killed,killed_unknown,wounded,wounded_unknown")
        let none = incidents(["query", "--db", db, "--format", "csv", "--from", "2030-01-01"])
        #expect(none.out == "region,actor,incidents,killed,killed_unknown,wounded,wounded_unknown\n")
    }

    /// Every column starts at the same terminal cell on every line, Arabic included: the
    /// cells are found by display width (TableText.width), not by characters or bytes,
    /// and right-to-left cells cannot trade places in a bidi terminal.
    @Test(arguments: [["--by", "region", "--by", "actor"], ["--by", "place", "--by", "type"],
                      ["--by", "place", "--by", "region"], ["--by", "region"], ["--by", "month"]])
    func tableLinesUp(_ groups: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["query", "--db", db] + groups)
        #expect(r.status == 0)
        // The last line is the precision note, not a row.
        #expect(r.outLines.last?.hasPrefix("precision: ") == true)
        let lines = Array(r.outLines.dropLast())
        try #require(lines.count >= 4)
        // The rule line gives the column widths.
        let widths = lines[1].split(separator: " ", omittingEmptySubsequences: true).map(\.count)
        #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " })
        let columns = groups.count / 2 + 5
        #expect(widths.count == columns)
        let expected = csvRows(incidents(["query", "--db", db, "--format", "csv"] + groups).out).dropFirst()
        for (n, line) in lines.enumerated() where n != 1 {
            // Cut the line into cells of the ruled widths, two spaces apart.
            var cells: [String] = []
            var rest = Substring(line)
            for (i, w) in widths.enumerated() {
                var cell = ""
                var cw = 0
                while cw < w, let c = rest.first {
                    cell.append(c)
                    rest.removeFirst()
                    cw = TableText.width(cell)
                }
                // Zero-width marks right after the cell belong to it.
                while let c = rest.first, TableText.width(String(c)) == 0 { cell.append(c); rest.removeFirst() }
                #expect(cw == w || (i == columns - 1 && rest.isEmpty), "line \(n) column \(i): «\(cell)» is \(cw) cells, not \(w)")
                cells.append(cell)
                if i < columns - 1 {
                    #expect(rest.hasPrefix("  ") || rest.isEmpty, "line \(n): no gap after column \(i) in «\(line)»")
                    rest = rest.dropFirst(2)
                }
            }
            #expect(rest.isEmpty, "line \(n) is longer than its columns: «\(line)»")
            // Arabic cells sit between LEFT-TO-RIGHT MARKs, so that terminals applying the
            // bidi algorithm do not mirror them with their neighbours.
            for cell in cells.map({ $0.trimmingCharacters(in: .whitespaces) }) where BidiCells.hasRightToLeft(cell) {
                #expect(cell.hasPrefix("\u{200E}") && cell.hasSuffix("\u{200E}"), "line \(n): «\(cell)» is not isolated")
            }
            let trimmed = cells.map { $0.filter { TableText.width(String($0)) > 0 }.trimmingCharacters(in: .whitespaces) }
            // Numbers are right-aligned: the last cell of a data line ends flush.
            if n >= 2, let last = cells.last { #expect(TableText.width(last) == widths.last!) }
            if n >= 2 && n - 2 < expected.count {
                #expect(trimmed == Array(expected[expected.startIndex + n - 2]), "line \(n)")
            }
        }
        #expect(lines.last!.hasPrefix("total"))
    }

    /// Arabic spellings the normaliser folds and English names give the same rows.
    @Test(arguments: ["الرقه", "بالرقة", "محافظة الرقة", "Raqqa", "Ar-Raqqa", "ar raqqa", "Al-Raqqah", "RAQQA"])
    func placeSpellings(_ spelling: String) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let reference = try rows(db, ["--place", "الرقة"])
        #expect(!reference.isEmpty)
        #expect(try rows(db, ["--place", spelling]) == reference)
    }

    /// A governorate covers everything inside it: towns (الطبقة), places the gazetteer
    /// lacks (حارة البدو), and only those.
    @Test func placeIncludesWhatIsInside() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let places = try rows(db, ["--place", "الرقة", "--by", "place"]).map { $0.keys[0] }
        #expect(places.contains("حارة البدو"))
        #expect(places.contains("الطبقة"))
        let inRaqqa = try exported(db).filter { $0["governorate"] as? String == "الرقة" }
        #expect(total(try rows(db, ["--place", "الرقة"])).incidents == inRaqqa.count)
        #expect(try rows(db, ["--place", "الرقة", "--by", "region"]).map(\.keys) == [["الرقة"]])

        // A district covers its towns and local places, which the gazetteer attaches to
        // the governorate only (they carry the district's name, no district pcode).
        #expect(Set(try rows(db, ["--place", "الثورة", "--by", "place"]).map { $0.keys[0] }) == ["الطبقة", "عايد"])
        let maarat = try rows(db, ["--place", "Maarrat al-Numan", "--by", "place"]).map { $0.keys[0] }
        #expect(Set(maarat) == ["معرة النعمان", "كفر نبل"])
        #expect(Set(try rows(db, ["--place", "تدمر", "--by", "place"]).map { $0.keys[0] }) == ["بادية تدمر", "سد أبو كلة"])

        // A town: only itself.
        let tabqa = try rows(db, ["--place", "الطبقة", "--by", "place"])
        #expect(tabqa.map(\.keys) == [["الطبقة"]])
        #expect(try rows(db, ["--place", "Tabqa", "--by", "place"]) == tabqa)
        // A place outside the gazetteer, by its written name.
        #expect(try rows(db, ["--place", "حارة البدو", "--by", "place"]).map(\.keys) == [["حارة البدو"]])
    }

    @Test func unknownPlaceSuggests() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let typo = incidents(["query", "--db", db, "--place", "الرقا"])
        #expect(typo.status == 64)
        #expect(typo.out.isEmpty)
        #expect(typo.message == "unknown place 'الرقا'; did you mean 'الرقة'?")
        let english = incidents(["export", "--db", db, "--place", "Raqa"])
        #expect(english.status == 64)
        #expect(english.message.contains("unknown place 'Raqa'; did you mean"))
        #expect(english.message.contains("Raqqa"))
        let nothing = incidents(["query", "--db", db, "--place", "Atlantis"])
        #expect(nothing.status == 64)
        #expect(nothing.message.hasPrefix("unknown place 'Atlantis'"))
        #expect(!nothing.message.contains("\n") || nothing.message.split(separator: "\n").count == 1)
    }

    /// Every place the database holds answers to `--place` in Arabic and in English, with
    /// the same rows: hand-added places (زملكا, المزة, الغوطة الشرقية), a place learned from
    /// text («حي جوبر الدمشقي»), a town (تدمر) and governorates (places.jsonl).
    @Test(arguments: [
        (["زملكا", "بزملكا", "Zamalka"], ["زملكا"]),
        (["المزة", "Mezzeh"], ["المزة"]),
        (["الغوطة الشرقية", "Eastern Ghouta"], ["الغوطة الشرقية"]),
        // جوبر is a compiled place (mined from the corpus), learned before as «حي جوبر».
        (["جوبر", "حي جوبر", "Jobar"], ["جوبر"]),
        (["إدلب", "Idleb", "Idlib"], ["إدلب"]),
        (["ريف دمشق", "Rural Damascus", "Rif Dimashq"], ["زملكا", "الغوطة الشرقية"]),
        (["تدمر", "Palmyra"], ["تدمر"]),
    ])
    func everyPlaceTheDatabaseHolds(_ names: [String], _ places: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        #expect(incidents(["ingest", "--db", db, Fixtures.path("places.jsonl")]).status == 0)
        let reference = try rows(db, ["--place", names[0], "--by", "place"])
        let found = Set(reference.map { $0.keys[0] })
        #expect(found.isSuperset(of: places), "\(names[0]): \(found)")
        for name in names.dropFirst() {
            #expect(try rows(db, ["--place", name, "--by", "place"]) == reference, "\(name)")
        }
    }

    @Test func actorBySlugNameAndArabic() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let bySlug = try rows(db, ["--actor", "coalition", "--by", "actor"])
        #expect(bySlug.map(\.keys) == [["coalition"]])
        #expect(try rows(db, ["--actor", "التحالف الدولي", "--by", "actor"]) == bySlug)
        #expect(try rows(db, ["--actor", "COALITION", "--by", "actor"]) == bySlug)
        let regime = try rows(db, ["--actor", "قوات النظام", "--by", "region"])
        #expect(regime == (try rows(db, ["--actor", "regime", "--by", "region"])))
        #expect(!regime.isEmpty)
        // Several actors: the union.
        let both = total(try rows(db, ["--actor", "coalition", "--actor", "russia"]))
        #expect(both.incidents == total(bySlug).incidents + total(try rows(db, ["--actor", "russia"])).incidents)
    }

    @Test(arguments: [("coalitoin", "'coalition'"), ("regim", "'regime'"), ("قوات النضام", "'قوات النظام'"),
                      ("داعس", "'داعش'")])
    func unknownActorSuggests(_ name: String, _ suggestion: String) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["query", "--db", db, "--actor", name])
        #expect(r.status == 64)
        #expect(r.out.isEmpty)
        #expect(r.message.hasPrefix("unknown actor '\(name)'; did you mean"), "\(r.message)")
        #expect(r.message.contains(suggestion), "\(r.message)")
    }

    @Test func typeFilter() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let events = try exported(db)
        let battles = try rows(db, ["--type", "Battles", "--by", "type"])
        #expect(!battles.isEmpty)
        #expect(battles.allSatisfy { $0.keys[0].hasPrefix("Battles / ") })
        #expect(total(battles).incidents == events.filter { $0["event_type"] as? String == "Battles" }.count)
        // A sub event type, any case.
        let air = try rows(db, ["--type", "air/drone STRIKE", "--by", "type"])
        #expect(air.map(\.keys) == [["Explosions/Remote violence / Air/drone strike"]])
        #expect(air[0].incidents == events.filter { $0["sub_event_type"] as? String == "Air/drone strike" }.count)
        // The start of an event type.
        #expect(total(try rows(db, ["--type", "explosions"])).incidents
            == events.filter { $0["event_type"] as? String == "Explosions/Remote violence" }.count)
    }

    @Test func unknownTypeSuggests() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["query", "--db", db, "--type", "Battels"])
        #expect(r.status == 64)
        #expect(r.message.contains("unknown event type 'Battels'; did you mean 'Battles'?"), "\(r.message)")
        let airstrike = incidents(["query", "--db", db, "--type", "airstrike"])
        #expect(airstrike.status == 64)
        #expect(airstrike.message.contains("Air/drone strike"), "\(airstrike.message)")
    }

    @Test func dateRange() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        // events.jsonl: Tabqa 2017-06-09, Kafranbel 2017-07-04, Deir (undated) published 2017-07-02.
        #expect(try rows(db, ["--from", "2017-06-01", "--to", "2017-06-30", "--by", "place"]).map(\.keys) == [["الطبقة"]])
        let july = try rows(db, ["--from", "2017-07-01", "--to", "2017-07-31", "--by", "place"]).map { $0.keys[0] }
        #expect(Set(july) == ["كفر نبل", "حي الجورة"])
        // Both ends are inclusive.
        #expect(try rows(db, ["--from", "2017-06-09", "--to", "2017-06-09", "--by", "place"]).map(\.keys) == [["الطبقة"]])
        #expect(try rows(db, ["--from", "2017-06-10", "--to", "2017-06-30"]).isEmpty)
        let all = total(try rows(db, [])).incidents
        let before = total(try rows(db, ["--to", "2017-07-31"])).incidents
        let after = total(try rows(db, ["--from", "2017-08-01"])).incidents
        #expect(before + after == all)
        let months = try rows(db, ["--by", "month"]).map { $0.keys[0] }
        #expect(Set(months) == ["2017-06", "2017-07", "2017-08"])
    }

    /// Events count reports of one real-world event once; --reports counts every article's
    /// report. The two Tabqa articles are one event with the figures of the best report.
    @Test func eventsVersusReports() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let events = try rows(db, ["--place", "الطبقة", "--by", "place"])
        let reports = try rows(db, ["--place", "الطبقة", "--by", "place", "--reports"])
        #expect(events == [Row(keys: ["الطبقة"], incidents: 1, killed: 5, killedUnknown: 0, wounded: 10, woundedUnknown: 0)])
        #expect(reports == [Row(keys: ["الطبقة"], incidents: 2, killed: 12, killedUnknown: 0, wounded: 10, woundedUnknown: 0)])
        #expect(total(try rows(db, [])).incidents < total(try rows(db, ["--reports"])).incidents)
    }

    /// An event whose reports mention deaths without a number counts as unknown, like the
    /// report does (kafranbel-1 says nothing of casualties, kafranbel-2 «عدد من»).
    @Test func eventUnknownCountsFollowItsReports() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let events = try rows(db, ["--place", "كفرنبل", "--by", "place"])
        let reports = try rows(db, ["--place", "كفرنبل", "--by", "place", "--reports"])
        #expect(reports == [Row(keys: ["كفر نبل"], incidents: 2, killed: 0, killedUnknown: 1, wounded: 0, woundedUnknown: 1)])
        #expect(events == [Row(keys: ["كفر نبل"], incidents: 1, killed: 0, killedUnknown: 1, wounded: 0, woundedUnknown: 1)])
    }

    @Test func noMatchTableSaysSoOnStderr() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["query", "--db", db, "--from", "2030-01-01"])
        #expect(r.status == 0)
        #expect(r.out.isEmpty)
        #expect(r.err == "no incidents match\n")
    }

    /// `--by month` is a time series: months in order, each event at its event_date (the
    /// publication day when the text gives no day), and the table says how many rows are
    /// dated only to the week or month, or placed only by their governorate.
    @Test func monthsInOrderWithTheirPrecision() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let months = try rows(db, ["--by", "month"]).map { $0.keys[0] }
        #expect(!months.isEmpty && months == months.sorted())
        #expect(!months.contains("(undated)"))
        let table = incidents(["query", "--db", db, "--by", "month"])
        let note = try #require(table.outLines.last)
        #expect(note.hasPrefix("precision: ") && note.contains("dated by the publication day (week)"))
    }
}
