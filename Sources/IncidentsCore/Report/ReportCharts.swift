/// The months chart (units and killed per month stacked by actor, with the share of
/// approximate dates) and the actors chart (units and killed per actor), as SVG.
struct ReportCharts {
    let data: ReportData
    let names: ReportNames

    // MARK: Months

    static let monthsWidth = 1240.0
    static let left = 56.0, right = 16.0, panel = 190.0, sharePanel = 56.0, gap = 34.0

    func months() -> String {
        let px = ReportStyle.px
        let months = data.months
        let plotW = Self.monthsWidth - Self.left - Self.right
        let n = max(months.count, 1)
        let step = plotW / Double(n)
        let barW = max(step * 0.82, 0.6)
        let top1 = 24.0, top2 = top1 + Self.panel + Self.gap, top3 = top2 + Self.panel + Self.gap
        let height = top3 + Self.sharePanel + 30
        let maxUnits = max(months.map(\.total).max() ?? 0, 1)
        let maxKilled = max(months.map(\.totalKilled).max() ?? 0, 1)
        var out = """
            <svg class="chart" data-chart="months" viewBox="0 0 \(px(Self.monthsWidth)) \(px(height))" \
            width="\(px(Self.monthsWidth))" height="\(px(height))" role="img" \
            aria-label="الأحداث والقتلى شهرياً · Events and killed per month">\n
            """
        let unit = data.header.reportsMode ? "التقارير · reports" : "الأحداث · events"
        out += axis(top: top1, height: Self.panel, max: maxUnits, title: unit + " / شهر · per month")
        out += axis(top: top2, height: Self.panel, max: maxKilled, title: "القتلى · killed / شهر · per month")
        out += axis(top: top3, height: Self.sharePanel, max: 100, title: "نسبة التواريخ التقريبية · share of approximate dates (%)")
        let order = names.coloured + ["*"]
        for (i, m) in months.enumerated() {
            let x = Self.left + Double(i) * step + (step - barW) / 2
            for (panelTop, values, maxV) in [(top1, m.units, maxUnits), (top2, m.killed, maxKilled)] {
                var y = panelTop + Self.panel
                for actor in order {
                    let v = actor == "*"
                        ? values.filter { !names.coloured.contains($0.key) }.values.reduce(0, +)
                        : values[actor] ?? 0
                    guard v > 0 else { continue }
                    let h = Double(v) / Double(maxV) * Self.panel
                    y -= h
                    let cls = actor == "*" ? "ax" : names.actorClass(actor)
                    out += "<rect class=\"\(cls)\" x=\"\(px(x))\" y=\"\(px(y))\" width=\"\(px(barW))\" height=\"\(px(h))\" fill=\"\(actor == "*" ? ReportStyle.otherColour : names.colour(actor))\"/>"
                }
            }
            if m.total > 0 {
                let h = Double(m.approximate) / Double(m.total) * Self.sharePanel
                out += "<rect x=\"\(px(x))\" y=\"\(px(top3 + Self.sharePanel - h))\" width=\"\(px(barW))\" height=\"\(px(h))\" fill=\"#8c8c8c\"/>"
            }
            // One transparent column per month over the three panels carries its hover text.
            let share = m.total > 0 ? Int((Double(m.approximate) / Double(m.total) * 100).rounded()) : 0
            var tip = "\(m.month): \(m.total) " + (data.header.reportsMode ? "reports" : "events")
                + " · قتلى killed \(m.totalKilled) · تقريبي approximate \(share)%"
            for (actor, v) in m.units.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(6) {
                tip += "\n" + names.actorLabel(actor) + ": \(v) / \(m.killed[actor] ?? 0)"
            }
            out += "<rect class=\"hit\" data-tip=\"\" x=\"\(px(Self.left + Double(i) * step))\" y=\"\(px(top1))\" width=\"\(px(step))\" height=\"\(px(top3 + Self.sharePanel - top1))\" fill=\"transparent\"><title>\(HTMLEscaping.html(tip))</title></rect>\n"
            if let label = xLabel(i, months) {
                out += "<text x=\"\(px(x + barW / 2))\" y=\"\(px(top3 + Self.sharePanel + 18))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">\(label)</text>"
            }
        }
        out += "</svg>\n"
        return out
    }

    /// A panel's frame: baseline, a half-way grid line, the maximum and the title.
    func axis(top: Double, height: Double, max: Int, title: String) -> String {
        let px = ReportStyle.px
        let l = Self.left, r = Self.monthsWidth - Self.right
        let bottom = top + height, mid = top + height / 2
        return """
            <text x="\(px(l))" y="\(px(top - 8))" font-size="12" fill="#333">\(HTMLEscaping.html(title))</text>\
            <line x1="\(px(l))" y1="\(px(bottom))" x2="\(px(r))" y2="\(px(bottom))" stroke="#999"/>\
            <line x1="\(px(l))" y1="\(px(mid))" x2="\(px(r))" y2="\(px(mid))" stroke="#e3e0da"/>\
            <line x1="\(px(l))" y1="\(px(top))" x2="\(px(r))" y2="\(px(top))" stroke="#e3e0da"/>\
            <text x="\(px(l - 6))" y="\(px(top + 4))" font-size="11" text-anchor="end" fill="#555">\(max)</text>\
            <text x="\(px(l - 6))" y="\(px(bottom + 4))" font-size="11" text-anchor="end" fill="#555">0</text>\n
            """
    }

    /// Month labels: every month when there are few, otherwise each January (the year).
    func xLabel(_ i: Int, _ months: [ReportData.Month]) -> String? {
        let m = months[i].month
        if months.count <= 18 { return m }
        let year = Int(m.prefix(4)) ?? 0, month = Int(m.suffix(2)) ?? 1
        // The first bar is labelled too when its year's January is not in the chart but
        // most of the year is (a label there would not run into the next January's).
        guard m.hasSuffix("-01") || (i == 0 && month <= 6) else { return nil }
        let every = months.count > 120 ? 2 : 1
        return year % every == 0 || i == 0 ? String(m.prefix(4)) : nil
    }

    // MARK: Actors

    static let actorsWidth = 1000.0, rowH = 22.0

    /// Units and killed per actor, as two columns of bars growing leftwards (right to left,
    /// like the page), names on the right.
    func actors() -> String {
        let px = ReportStyle.px
        let rows = data.actors
        let height = 40 + Double(max(rows.count, 1)) * Self.rowH
        let maxUnits = max(rows.map(\.incidents).max() ?? 0, 1)
        let maxKilled = max(rows.map(\.killed).max() ?? 0, 1)
        let labelX = Self.actorsWidth - 10, unitsX = 610.0, killedX = 320.0, barMax = 230.0
        var out = """
            <svg class="chart" data-chart="actors" viewBox="0 0 \(px(Self.actorsWidth)) \(px(height))" \
            width="\(px(Self.actorsWidth))" height="\(px(height))" role="img" \
            aria-label="الفاعلون · Actors">\n\
            <text x="\(px(unitsX))" y="18" font-size="12" text-anchor="end" fill="#333">\
            \(data.header.reportsMode ? "التقارير · reports" : "الأحداث · events")</text>\
            <text x="\(px(killedX))" y="18" font-size="12" text-anchor="end" fill="#333">القتلى · killed</text>\n
            """
        for (i, r) in rows.enumerated() {
            let slug = r.keys.first ?? ""
            let y = 30 + Double(i) * Self.rowH
            let cls = names.actorClass(slug), colour = names.colour(slug)
            let wu = Double(r.incidents) / Double(maxUnits) * barMax
            let wk = Double(r.killed) / Double(maxKilled) * barMax
            var tip = names.actorLabel(slug) + "\n"
            tip += names.tallyLine(.init(
                units: r.incidents, killed: r.killed, killedUnnumbered: r.killedUnknown,
                wounded: r.wounded, woundedUnnumbered: r.woundedUnknown))
            out += "<g class=\"\(cls)\" data-tip=\"\"><title>\(HTMLEscaping.html(tip))</title>"
            out += "<text x=\"\(px(labelX))\" y=\"\(px(y + 14))\" font-size=\"12\" text-anchor=\"end\">\(HTMLEscaping.html(names.actorLabel(slug)))</text>"
            out += "<rect x=\"\(px(unitsX - wu))\" y=\"\(px(y + 3))\" width=\"\(px(wu))\" height=\"14\" fill=\"\(colour)\"/>"
            out += "<text x=\"\(px(unitsX - wu - 4))\" y=\"\(px(y + 14))\" font-size=\"11\" text-anchor=\"end\">\(r.incidents)</text>"
            out += "<rect x=\"\(px(killedX - wk))\" y=\"\(px(y + 3))\" width=\"\(px(wk))\" height=\"14\" fill=\"\(colour)\" fill-opacity=\"0.6\"/>"
            let unknown = r.killedUnknown > 0 ? " <tspan fill=\"#b9373a\">+\(r.killedUnknown)?</tspan>" : ""
            out += "<text x=\"\(px(killedX - wk - 4))\" y=\"\(px(y + 14))\" font-size=\"11\" text-anchor=\"end\">\(r.killed)\(unknown)</text></g>\n"
        }
        out += "</svg>\n"
        return out
    }
}
