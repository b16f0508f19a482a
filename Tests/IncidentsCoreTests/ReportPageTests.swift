import Foundation
import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// The page's structure: the map's 14 governorates and its points, one chart per section,
/// no remote URL, everything escaped, and its size for 10,000 events.
@Suite struct ReportPageTests {
    static func page() throws -> (ReportData, String) {
        let data = try ReportReader(store: ReportFixture.store()).read(
            IncidentFilter(), filters: [("--place", "<دير الزور>")], database: "/tmp/a&b.db")
        return (data, ReportPage.html(data))
    }

    /// Occurrences of `needle` in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The text of the element `<section id="ID" ...>` up to its end.
    static func section(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<section id=\"\(id)\""),
            let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func pageIsArabicRightToLeftAndSelfContained() throws {
        let (_, html) = try Self.page()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for resource in ["<link", "@import", "url(", "<img", "<iframe", "src="] {
            #expect(!html.contains(resource), "the page loads a resource: \(resource)")
        }
    }

    @Test func mapHasTheFourteenGovernoratesAndThePoints() throws {
        let (data, html) = try Self.page()
        let map = try #require(Self.section("map", in: html))
        let pcodes = map.components(separatedBy: "data-pcode=\"").dropFirst().map { String($0.prefix(4)) }
        #expect(pcodes == (1...14).map { String(format: "SY%02d", $0) })
        #expect(Self.count("<path class=\"gov\"", in: map) == 14)
        #expect(Self.count("<circle class=\"pt ", in: map) == data.points.count)
        #expect(data.points.count == 4)
        // The governorate-only event is hollow.
        #expect(Self.count(" g\" cx=", in: map) == 1)
        // Shaded by killed: Deir ez-Zor (12) darker than Raqqa (0 killed).
        #expect(map.contains("data-pcode=\"SY09\" data-tip=\"\" fill=\"\(ReportStyle.shade(12, max: 12))\""))
        #expect(map.contains("data-pcode=\"SY11\" data-tip=\"\" fill=\"\(ReportStyle.shades[0])\""))
    }

    @Test func pointTableMatchesTheCirclesAndCannotEndTheScript() throws {
        let (data, html) = try Self.page()
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"pts\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<"))
        let table = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(table["p"] as? [[Any]])
        #expect(rows.count == data.points.count)
        #expect((table["pl"] as? [String])?.contains("أريحا") == true)
    }

    @Test func oneChartPerSection() throws {
        let (_, html) = try Self.page()
        for (id, chart) in [("map", "map"), ("months", "months"), ("actors", "actors")] {
            let s = try #require(Self.section(id, in: html), "no section \(id)")
            #expect(Self.count("<svg", in: s) == 1, "section \(id)")
            #expect(s.contains("<svg class=\"chart\" data-chart=\"\(chart)\""))
        }
        let deadliest = try #require(Self.section("deadliest", in: html))
        #expect(Self.count("<tr><td class=\"n\">", in: deadliest) == 3)
    }

    @Test func onlyArticleLinksPointOutside() throws {
        let (_, html) = try Self.page()
        let deadliest = try #require(Self.section("deadliest", in: html))
        let outside = html.replacingOccurrences(of: deadliest, with: "")
        for scheme in ["http:", "https:", "://"] {
            #expect(!outside.lowercased().contains(scheme), "a remote URL outside the article links")
        }
        // In the table: the https link, escaped; the javascript: URL is not a link.
        #expect(deadliest.contains("<a href=\"https://example.org/a?x=1&amp;y=2\""))
        #expect(Self.count("href=", in: html) == 1)
        #expect(!html.contains("javascript:"))
    }

    @Test func everyTextIsEscaped() throws {
        let (_, html) = try Self.page()
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("قصف &lt;أريحا&gt;"))
        #expect(html.contains("--place &lt;دير الزور&gt;"))
        #expect(html.contains("/tmp/a&amp;b.db"))
        #expect(html.contains("مصدر &quot;ج&quot;"))
        #expect(Self.count("<script", in: html) == 2)
    }

    @Test(arguments: [
        ("a < b & \"c\" 'd' > e", "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e"),
        ("قتل ثلاثة", "قتل ثلاثة"),
        ("", ""),
    ])
    func escaping(text: String, expected: String) {
        #expect(HTMLEscaping.html(text) == expected)
    }

    @Test(arguments: [
        ("https://a.org/x?y=1&z=2", "https://a.org/x?y=1&amp;z=2"),
        ("HTTP://A.ORG", "HTTP://A.ORG"),
        ("javascript:alert(1)", nil),
        ("data:text/html,x", nil),
        ("/local/path", nil),
        ("", nil),
    ] as [(String, String?)])
    func onlyWebAddressesBecomeLinks(url: String, expected: String?) {
        #expect(HTMLEscaping.webURL(url) == expected)
    }

    @Test func unknownTollsAreVisible() throws {
        let (_, html) = try Self.page()
        let actors = try #require(Self.section("actors", in: html))
        // The regime's «عشرات»: 0 known killed, 1 event with an unnumbered toll.
        #expect(actors.contains("+1?"))
        #expect(actors.contains("<td class=\"n unk\">1</td>"))
    }

    @Test(arguments: [
        // Few months: every one; many: each January, and the first bar when most of its
        // year is shown; over ten years, every other year.
        ("2019-05", 3, ["2019-05", "2019-06", "2019-07"]),
        ("2013-12", 25, ["2014", "2015"]),
        ("2014-03", 24, ["2014", "2015", "2016"]),
        ("2010-01", 144, ["2010", "2012", "2014", "2016", "2018", "2020"]),
    ])
    func monthLabels(first: String, count: Int, expected: [String]) throws {
        var months: [String: ReportData.Month] = [:]
        var (y, m) = (Int(first.prefix(4))!, Int(first.suffix(2))!)
        for _ in 0..<count {
            let key = String(y) + (m < 10 ? "-0" : "-") + String(m)
            months[key] = ReportData.Month(month: key)
            m += 1
            if m > 12 { (y, m) = (y + 1, 1) }
        }
        var data = ReportData()
        data.months = ReportReader.allMonths(months)
        let charts = ReportCharts(data: data, names: ReportNames(data))
        #expect(data.months.indices.compactMap { charts.xLabel($0, data.months) } == expected)
    }

    @Test func emptyStoreGivesAPageToo() throws {
        let data = try ReportReader(store: IncidentStore(path: ":memory:")).read(IncidentFilter())
        let html = ReportPage.html(data)
        #expect(Self.count("<path class=\"gov\"", in: html) == 14)
        #expect(html.contains("no events with a known number of killed"))
    }

    @Test func tenThousandEventsStayUnderTwoMegabytes() throws {
        let store = try IncidentStore(path: ":memory:")
        let sql = try String(
            contentsOf: repositoryRoot.appendingPathComponent("scripts/report-synthetic.sql"), encoding: .utf8)
        try store.database.execute(sql)
        let data = try ReportReader(store: store).read(IncidentFilter())
        #expect(data.header.units == 10_000)
        // Many spots: the stress is real (places x actors, not a handful of points).
        #expect(data.points.count > 5_000)
        // Events in every governorate, each one shaded.
        #expect(data.governorates.count == 14)
        let html = ReportPage.html(data)
        #expect(html.utf8.count < 2_000_000, "page of \(html.utf8.count) bytes")
        #expect(Self.count("<circle class=\"pt ", in: html) == data.points.count)
        #expect(data.deadliest.count == ReportPage.deadliestCount)
    }
}

@Suite struct ReportShapesTests {
    @Test func fourteenGovernoratesNamedAsInTheGazetteer() throws {
        let shapes = GovernorateShape.all
        #expect(shapes.map(\.pcode) == (1...14).map { String(format: "SY%02d", $0) })
        let store = try IncidentStore(path: ":memory:")
        let names = Dictionary(uniqueKeysWithValues: try store.database.prepare(
            "SELECT pcode, name_ar FROM places WHERE level = 1"
        ).map { ($0.string(0) ?? "", $0.string(1) ?? "") })
        for s in shapes {
            #expect(names[s.pcode] == s.nameAr, "\(s.pcode)")
            #expect(!s.rings.isEmpty && s.rings.allSatisfy { $0.count >= 3 }, "\(s.pcode)")
            // Every point inside Syria's bounding box.
            #expect(s.rings.joined().allSatisfy { (35.5...42.5).contains($0.lon) && (32.2...37.4).contains($0.lat) })
        }
        // Rif Dimashq has Damascus as a hole.
        #expect(shapes.first { $0.pcode == "SY03" }?.rings.count == 2)
    }

    @Test func malformedLinesAndPointsAreSkipped() {
        let shapes = GovernorateShape.parse("SY99|س|S|1,2 3,4 x 5,6\nbroken line\n")
        #expect(shapes.count == 1)
        #expect(shapes.first?.rings == [[.init(lon: 1, lat: 2), .init(lon: 3, lat: 4), .init(lon: 5, lat: 6)]])
    }

    @Test func projectionKeepsNorthUpAndEastRight() {
        let p = MapProjection(shapes: GovernorateShape.all, width: 760)
        #expect(p.x(42) > p.x(36))
        #expect(p.y(37) < p.y(33))
        #expect(p.height > 500 && p.height < 800)
    }
}
