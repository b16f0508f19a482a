/// The map section's SVG: the 14 governorates shaded by killed, and one point per spot and
/// actor, sized by killed and coloured by actor; points that stand for a whole governorate
/// are hollow.
struct ReportMap {
    let data: ReportData
    let names: ReportNames
    static let width = 760.0

    func svg() -> String {
        let shapes = GovernorateShape.all
        let proj = MapProjection(shapes: shapes, width: Self.width)
        let px = ReportStyle.px
        let maxKilled = data.governorates.values.map(\.killed).max() ?? 0
        var out = """
            <svg class="chart" data-chart="map" \
            viewBox="0 0 \(px(proj.width)) \(px(proj.height))" width="\(px(proj.width))" \
            height="\(px(proj.height))" role="img" aria-label="خريطة المحافظات · Map of the governorates">\n
            """
        for g in shapes {
            let t = data.governorates[g.pcode] ?? .init()
            var d = ""
            for ring in g.rings {
                for (i, p) in ring.enumerated() {
                    d += (i == 0 ? "M" : "L") + px(proj.x(p.lon)) + " " + px(proj.y(p.lat))
                }
                d += "Z"
            }
            let tip = "\(g.nameAr) · \(g.nameEn) (\(g.pcode))\n" + names.tallyLine(t)
            out += "<path class=\"gov\" data-pcode=\"\(g.pcode)\" data-tip=\"\" fill=\"\(ReportStyle.shade(t.killed, max: maxKilled))\" "
                + "stroke=\"#8a8170\" stroke-width=\"0.8\" fill-rule=\"evenodd\" d=\"\(d)\">"
                + "<title>\(HTMLEscaping.html(tip))</title></path>\n"
        }
        for g in shapes {
            let c = g.labelPoint
            out += "<text x=\"\(px(proj.x(c.lon)))\" y=\"\(px(proj.y(c.lat)))\" text-anchor=\"middle\" "
                + "font-size=\"12\" fill=\"#6b6357\" pointer-events=\"none\">\(HTMLEscaping.html(g.nameAr))</text>\n"
        }
        for p in data.points {
            out += point(p, proj)
        }
        out += "</svg>\n"
        return out
    }

    /// Radius by killed: the area grows with the number, from 2.5 px for none or unknown.
    static func radius(_ killed: Int) -> Double {
        min(2.5 + 1.3 * Double(killed).squareRoot(), 28)
    }

    func point(_ p: ReportData.Point, _ proj: MapProjection) -> String {
        let px = ReportStyle.px
        let colour = names.colour(p.actor)
        let paint = p.governorateOnly
            ? "fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.8\""
            : "fill=\"\(colour)\" fill-opacity=\"0.72\" stroke=\"#fff\" stroke-width=\"0.6\""
        var tip = p.place + (p.otherPlaces > 0 ? " (+\(p.otherPlaces))" : "")
        tip += " — " + names.actorLabel(p.actor) + "\n"
        tip += names.dayRange(p.firstDay, p.lastDay, approximate: p.approximate, of: p.tally.units) + "\n"
        tip += names.tallyLine(p.tally)
        if p.governorateOnly { tip += "\nالمحافظة فقط · governorate only" }
        return "<circle class=\"pt \(names.actorClass(p.actor))\" data-tip=\"\" data-n=\"\(p.tally.units)\" "
            + "cx=\"\(px(proj.x(p.lon)))\" cy=\"\(px(proj.y(p.lat)))\" r=\"\(px(Self.radius(p.tally.killed)))\" "
            + paint + "><title>\(HTMLEscaping.html(tip))</title></circle>\n"
    }
}
