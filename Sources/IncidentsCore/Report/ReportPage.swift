/// `incidents report`'s page: one self-contained HTML file (inline SVG, style and script;
/// a Content-Security-Policy forbids every fetch, so the page cannot touch the network even
/// by mistake). Arabic, right to left, with English beside the Arabic.
public enum ReportPage {
    /// How many units the deadliest table lists.
    public static let deadliestCount = 20

    public static func html(_ data: ReportData) -> String {
        let names = ReportNames(data)
        let charts = ReportCharts(data: data, names: names)
        let e = HTMLEscaping.html
        var out = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>تقرير الحوادث · Incidents report</title>
            <style>\(ReportStyle.css)</style>
            </head>
            <body>\n
            """
        out += header(data)
        // Map.
        out += "<section id=\"map\" data-section=\"map\">\n<h2>الخريطة <span class=\"en\">Map</span></h2>\n<div class=\"row\">\n"
        let map = ReportMap(data: data, names: names)
        out += "<style>\(map.pointStyle())</style>\n"
        out += map.svg()
        out += legend(data, names)
        out += "</div>\n</section>\n"
        // Months.
        out += "<section id=\"months\" data-section=\"months\">\n<h2>الأشهر <span class=\"en\">Months</span></h2>\n"
        out += charts.months()
        out += "<p class=\"note\">الأعمدة مكدسة حسب الفاعل؛ الشريط الرمادي: نسبة الأحداث التي تاريخها تقريبي (تاريخ النشر). "
            + "<span class=\"en\">Bars stacked by actor; grey strip: share of events dated only approximately (by publication day).</span></p>\n"
        out += "</section>\n"
        // Actors and types.
        out += "<section id=\"actors\" data-section=\"actors\">\n<h2>الفاعلون والأنواع <span class=\"en\">Actors and types</span></h2>\n"
        out += charts.actors()
        out += "<div class=\"row\">\n"
        out += totalsTable(data.actors, heading: "الفاعل · actor", data: data) { names.actorLabel($0) }
        out += totalsTable(data.types, heading: "النوع · type", data: data) { $0 }
        out += "</div>\n<p class=\"note\">«؟ بلا رقم»: أحداث ذُكر فيها قتلى أو جرحى بلا عدد («عشرات»)، وهي مجهولة لا صفر. "
            + "<span class=\"en\">killed? / wounded?: events that mention deaths or injuries without a number; unknown, not zero.</span></p>\n"
        out += "</section>\n"
        // Deadliest.
        out += "<section id=\"deadliest\" data-section=\"deadliest\">\n<h2>الأحداث الأكثر دموية <span class=\"en\">The deadliest events</span></h2>\n"
        out += deadliestTable(data, names)
        out += "</section>\n"
        out += "<footer class=\"note\"><p>حدود المحافظات: Natural Earth (ملكية عامة) · Governorate outlines: Natural Earth (public domain); "
            + "events are placed by the gazetteer. \(e("incidents report"))</p></footer>\n"
        out += "<div id=\"tip\" hidden></div>\n"
        out += "<script type=\"application/json\" id=\"pts\">\(map.pointTable())</script>\n"
        out += "<script>\(ReportStyle.script)</script>\n</body>\n</html>\n"
        return out
    }

    static func header(_ data: ReportData) -> String {
        let h = data.header, e = HTMLEscaping.html
        let unit = h.reportsMode ? (ar: "تقارير", en: "reports, one per article") : (ar: "أحداث", en: "events, reports merged")
        var out = "<header>\n<h1>تقرير الحوادث <span class=\"en\">Incidents report</span></h1>\n<dl class=\"facts\">\n"
        let filters = h.filters.isEmpty ? "لا شيء · none (everything)"
            : h.filters.map { "\($0.0) \($0.1)" }.joined(separator: "، ")
        out += "<dt>المرشحات · Filters</dt><dd>\(e(filters))</dd>\n"
        out += "<dt>قاعدة البيانات · Database</dt><dd><bdi>\(e(h.database))</bdi></dd>\n"
        let range = h.firstDay.map { "\($0) … \(h.lastDay ?? $0)" } ?? "—"
        out += "<dt>الفترة · Dates</dt><dd><bdi>\(e(range))</bdi></dd>\n"
        let sep = "<span class=\"sep\">·</span>"
        out += "<dt>الوحدات · Counted</dt><dd>" + fact(h.units, unit.ar, unit.en) + "</dd>\n"
        out += "<dt>المصادر · Behind them</dt><dd>" + fact(h.articles, "مقالات", "articles") + sep
            + fact(h.reports, "تقارير", "reports (one article's account of one incident)") + "</dd>\n"
        out += "<dt>الدقة · Precision</dt><dd>" + fact(h.approximate, "بتاريخ تقريبي", "approximate date") + sep
            + fact(h.governorateOnly, "على مستوى المحافظة فقط", "governorate only") + sep
            + fact(h.undated, "بلا تاريخ", "undated") + sep
            + fact(h.unlocated, "بلا إحداثيات", "not on the map") + "</dd>\n"
        out += "</dl>\n</header>\n"
        return out
    }

    /// «19 بتاريخ تقريبي approximate date», isolated so numbers and English stay in place
    /// inside the right-to-left line.
    static func fact(_ n: Int, _ ar: String, _ en: String) -> String {
        "<bdi>\(n) \(ar) <span class=\"en\">\(HTMLEscaping.html(en))</span></bdi>"
    }

    static func legend(_ data: ReportData, _ names: ReportNames) -> String {
        var out = "<div class=\"legend\">\n<p><b>الفاعل · Actor</b> <span class=\"note\">(انقر للإخفاء · click to hide)</span></p>\n"
        for (i, slug) in names.coloured.enumerated() {
            out += "<label><input type=\"checkbox\" checked data-actor=\"a\(i)\"><span class=\"sw\" style=\"background:\(ReportStyle.actorColours[i])\"></span>"
                + "\(HTMLEscaping.html(names.actorLabel(slug)))</label>\n"
        }
        out += "<label><input type=\"checkbox\" checked data-actor=\"ax\"><span class=\"sw\" style=\"background:\(ReportStyle.otherColour)\"></span>أخرى · others</label>\n"
        out += "<p><span class=\"sw hollow\"></span>على مستوى المحافظة فقط · placed only to a governorate</p>\n"
        out += "<p class=\"note\">حجم النقطة حسب عدد القتلى؛ النقطة الواحدة تجمع أحداث الفاعل في المكان نفسه. "
            + "<span class=\"en\">Point size: killed; one point per place and actor. Shading: killed per governorate.</span></p>\n"
        let maxKilled = data.governorates.values.map(\.killed).max() ?? 0
        out += "<p><b>القتلى · Killed</b></p>\n"
        for (i, shade) in ReportStyle.shades.enumerated() {
            let label: String
            if i == 0 { label = "0" } else {
                // The upper bound of each shade on the square-root scale.
                let t = Double(i) / Double(ReportStyle.shades.count - 1)
                label = "≤ \(Int((t * t * Double(maxKilled)).rounded()))"
            }
            out += "<span class=\"sw sq\" style=\"background:\(shade)\"></span>\(label) "
        }
        out += "\n<p class=\"note\">النقاط المعروضة · points shown: <span id=\"shown\">\(data.points.count)</span></p>\n</div>\n"
        return out
    }

    static func totalsTable(
        _ rows: [AggregateRow], heading: String, data: ReportData, label: (String) -> String
    ) -> String {
        let e = HTMLEscaping.html
        let unit = data.header.reportsMode ? "تقارير · reports" : "أحداث · events"
        var out = "<table>\n<thead><tr><th>\(heading)</th><th class=\"n\">\(unit)</th><th class=\"n\">قتلى · killed</th>"
            + "<th class=\"n\">killed? بلا رقم</th><th class=\"n\">جرحى · wounded</th><th class=\"n\">wounded? بلا رقم</th></tr></thead>\n<tbody>\n"
        for r in rows {
            func unk(_ n: Int) -> String { n > 0 ? "<td class=\"n unk\">\(n)</td>" : "<td class=\"n\">0</td>" }
            out += "<tr><td>\(e(label(r.keys.first ?? "")))</td><td class=\"n\">\(r.incidents)</td><td class=\"n\">\(r.killed)</td>"
                + unk(r.killedUnknown) + "<td class=\"n\">\(r.wounded)</td>" + unk(r.woundedUnknown) + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    static func deadliestTable(_ data: ReportData, _ names: ReportNames) -> String {
        let e = HTMLEscaping.html
        guard !data.deadliest.isEmpty else {
            return "<p>لا أحداث بعدد قتلى معروف · no events with a known number of killed.</p>\n"
        }
        var out = "<table class=\"wide\">\n<thead><tr><th class=\"n\">#</th><th>التاريخ · date</th><th>المكان · place</th><th>الفاعل · actor</th>"
            + "<th class=\"n\">قتلى · killed</th><th class=\"n\">أدنى–أعلى · low–high</th><th class=\"n\">جرحى · wounded</th>"
            + "<th>الدليل · evidence</th><th>المصدر · outlet</th><th class=\"n\">تقارير · reports</th><th>المقال · article</th></tr></thead>\n<tbody>\n"
        for (i, d) in data.deadliest.enumerated() {
            let day = (d.day ?? "—") + (d.approximate ? " ≈" : "")
            let place = [d.place, d.governorate].compactMap { $0 }.uniqued().joined(separator: "، ")
            let range = d.killedLow.map { low in "\(low)–\(d.killedHigh ?? low)" } ?? "—"
            let qualifier = d.killedQualifier.map { "<br><span class=\"note\">\(e($0))</span>" } ?? ""
            let link: String
            if let url = HTMLEscaping.webURL(d.url) {
                link = "<a href=\"\(url)\" rel=\"noreferrer noopener\" target=\"_blank\">\(e(d.title ?? "رابط · link"))</a>"
            } else {
                link = e(d.title ?? "—")
            }
            out += "<tr><td class=\"n\">\(i + 1)</td><td class=\"d\"><bdi>\(e(day))</bdi></td><td class=\"pl\">\(e(place))</td>"
                + "<td class=\"act\">\(e(names.actorLabel(d.actor)))<br><span class=\"note\">\(e(d.subEventType))</span></td>"
                + "<td class=\"n\">\(d.killed)\(qualifier)</td><td class=\"n\">\(range)</td>"
                + "<td class=\"n\">\(d.wounded.map(String.init) ?? "—")</td><td class=\"ev\">\(e(d.evidence))</td>"
                + "<td>\(e(d.outlet ?? "—"))</td><td class=\"n\">\(d.reportCount)</td><td class=\"art\">\(link)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }
}

private extension Array where Element == String {
    /// The strings in order without repeats («الرقة، الرقة» → «الرقة»).
    func uniqued() -> [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
