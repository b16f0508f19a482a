import Testing

@testable import IncidentsCore

/// The grouping rule (EventMatch.mayJoin): may a report be one more account of an event?
@Suite struct EventMatchTests {
    /// A coalition air strike on a town of al-Raqqa on 24 August 2017, published the next day.
    static let base = EventMatch.Side(
        eventType: "Explosions/Remote violence", actor: "coalition", actor2: nil,
        place: "الطبقة", pcode: "GN:1", placeLevel: 4, governoratePcode: "SY11",
        districtPcode: "SY1102", date: "2017-08-24", published: "2017-08-25")

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var report: EventMatch.Side
        var event: EventMatch.Side
        var joins: Bool
        var testDescription: String { name }
    }

    static func with(_ change: (inout EventMatch.Side) -> Void) -> EventMatch.Side {
        var s = base
        change(&s)
        return s
    }

    static let cases: [Case] = [
        Case(name: "the same report twice", report: base, event: base, joins: true),
        Case(name: "another event type", report: with { $0.eventType = "Battles" }, event: base, joins: false),
        Case(name: "another actor", report: with { $0.actor = "russia" }, event: base, joins: false),
        Case(name: "the report's actor is one side of the event's clash",
             report: with { $0.actor = "sdf" }, event: with { $0.actor2 = "sdf" }, joins: true),
        Case(name: "the event's actor is the report's other side",
             report: with { $0.actor = "sdf"; $0.actor2 = "coalition" }, event: base, joins: true),
        Case(name: "an unknown actor on either side", report: with { $0.actor = "unknown" }, event: base, joins: true),
        Case(name: "another governorate", report: with { $0.governoratePcode = "SY07" }, event: base, joins: false),
        Case(name: "no governorate, no grouping",
             report: with { $0.governoratePcode = nil }, event: with { $0.governoratePcode = nil }, joins: false),
        Case(name: "consecutive days", report: with { $0.date = "2017-08-25" }, event: base, joins: false),
        Case(name: "another town of the governorate",
             report: with { $0.place = "المنصورة"; $0.pcode = "GN:2" }, event: base, joins: false),
        Case(name: "same name, no code", report: with { $0.pcode = nil; $0.placeLevel = 5 }, event: base, joins: true),
        Case(name: "the event is only the governorate",
             report: base, event: with { $0.place = "الرقة"; $0.pcode = "SY11"; $0.placeLevel = 1 }, joins: true),
        Case(name: "the report is only the district holding the event's town",
             report: with { $0.place = "الثورة"; $0.pcode = "SY1102"; $0.placeLevel = 2 }, event: base, joins: true),
        Case(name: "a district that does not hold the town",
             report: with { $0.place = "تل أبيض"; $0.pcode = "SY1103"; $0.placeLevel = 2 }, event: base, joins: false),
        Case(name: "a subdistrict holds nothing by this rule",
             report: with { $0.place = "ناحية"; $0.pcode = "SY110200"; $0.placeLevel = 3; $0.districtPcode = "SY1102" },
             event: base, joins: false),
        Case(name: "the report names no place", report: with { $0.place = nil; $0.pcode = nil; $0.placeLevel = 0 },
             event: base, joins: true),
        Case(name: "unknown day, same place, published within two days",
             report: with { $0.date = nil; $0.published = "2017-08-27" }, event: base, joins: true),
        Case(name: "unknown day, published three days apart",
             report: with { $0.date = nil; $0.published = "2017-08-28" }, event: base, joins: false),
        Case(name: "unknown day of the event, not the same place",
             report: with { $0.place = nil; $0.pcode = nil; $0.placeLevel = 0 },
             event: with { $0.date = nil }, joins: false),
        Case(name: "unknown day, the actor unknown",
             report: with { $0.date = nil; $0.actor = "unknown" }, event: with { $0.actor = "unknown" }, joins: false),
        Case(name: "unknown day, the report is the other side only",
             report: with { $0.date = nil; $0.actor = "sdf"; $0.actor2 = "coalition" }, event: base, joins: false),
        Case(name: "unknown day, no publication day",
             report: with { $0.date = nil; $0.published = nil }, event: base, joins: false),
    ]

    @Test(arguments: cases) func mayJoin(_ c: Case) {
        #expect(EventMatch.mayJoin(c.report, event: c.event) == c.joins)
    }

    @Test(arguments: [
        (nil, nil, 0), (nil, "حارة البدو", 5), ("LOC:1a2b", "حارة البدو", 5), ("GN:163345", "الطبقة", 4),
        ("SY11", "الرقة", 1), ("SY1102", "الثورة", 2), ("SY110200", "ناحية", 3), ("HAND:mezzeh", "المزة", 4),
    ] as [(String?, String?, Int)])
    func placeLevel(_ pcode: String?, _ place: String?, _ level: Int) {
        #expect(EventMatch.placeLevel(pcode: pcode, place: place) == level)
    }
}
