import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// `--place` over a governorate reads one indexed column when everything else it names
/// lies inside that governorate, with the same rows as the general condition.
@Suite struct PlaceFilterTests {
    func codes(_ store: IncidentStore, _ sql: String) throws -> [String] {
        try store.database.prepare(sql).map { $0.string(0) ?? "" }
    }

    @Test func governoratesThatEncloseTheOtherCodes() throws {
        let store = try IncidentStore(path: ":memory:")
        let q = IncidentQueries(store: store)
        let raqqaInside = try codes(store, "SELECT pcode FROM places WHERE governorate_pcode = 'SY11' AND level > 1 ORDER BY level, pcode LIMIT 3")
        let aleppoDistrict = try codes(store, "SELECT pcode FROM places WHERE governorate_pcode = 'SY02' AND level = 2 LIMIT 1")
        try #require(raqqaInside.count == 3 && aleppoDistrict.count == 1)

        #expect(q.enclosingGovernorates(["SY11"] + raqqaInside) == ["SY11"])
        #expect(q.enclosingGovernorates(["SY11", "SY02"] + raqqaInside + aleppoDistrict) == ["SY02", "SY11"])
        #expect(q.enclosingGovernorates(raqqaInside) == nil, "no governorate asked for")
        #expect(q.enclosingGovernorates(["SY11"] + aleppoDistrict) == nil, "a code outside it")
        #expect(q.enclosingGovernorates(["SY11", "NO:SUCH"]) == nil, "an unknown code")
        #expect(q.enclosingGovernorates([]) == nil)
    }

    @Test func bothConditionsSelectTheSameEvents() throws {
        let store = try IncidentStore(path: ":memory:")
        let town = try codes(store, "SELECT pcode FROM places WHERE governorate_pcode = 'SY11' AND level = 4 LIMIT 1")
        try #require(town.count == 1)
        let names = try store.database.prepare("SELECT name_ar FROM places WHERE pcode = ?")
            .map([.text(town[0])]) { $0.string(0) ?? "" }
        for (n, (place, governorate)) in [(names[0], "الرقة"), ("الرقة", "الرقة"), ("حلب", "حلب")].enumerated() {
            try store.ingest(
                Article(source: "a\(n)", text: "قتل خمسة مدنيين في غارة على \(place)", published: "2017-08-25"),
                incidents: [Sample.incident(place: place, governorate: governorate)])
        }
        #expect(try store.database.scalar("SELECT count(*) FROM events WHERE governorate_pcode = 'SY11'", as: Int.self) == 2)
        let q = IncidentQueries(store: store)
        var fast = IncidentFilter()
        fast.pcodes = ["SY11", town[0]]
        var general = IncidentFilter()
        general.pcodes = [town[0], "SY02"]  // not enclosed: the general condition
        let rows = try q.aggregate(fast, by: [.region])
        #expect(rows.map(\.incidents).reduce(0, +) == 2, "\(rows)")
        #expect(try q.aggregate(general, by: [.region]).map(\.incidents).reduce(0, +) == 2, "the town and Aleppo")
    }
}
