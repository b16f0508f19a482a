import Testing

@testable import IncidentsCore

/// One sentence that tells acts at two places («... في A، وفي B ...») is one incident each,
/// each with its own figure; «وفي» that only goes on about the same act splits nothing.
@Suite struct SplitIncidentTests {
    let extractor = IncidentExtractor()

    func extract(_ text: String) -> [ExtractedIncident] { extractArticle(text) }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// (place, killed) of each incident, in order.
        var incidents: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "قتل ثلاثة مدنيين في غارة روسية على بلدة كفرنبل بريف إدلب وفي بلدة معرة النعمان قتل مدنيان في قصف مدفعي لقوات النظام.",
             incidents: ["كفر نبل 3", "معرة النعمان 2"]),
        Case(text: "قصفت قوات النظام بالمدفعية مدينة اللطامنة في ريف حماة فقتل أربعة مدنيين، وفي مدينة سراقب بريف إدلب قتل مدني بغارة روسية.",
             incidents: ["اللطامنة 4", "سراقب 1"]),
        // «وفي» with no act after it, or no place after it: one incident.
        Case(text: "قتل ثلاثة مدنيين في غارة روسية على بلدة كفرنبل بريف إدلب وفي محيطها.",
             incidents: ["كفر نبل 3"]),
        Case(text: "قتل ثلاثة مدنيين في غارة روسية على بلدة كفرنبل بريف إدلب وفي الغارة نفسها أصيب عشرة آخرون.",
             incidents: ["كفر نبل 3"]),
    ]

    @Test(arguments: cases)
    func eachPlaceItsIncident(_ c: Case) {
        let found = extract(c.text).map { "\($0.place ?? "-") \($0.killed.value.map(String.init) ?? "nil")" }
        #expect(found == c.incidents)
    }

    @Test func splitsAreTraced() {
        var lines: [String] = []
        _ = extractor.extract(Article(source: "t", text: Self.cases[0].text, published: "2017-08-25"),
                              trace: { lines.append($0) })
        #expect(lines.contains { $0.contains("by place split") })
    }
}
