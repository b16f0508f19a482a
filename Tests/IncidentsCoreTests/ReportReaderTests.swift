import Foundation
import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// A small store whose report figures are known by hand (sentences written for the test).
enum ReportFixture {
    static func incident(
        actor: String, place: String?, pcode: String? = nil, governorate: String?,
        governoratePcode: String? = nil, date: String?, killed: Casualty, wounded: Casualty = .none,
        type: (String, String) = ("Explosions/Remote violence", "Air/drone strike"),
        evidence: String
    ) -> ExtractedIncident {
        ExtractedIncident(
            eventType: type.0, subEventType: type.1, actor: actor, target: "civilians",
            place: place, pcode: pcode, governorate: governorate, governoratePcode: governoratePcode,
            dateText: date == nil ? nil : "أمس", date: date, killed: killed, wounded: wounded,
            evidence: evidence, evidenceStart: 0, evidenceEnd: evidence.unicodeScalars.count)
    }

    /// Four articles, four events:
    /// 1. 2019-05-02 russia, أريحا (Idlib): 3 killed; link https with & in it.
    /// 2. undated (published 2019-06-10), regime, the governorate of Deir ez-Zor only:
    ///    «عشرات» killed (unknown).
    /// 3. 2019-06-10 isis, دير الزور city: at least 12 killed, 5 wounded; javascript: URL,
    ///    evidence and outlet holding markup and quotes.
    /// 4. 2019-09-01 coalition, الرقة city: 0 killed (said so); no URL.
    static func store() throws -> IncidentStore {
        let store = try IncidentStore(path: ":memory:")
        try store.ingest(
            Article(source: "a", text: "نص أ", title: "قصف <أريحا>", outlet: "عنب بلدي",
                    published: "2019-05-02", url: "https://example.org/a?x=1&y=2"),
            incidents: [incident(actor: "russia", place: "أريحا", governorate: "إدلب", date: "2019-05-02",
                                 killed: Casualty(value: 3), evidence: "قُتل ثلاثة مدنيين بقصف على أريحا")])
        try store.ingest(
            Article(source: "b", text: "نص ب", outlet: "وكالة \"ب\"", published: "2019-06-10"),
            incidents: [incident(actor: "regime", place: "دير الزور", pcode: "SY09", governorate: "دير الزور",
                                 governoratePcode: "SY09", date: nil, killed: Casualty(qualifier: .vague("عشرات")),
                                 type: ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                                 evidence: "قُتل عشرات في ريف دير الزور")])
        try store.ingest(
            Article(source: "c", text: "نص ج", title: "هجوم", outlet: "مصدر \"ج\"", published: "2019-06-11",
                    url: "javascript:alert(1)"),
            incidents: [incident(actor: "isis", place: "دير الزور", governorate: "دير الزور", date: "2019-06-10",
                                 killed: Casualty(value: 12, qualifier: .atLeast), wounded: Casualty(value: 5),
                                 type: ("Battles", "Armed clash"), evidence: "قُتل 12 على الأقل & جُرح خمسة <script>alert(1)</script>")])
        try store.ingest(
            Article(source: "d", text: "نص د", published: "2019-09-01"),
            incidents: [incident(actor: "coalition", place: "الرقة", governorate: "الرقة", date: "2019-09-01",
                                 killed: Casualty(value: 0), evidence: "لم يُقتل أحد في الغارة على الرقة")])
        return store
    }
}

@Suite struct ReportReaderTests {
    @Test func headerCountsWhatStandsBehindThePage() throws {
        let data = try ReportReader(store: ReportFixture.store()).read(
            IncidentFilter(), filters: [("--from", "2019-01-01")], database: "x.db")
        let h = data.header
        #expect(h.units == 4)
        #expect(h.articles == 4)
        #expect(h.reports == 4)
        #expect(h.approximate == 1)
        #expect(h.governorateOnly == 1)
        #expect(h.undated == 0)
        #expect(h.unlocated == 0)
        #expect(h.firstDay == "2019-05-02")
        #expect(h.lastDay == "2019-09-01")
        #expect(h.database == "x.db")
        #expect(h.filters.map(\.0) == ["--from"])
    }

    @Test func governoratesAddKnownFiguresAndCountUnnumberedApart() throws {
        let data = try ReportReader(store: ReportFixture.store()).read(IncidentFilter())
        #expect(data.governorates["SY07"] == .init(units: 1, killed: 3))
        // Deir ez-Zor: 12 known; «عشرات» is unknown, not zero, and not added.
        #expect(data.governorates["SY09"] == .init(units: 2, killed: 12, killedUnnumbered: 1, wounded: 5))
        // Raqqa: «nobody was killed» is a known zero.
        #expect(data.governorates["SY11"] == .init(units: 1, killed: 0))
    }

    @Test func monthsRunFromFirstToLastWithEmptyOnesAndTheirApproximateShare() throws {
        let data = try ReportReader(store: ReportFixture.store()).read(IncidentFilter())
        #expect(data.months.map(\.month) == ["2019-05", "2019-06", "2019-07", "2019-08", "2019-09"])
        let june = try #require(data.months.first { $0.month == "2019-06" })
        #expect(june.units == ["regime": 1, "isis": 1])
        #expect(june.killed == ["isis": 12])
        #expect(june.approximate == 1)
        #expect(data.months[2].total == 0)
    }

    @Test(arguments: [
        (["2019-01", "2019-03"], ["2019-01", "2019-02", "2019-03"]),
        (["2018-11", "2019-02"], ["2018-11", "2018-12", "2019-01", "2019-02"]),
        (["2019-04"], ["2019-04"]),
        ([], []),
    ])
    func allMonthsFillsTheGaps(months: [String], expected: [String]) {
        let given = Dictionary(uniqueKeysWithValues: months.map { ($0, ReportData.Month(month: $0)) })
        #expect(ReportReader.allMonths(given).map(\.month) == expected)
    }

    @Test func pointsKeepPrecisionAndActorApart() throws {
        let data = try ReportReader(store: ReportFixture.store()).read(IncidentFilter())
        #expect(data.points.count == 4)
        let governorateOnly = data.points.filter(\.governorateOnly)
        #expect(governorateOnly.map(\.actor) == ["regime"])
        #expect(governorateOnly.first?.tally.killedUnnumbered == 1)
        // Largest first.
        #expect(data.points.first?.actor == "isis")
    }

    @Test func deadliestAreTheLargestKnownTollsWithTheirArticles() throws {
        let data = try ReportReader(store: ReportFixture.store()).read(IncidentFilter())
        // «عشرات» has no number: not ranked. The known zero is a number.
        #expect(data.deadliest.map(\.killed) == [12, 3, 0])
        let top = try #require(data.deadliest.first)
        #expect(top.actor == "isis")
        #expect(top.killedQualifier == "at_least")
        #expect(top.killedLow == 12 && top.killedHigh == 12)
        #expect(top.outlet == "مصدر \"ج\"")
        #expect(top.reportCount == 1)
        #expect(data.deadliest[1].url == "https://example.org/a?x=1&y=2")
    }

    @Test func totalsAreQuerysTotals() throws {
        let store = try ReportFixture.store()
        let data = try ReportReader(store: store).read(IncidentFilter())
        let queries = IncidentQueries(store: store)
        #expect(data.actors == (try queries.aggregate(IncidentFilter(), by: [.actor])))
        #expect(data.types == (try queries.aggregate(IncidentFilter(), by: [.type])))
        let regime = try #require(data.actors.first { $0.keys == ["regime"] })
        #expect(regime.killedUnknown == 1)
    }

    @Test func filtersMeanWhatTheyMeanForQuery() throws {
        let store = try ReportFixture.store()
        var f = IncidentFilter()
        f.from = "2019-06-01"
        f.to = "2019-06-30"
        let june = try ReportReader(store: store).read(f)
        #expect(june.header.units == 2)
        #expect(june.months.map(\.month) == ["2019-06"])
        var place = IncidentFilter()
        place.pcodes = ["SY07"]
        let idlib = try ReportReader(store: store).read(place)
        #expect(idlib.header.units == 1)
        #expect(idlib.header.articles == 1)
        #expect(idlib.governorates.keys.sorted() == ["SY07"])
    }

    @Test func reportsModeCountsEveryArticlesReport() throws {
        let store = try ReportFixture.store()
        // A second article reporting the Idlib strike joins its event.
        try store.ingest(
            Article(source: "a2", text: "نص أ٢", outlet: "آخر", published: "2019-05-02"),
            incidents: [ReportFixture.incident(actor: "russia", place: "أريحا", governorate: "إدلب",
                                               date: "2019-05-02", killed: Casualty(value: 4), evidence: "قتل أربعة")])
        let events = try ReportReader(store: store).read(IncidentFilter())
        #expect(events.header.units == 4)
        #expect(events.header.reports == 5)
        #expect(events.header.articles == 5)
        var f = IncidentFilter()
        f.reports = true
        let reports = try ReportReader(store: store).read(f)
        #expect(reports.header.units == 5)
        #expect(reports.header.reports == 5)
    }
}
