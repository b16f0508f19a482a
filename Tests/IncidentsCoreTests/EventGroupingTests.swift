import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// Reports of one real-world event in several articles become one event; different events
/// stay apart (EventGrouper's rule).
@Suite struct EventGroupingTests {
    static func article(_ source: String, outlet: String, published: String?, text: String = "نص") -> Article {
        Article(source: source, text: text + " " + source, title: nil, outlet: outlet, published: published)
    }

    static func strike(
        killed: Int?, qualifier: Casualty.Qualifier? = nil, date: String? = "2017-08-24",
        place: String? = "حارة البدو", governorate: String? = "الرقة", actor: String = "coalition",
        type: (String, String) = ("Explosions/Remote violence", "Air/drone strike")
    ) -> ExtractedIncident {
        ExtractedIncident(
            eventType: type.0, subEventType: type.1, actor: actor, target: "civilians",
            place: place, governorate: governorate, dateText: "ظهر الخميس", date: date,
            killed: Casualty(value: killed, qualifier: qualifier), evidence: "قتل مدنيون",
            evidenceStart: 0, evidenceEnd: 9)
    }

    func events(_ store: IncidentStore) throws -> [(count: Int, low: Int?, high: Int?, best: Int?)] {
        try store.database.prepare(
            "SELECT report_count, killed_low, killed_high, killed_best FROM events ORDER BY id"
        ).map { r in
            (r.int(0), r.isNull(1) ? nil : r.int(1), r.isNull(2) ? nil : r.int(2), r.isNull(3) ? nil : r.int(3))
        }
    }

    @Test func sameStrikeFromTwoOutletsIsOneEventWithItsRange() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-25"), incidents: [Self.strike(killed: 35)])
        try store.ingest(Self.article("b", outlet: "B", published: "2017-08-25"), incidents: [Self.strike(killed: 27)])
        let e = try events(store)
        #expect(e.count == 1)
        #expect(e.first?.count == 2)
        #expect(e.first?.low == 27)
        #expect(e.first?.high == 35)
        // Same day, same precision: the lowest of the tied figures.
        #expect(e.first?.best == 27)
        #expect(try store.database.scalar("SELECT outlet_count FROM events", as: Int.self) == 2)
    }

    @Test func samePlaceOnConsecutiveDaysIsTwoEvents() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-25"), incidents: [Self.strike(killed: 5, date: "2017-08-24")])
        try store.ingest(Self.article("b", outlet: "B", published: "2017-08-26"), incidents: [Self.strike(killed: 4, date: "2017-08-25")])
        #expect(try events(store).count == 2)
    }

    @Test func updatedTollNextDayJoinsAndTheUpdateIsBest() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-24"), incidents: [Self.strike(killed: 12)])
        // The next day the same outlet raises the toll of the same day's strike.
        try store.ingest(Self.article("a2", outlet: "A", published: "2017-08-25"), incidents: [Self.strike(killed: 20)])
        let e = try events(store)
        #expect(e.count == 1)
        #expect(e.first?.best == 20)
        #expect(e.first?.low == 12)
        #expect(e.first?.high == 20)
    }

    @Test func anExactFigureBeatsALowerBound() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-25"), incidents: [Self.strike(killed: 40, qualifier: .atLeast)])
        try store.ingest(Self.article("b", outlet: "B", published: "2017-08-24"), incidents: [Self.strike(killed: 31)])
        #expect(try events(store).first?.best == 31)
    }

    @Test func sameTownNameInDifferentGovernoratesIsTwoEvents() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-25"),
                         incidents: [Self.strike(killed: 3, place: "الحميدية", governorate: "دير الزور")])
        try store.ingest(Self.article("b", outlet: "B", published: "2017-08-25"),
                         incidents: [Self.strike(killed: 3, place: "الحميدية", governorate: "حمص")])
        #expect(try events(store).count == 2)
    }

    @Test func differentActorsOrTypesAreDifferentEvents() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-25"), incidents: [Self.strike(killed: 3)])
        try store.ingest(Self.article("b", outlet: "B", published: "2017-08-25"), incidents: [Self.strike(killed: 3, actor: "russia")])
        try store.ingest(Self.article("c", outlet: "C", published: "2017-08-25"),
                         incidents: [Self.strike(killed: 3, type: ("Explosions/Remote violence", "Shelling/artillery/missile attack"))])
        // The shelling report is the same event type (Explosions/Remote violence) by the
        // same actor at the same place and day: it joins the coalition strike; the Russian
        // strike stays apart.
        #expect(try events(store).count == 2)
        try store.ingest(Self.article("d", outlet: "D", published: "2017-08-25"),
                         incidents: [Self.strike(killed: 3, type: ("Battles", "Armed clash"))])
        #expect(try events(store).count == 3)
    }

    /// Hundreds killed by one actor in one governorate within a day are one attack, whatever
    /// kind of act each article calls it and whichever day it counts; a toll far apart, or
    /// another actor's, is another event.
    @Test func oneMassacreToldAsDifferentActs() throws {
        let store = try IncidentStore(path: ":memory:")
        let assault = ("Battles", "Armed clash"), bombs = ("Explosions/Remote violence", "Suicide bomb")
        let abductions = ("Violence against civilians", "Abduction/forced disappearance")
        func attack(_ killed: Int, _ type: (String, String), date: String? = "2018-07-25", actor: String = "isis") -> ExtractedIncident {
            Self.strike(killed: killed, date: date, place: "السويداء", governorate: "السويداء", actor: actor, type: type)
        }
        try store.ingest(Self.article("a", outlet: "A", published: "2018-07-26"), incidents: [attack(250, assault)])
        try store.ingest(Self.article("b", outlet: "B", published: "2018-07-26"), incidents: [attack(265, bombs)])
        try store.ingest(Self.article("c", outlet: "C", published: "2018-07-27"), incidents: [attack(220, abductions, date: "2018-07-26")])
        // Two days later, under half the toll, or another actor: apart.
        try store.ingest(Self.article("d", outlet: "D", published: "2018-07-28"), incidents: [attack(250, bombs, date: "2018-07-27")])
        try store.ingest(Self.article("e", outlet: "E", published: "2018-07-26"), incidents: [attack(105, bombs)])
        try store.ingest(Self.article("f", outlet: "F", published: "2018-07-26"), incidents: [attack(250, bombs, actor: "regime")])
        #expect(try events(store).count == 4)
        // Under a hundred dead, kinds of act stay apart as before.
        try store.ingest(Self.article("g", outlet: "G", published: "2018-07-26"), incidents: [attack(40, assault, date: "2018-07-20")])
        try store.ingest(Self.article("h", outlet: "H", published: "2018-07-26"), incidents: [attack(40, bombs, date: "2018-07-20")])
        #expect(try events(store).count == 6)
    }

    /// One attack counted 100 by one side and 200 by a later report: one event when the same
    /// named actor did it the same day; not with an unknown actor or another day.
    @Test func oneMassacreCountedTwiceAsMuch() throws {
        let store = try IncidentStore(path: ":memory:")
        func strikes(_ killed: Int, date: String = "2018-02-07", actor: String = "usa") -> ExtractedIncident {
            Self.strike(killed: killed, date: date, place: "خشام", governorate: "دير الزور", actor: actor)
        }
        try store.ingest(Self.article("a", outlet: "A", published: "2018-02-08"), incidents: [strikes(100)])
        try store.ingest(Self.article("b", outlet: "B", published: "2018-02-15"), incidents: [strikes(200)])
        #expect(try events(store).count == 1)
        try store.ingest(Self.article("c", outlet: "C", published: "2018-02-15"), incidents: [strikes(190, date: "2018-02-09")])
        try store.ingest(Self.article("d", outlet: "D", published: "2018-02-08"),
                         incidents: [Self.strike(killed: 120, date: "2018-02-07", place: "الميادين", governorate: "دير الزور", actor: "unknown")])
        #expect(try events(store).count == 3)
    }

    /// A first report with no day of its own stands at its publication day: a report days
    /// later that dates the attack the day before joins it.
    @Test func anUndatedMassacreReportStandsAtItsPublicationDay() throws {
        let store = try IncidentStore(path: ":memory:")
        let gas = ("Explosions/Remote violence", "Chemical weapon")
        try store.ingest(Self.article("a", outlet: "A", published: "2018-04-08"),
                         incidents: [Self.strike(killed: 150, date: nil, place: "دوما", governorate: "ريف دمشق", actor: "unknown", type: gas)])
        try store.ingest(Self.article("b", outlet: "B", published: "2018-04-11"),
                         incidents: [Self.strike(killed: 150, date: "2018-04-07", place: "دوما", governorate: "ريف دمشق", actor: "unknown", type: gas)])
        #expect(try events(store).count == 1)
        // Three months later, retold: another event by this rule.
        try store.ingest(Self.article("c", outlet: "C", published: "2018-07-06"),
                         incidents: [Self.strike(killed: 150, date: nil, place: "دوما", governorate: "ريف دمشق", actor: "unknown", type: gas)])
        #expect(try events(store).count == 2)
    }

    @Test func unknownDatesGroupOnlyOnTheExactPlaceWithinTwoDaysOfPublication() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-25"), incidents: [Self.strike(killed: 3, date: nil)])
        try store.ingest(Self.article("b", outlet: "B", published: "2017-08-26"), incidents: [Self.strike(killed: 4, date: nil)])
        #expect(try events(store).count == 1)
        // Published four days later: another event.
        try store.ingest(Self.article("c", outlet: "C", published: "2017-08-29"), incidents: [Self.strike(killed: 4, date: nil)])
        #expect(try events(store).count == 2)
        // Same window, another place of the governorate: another event.
        try store.ingest(Self.article("d", outlet: "D", published: "2017-08-25"),
                         incidents: [Self.strike(killed: 4, date: nil, place: "الطبقة")])
        #expect(try events(store).count == 3)
    }

    @Test func noGovernorateNoGrouping() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-25"), incidents: [Self.strike(killed: 3, place: nil, governorate: nil)])
        try store.ingest(Self.article("b", outlet: "B", published: "2017-08-25"), incidents: [Self.strike(killed: 3, place: nil, governorate: nil)])
        #expect(try events(store).count == 2)
    }

    @Test func reingestIsIdempotentAndAnUpdateRecomputesTheEvent() throws {
        let store = try IncidentStore(path: ":memory:")
        let a = Self.article("a", outlet: "A", published: "2017-08-25")
        try store.ingest(a, incidents: [Self.strike(killed: 10)])
        try store.ingest(Self.article("b", outlet: "B", published: "2017-08-25"), incidents: [Self.strike(killed: 14)])
        let before = try store.rowCounts()
        #expect(try store.ingest(a, incidents: [Self.strike(killed: 10)]) == .unchanged)
        #expect(try store.rowCounts() == before)
        // Article a is corrected: its report now says 16.
        var changed = a
        changed.text += " تحديث"
        #expect(try store.ingest(changed, incidents: [Self.strike(killed: 16)]) == .updated)
        let e = try events(store)
        #expect(e.count == 1)
        #expect(e.first?.count == 2)
        #expect(e.first?.low == 14)
        #expect(e.first?.high == 16)
        // Article a now reports nothing: the event keeps b's report only.
        changed.text += " مرة أخرى"
        try store.ingest(changed, incidents: [])
        #expect(try events(store).map(\.count) == [1])
        #expect(try events(store).first?.best == 14)
    }

    @Test func twoReportsOfOneArticleStayTwoEvents() throws {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(Self.article("a", outlet: "A", published: "2017-08-25"),
                         incidents: [Self.strike(killed: 3), Self.strike(killed: 5)])
        #expect(try events(store).count == 2)
    }
}
