import Testing

@testable import IncidentsCore

/// The best-figure rule (BestFigure): which of several reports' figures an event keeps.
@Suite struct BestFigureTests {
    /// One report: its figure, its qualifier code, its publication day.
    typealias Report = (value: Int?, qualifier: String?, published: String?)

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var reports: [Report]
        var best: Int?
        var low: Int?
        var high: Int?
        var qualifier: String?
        /// Index of the report that gives `best` (the event's lead), nil when none does.
        var lead: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "one exact figure", reports: [(5, nil, "2020-01-01")],
             best: 5, low: 5, high: 5, qualifier: nil, lead: 0),
        Case(name: "exact beats a lower bound published later",
             reports: [(40, "at_least", "2020-01-03"), (31, nil, "2020-01-01")],
             best: 31, low: 31, high: 40, qualifier: nil, lead: 1),
        Case(name: "a lower bound beats an approximation",
             reports: [(50, "about", "2020-01-03"), (45, "more_than", "2020-01-01")],
             best: 45, low: 45, high: 50, qualifier: "more_than", lead: 1),
        Case(name: "equally precise: the most recent article wins",
             reports: [(12, nil, "2020-01-01"), (20, nil, "2020-01-02"), (15, nil, "2020-01-01")],
             best: 20, low: 12, high: 20, qualifier: nil, lead: 1),
        Case(name: "equally precise and recent: the lowest, not the median",
             reports: [(35, nil, "2020-01-01"), (27, nil, "2020-01-01"), (30, nil, "2020-01-01")],
             best: 27, low: 27, high: 35, qualifier: nil, lead: 1),
        Case(name: "equal figures: the first report keeps it",
             reports: [(8, "at_least", "2020-01-01"), (8, "more_than", "2020-01-01")],
             best: 8, low: 8, high: 8, qualifier: "at_least", lead: 0),
        Case(name: "an undated article counts as the oldest",
             reports: [(9, nil, nil), (7, nil, "2020-01-01")],
             best: 7, low: 7, high: 9, qualifier: nil, lead: 1),
        Case(name: "vague words and missing digits never count",
             reports: [(nil, "vague:عشرات", "2020-01-02"), (3, "about", "2020-01-01"), (nil, "digits_missing", "2020-01-03")],
             best: 3, low: 3, high: 3, qualifier: "about", lead: 1),
        Case(name: "a number under a vague qualifier is no figure either",
             reports: [(100, "vague:مئات", "2020-01-01")],
             best: nil, low: nil, high: nil, qualifier: "vague:مئات", lead: nil),
        Case(name: "no figure: the first telling qualifier over unspecified",
             reports: [(nil, "unspecified", nil), (nil, "vague:عدد من", nil), (nil, "digits_missing", nil)],
             best: nil, low: nil, high: nil, qualifier: "vague:عدد من", lead: nil),
        Case(name: "no figure, only bare mentions",
             reports: [(nil, "unspecified", nil), (nil, nil, nil)],
             best: nil, low: nil, high: nil, qualifier: "unspecified", lead: nil),
        Case(name: "nothing said", reports: [(nil, nil, "2020-01-01")],
             best: nil, low: nil, high: nil, qualifier: nil, lead: nil),
        Case(name: "a figure replaces the reason for having none",
             reports: [(nil, "vague:عشرات", nil), (4, nil, nil), (nil, "unspecified", nil)],
             best: 4, low: 4, high: 4, qualifier: nil, lead: 1),
    ]

    @Test(arguments: cases) func foldKeepsTheBestFigure(_ c: Case) {
        var f = BestFigure()
        var lead: Int?
        for (i, r) in c.reports.enumerated() where f.add(r.value, qualifier: r.qualifier, published: r.published) {
            lead = i
        }
        #expect(f.best == c.best)
        #expect(f.low == c.low)
        #expect(f.high == c.high)
        #expect(f.qualifier == c.qualifier)
        #expect(lead == c.lead)
        // The rank stored is the best report's.
        let expectedRank = c.lead.map { BestFigure.rank(qualifier: c.reports[$0].qualifier, published: c.reports[$0].published) }
        #expect(f.rank == expectedRank)
    }

    @Test func rankIsPrecisionThenDay() {
        #expect(BestFigure.rank(qualifier: nil, published: "2017-08-24") == 3_2017_08_24)
        #expect(BestFigure.rank(qualifier: "at_least", published: "2017-08-24") == 2_2017_08_24)
        #expect(BestFigure.rank(qualifier: "more_than", published: nil) == 2_0000_00_00)
        #expect(BestFigure.rank(qualifier: "about", published: "2017-08-24") == 1_2017_08_24)
        #expect(BestFigure.rank(qualifier: "vague:عشرات", published: "2017-08-24") == 2017_08_24)
    }
}
