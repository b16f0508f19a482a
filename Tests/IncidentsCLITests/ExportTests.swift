import Foundation
import IncidentsCore
import Testing

@testable import IncidentsCLI

@Suite struct ExportTests {
    static let commonKeys = [
        "id", "article", "event_type", "sub_event_type", "actor", "actor_name", "actor2", "target",
        "place", "governorate", "district", "lat", "lon", "date", "date_text", "killed",
        "killed_qualifier", "wounded", "wounded_qualifier", "evidence", "evidence_start",
        "evidence_end",
    ]
    // `corrected` (1 when a reviewer corrected the row) comes last.
    static let mergeKeys = ["event_date", "time_precision", "geo_precision", "outlet", "url", "corrected"]
    static let reportKeys = commonKeys + mergeKeys
    static let eventKeys = commonKeys + ["killed_low", "killed_high", "wounded_low", "wounded_high", "reports"]
        + mergeKeys

    func export(_ db: String, _ args: [String]) throws -> (lines: [String], rows: [[String: Any]]) {
        let r = incidents(["export", "--db", db] + args)
        #expect(r.status == 0, "\(r.diagnostics)")
        #expect(r.err.isEmpty)
        let lines = r.outLines
        return (lines, try lines.map { try #require(try json($0) as? [String: Any], "\($0)") })
    }

    @Test(arguments: [false, true])
    func jsonLinesKeysInOrder(_ reports: Bool) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let (lines, rows) = try export(db, ["--format", "jsonl"] + (reports ? ["--reports"] : []))
        // 27 reports, 25 events: seed 000's UNICEF summary («تقارير حول مقتل ...», optional in
        // the gold) is a report's count, not an incident (ClauseFilters).
        #expect(rows.count == (reports ? 27 : 25))
        for line in lines {
            #expect(keyOrder(line) == (reports ? Self.reportKeys : Self.eventKeys), "\(line.prefix(80))")
        }
        // Ids ascend; types and actors are always there.
        let ids = rows.map { $0["id"] as? Int ?? -1 }
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        for row in rows {
            #expect((row["event_type"] as? String)?.isEmpty == false)
            #expect((row["actor"] as? String)?.isEmpty == false)
        }
    }

    /// Unknown is null, never 0: an article that mentions deaths without a number exports
    /// killed null with its qualifier; one that does not mention them, null and null.
    @Test func unknownIsNullNeverZero() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let (lines, rows) = try export(db, ["--reports"])
        #expect(!lines.contains { $0.contains("\"killed\": 0") })
        let digitsMissing = try #require(rows.first { $0["killed_qualifier"] as? String == "digits_missing" })
        #expect(digitsMissing["killed"] is NSNull)
        let vague = try #require(rows.first { ($0["killed_qualifier"] as? String)?.hasPrefix("vague:") == true })
        #expect(vague["killed"] is NSNull)
        #expect(rows.contains { $0["killed"] is NSNull && $0["killed_qualifier"] is NSNull })
        #expect(rows.contains { $0["date"] is NSNull })
        for row in rows {
            for key in ["killed", "wounded"] {
                #expect(row[key] is NSNull || (row[key] as? Int ?? -1) > 0, "\(key) = \(row[key] ?? "missing")")
            }
        }
    }

    /// evidence is the article text between evidence_start and evidence_end, counted in
    /// unicode scalars (as Python and SQLite's substr count).
    @Test(arguments: [false, true])
    func evidenceOffsets(_ reports: Bool) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let (_, rows) = try export(db, reports ? ["--reports"] : [])
        var texts: [String: [Unicode.Scalar]] = [:]
        for line in try Fixtures.text("events.jsonl").split(separator: "\n") {
            let a = try #require(try json(String(line)) as? [String: Any])
            texts[a["id"] as! String] = Array((a["text"] as! String).unicodeScalars)
        }
        for row in rows {
            let article = try #require(row["article"] as? String)
            let scalars = try texts[article] ?? Array(String(contentsOfFile: article, encoding: .utf8).unicodeScalars)
            let start = try #require(row["evidence_start"] as? Int)
            let end = try #require(row["evidence_end"] as? Int)
            try #require(0 <= start && start <= end && end <= scalars.count)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == row["evidence"] as? String, "\(article) [\(start), \(end))")
        }
    }

    /// An event carries the figures of its best report and the spread of all of them: the
    /// wounded figure and its qualifier come from the same report.
    @Test func eventFiguresAndQualifiers() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let (_, rows) = try export(db, ["--place", "الطبقة"])
        let tabqa = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(tabqa["reports"] as? Int == 2)
        #expect(tabqa["killed"] as? Int == 5)
        #expect(tabqa["killed_qualifier"] is NSNull)
        #expect(tabqa["killed_low"] as? Int == 5 && tabqa["killed_high"] as? Int == 7)
        #expect(tabqa["wounded"] as? Int == 10)
        #expect(tabqa["wounded_qualifier"] as? String == "at_least")

        let (_, kafranbel) = try export(db, ["--place", "كفرنبل"])
        let k = try #require(kafranbel.first)
        #expect(k["killed"] is NSNull)
        #expect(k["killed_qualifier"] as? String == "vague:عدد من")
        #expect(k["wounded_qualifier"] as? String == "unspecified")
    }

    @Test func csvFollowsACLED() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["export", "--db", db, "--format", "csv"])
        #expect(r.status == 0)
        let table = csvRows(r.out)
        let header = try #require(table.first)
        let acled = [
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp",
        ]
        #expect(Array(header.prefix(acled.count)) == acled)
        #expect(table.count == 26)
        let (_, rows) = try export(db, [])
        func col(_ row: [String], _ name: String) -> String { row[header.firstIndex(of: name)!] }
        for (fields, json) in zip(table.dropFirst(), rows) {
            #expect(fields.count == header.count)
            #expect(col(fields, "country") == "Syria")
            #expect(col(fields, "iso") == "760")
            #expect(col(fields, "notes") == json["evidence"] as? String)
            #expect(col(fields, "event_type") == json["event_type"] as? String)
            // fatalities: the number when there is one, ACLED's conventions otherwise.
            let fatalities = try #require(Int(col(fields, "fatalities")))
            switch (json["killed"] as? Int, json["killed_qualifier"] as? String) {
            case (let k?, _): #expect(fatalities == k)
            case (nil, "digits_missing"?), (nil, "vague:عدد من"?): #expect(fatalities == 3)
            case (nil, "vague:عشرات"?): #expect(fatalities == 12)
            case (nil, _): #expect(fatalities == 0)
            }
            #expect(col(fields, "killed") == (json["killed"] as? Int).map(String.init) ?? "")
            if let date = json["date"] as? String {
                #expect(col(fields, "event_date") == date)
                #expect(col(fields, "time_precision") == "1")
                #expect(col(fields, "year") == String(date.prefix(4)))
            } else {
                // No day in the text: the publication day stands for it, to the week.
                #expect(col(fields, "event_date") == Fixtures.seedsPublished || col(fields, "event_date").count == 10)
                #expect(col(fields, "time_precision") == "2")
            }
            #expect(col(fields, "event_date") == json["event_date"] as? String)
            #expect(col(fields, "geo_precision") == (json["geo_precision"] as? Int).map(String.init))
            #expect(["", "Civilian targeting"].contains(col(fields, "civilian_targeting")))
            #expect(Int(col(fields, "timestamp")) ?? 0 > 1_700_000_000)
            #expect(!col(fields, "admin1").contains { $0.unicodeScalars.first!.value >= 0x600 })
        }
    }

    /// geo_precision per ACLED: 1 a town's own coordinates, 2 an area smaller than a
    /// governorate (a subdistrict, a named region, a place the gazetteer lacks), 3 the
    /// governorate only, decided by the kind of place and not by its name (الرقة is a town
    /// and a governorate). The English columns hold ACLED's spellings, the Arabic ours.
    @Test func csvGeoPrecision() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let table = csvRows(incidents(["export", "--db", db, "--format", "csv", "--reports"]).out)
        let header = try #require(table.first)
        func col(_ row: [String], _ name: String) -> String { row[header.firstIndex(of: name)!] }
        func rows(of place: String, governorate: String) -> [[String]] {
            table.dropFirst().filter { col($0, "location_ar") == place && col($0, "admin1_ar") == governorate }
        }
        func precision(of place: String, governorate: String) -> [String] {
            rows(of: place, governorate: governorate).map { col($0, "geo_precision") }
        }
        // The town of الرقة (seed 000).
        let raqqa = precision(of: "الرقة", governorate: "الرقة")
        #expect(raqqa.contains("1"), "\(raqqa)")
        #expect(rows(of: "الرقة", governorate: "الرقة").allSatisfy { col($0, "admin1") == "Ar-Raqqa" })
        #expect(precision(of: "الطبقة", governorate: "الرقة").allSatisfy { $0 == "1" })
        #expect(precision(of: "إدلب", governorate: "إدلب") == ["3"])
        #expect(rows(of: "إدلب", governorate: "إدلب").map { col($0, "location") } == ["Idleb"])
        #expect(precision(of: "مركدة", governorate: "الحسكة") == ["2"])  // a subdistrict
        #expect(precision(of: "ريف الرقة الشمالي", governorate: "الرقة") == ["2"])  // a named region
        #expect(rows(of: "ريف الرقة الشمالي", governorate: "الرقة").map { col($0, "location") }
            == ["Northern Raqqa countryside"])
        // Outside the gazetteer: a neighbourhood the text names, drawn at the unit it lies in.
        #expect(precision(of: "حارة البدو", governorate: "الرقة") == ["2"])
        #expect(rows(of: "حارة البدو", governorate: "الرقة").map { col($0, "location") } == ["Hara Al-Bdou"])
    }

    @Test func geoJSON() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let r = incidents(["export", "--db", db, "--format", "geojson"])
        #expect(r.status == 0)
        let root = try #require(try json(r.out) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        let features = try #require(root["features"] as? [[String: Any]])
        #expect(features.count == 25)
        var points = 0
        for f in features {
            #expect(f["type"] as? String == "Feature")
            let props = try #require(f["properties"] as? [String: Any])
            #expect(Set(props.keys) == Set(Self.eventKeys))
            if let lat = props["lat"] as? Double, let lon = props["lon"] as? Double {
                let geometry = try #require(f["geometry"] as? [String: Any])
                #expect(geometry["type"] as? String == "Point")
                let coordinates = try #require(geometry["coordinates"] as? [Double])
                #expect(coordinates == [lon, lat])
                #expect((32...38).contains(lat) && (35...43).contains(lon), "not in Syria: \(lat), \(lon)")
                points += 1
            } else {
                #expect(f["geometry"] is NSNull)
            }
        }
        #expect(points > 0)

        // No match: still a valid, empty collection.
        let none = incidents(["export", "--db", db, "--format", "geojson", "--from", "2030-01-01"])
        let empty = try #require(try json(none.out) as? [String: Any])
        #expect((empty["features"] as? [Any])?.isEmpty == true)
    }

    @Test func filtersApplyToExport() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let (_, raqqa) = try export(db, ["--place", "Raqqa"])
        #expect(!raqqa.isEmpty && raqqa.allSatisfy { $0["governorate"] as? String == "الرقة" })
        let (_, coalition) = try export(db, ["--actor", "coalition", "--type", "Air/drone strike"])
        #expect(!coalition.isEmpty)
        #expect(coalition.allSatisfy { $0["actor"] as? String == "coalition" && $0["sub_event_type"] as? String == "Air/drone strike" })
        // An actor's incidents and the battles it fought on the other side (actor2).
        let isis = csvRows(incidents(["export", "--db", db, "--format", "csv", "--actor", "داعش"]).out)
        let h = try #require(isis.first)
        let sides = isis.dropFirst().map { ($0[h.firstIndex(of: "actor1")!], $0[h.firstIndex(of: "actor2")!]) }
        #expect(sides.contains { $0.0 == "Islamic State (Syria)" })
        #expect(sides.contains { $0.1 == "Islamic State (Syria)" && $0.0 != "Islamic State (Syria)" })
        #expect(sides.allSatisfy { $0.0 == "Islamic State (Syria)" || $0.1 == "Islamic State (Syria)" })

        let (_, june) = try export(db, ["--from", "2017-06-01", "--to", "2017-06-30"])
        #expect(june.map { $0["date"] as? String } == ["2017-06-09"])
    }
}
