import Foundation

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

    /// A point: position, size and classes only (about 55 bytes). Its hover text is built
    /// by the page's script from `pointTable`: 10,000 events at as many spots stay under
    /// 2 MB, which a <title> in every point would not.
    func point(_ p: ReportData.Point, _ proj: MapProjection) -> String {
        let px = ReportStyle.px
        return "<circle class=\"pt \(names.actorClass(p.actor))\(p.governorateOnly ? " g" : "")\" "
            + "cx=\"\(px(proj.x(p.lon)))\" cy=\"\(px(proj.y(p.lat)))\" r=\"\(px(Self.radius(p.tally.killed)))\"/>\n"
    }

    /// The points' details, in the order of the circles, as JSON for the script:
    /// `{"pl": [place names], "a": [[slug, Arabic, English]], "p": [[place, actor, first day,
    /// last day, units, approximate, killed, killed unnumbered, wounded, wounded unnumbered,
    /// other places, governorate only (0/1)]]}`. `<` is written \u003c so no text can end
    /// the <script> element.
    func pointTable() -> String {
        var placeIndex: [String: Int] = [:], places: [JSONValue] = []
        var actorIndex: [String: Int] = [:], actors: [JSONValue] = []
        var rows: [JSONValue] = []
        rows.reserveCapacity(data.points.count)
        for p in data.points {
            let pi = placeIndex[p.place] ?? {
                places.append(.string(p.place))
                placeIndex[p.place] = places.count - 1
                return places.count - 1
            }()
            let ai = actorIndex[p.actor] ?? {
                let a = ActorLexicon.bySlug[p.actor]
                actors.append(.array([.string(p.actor), .string(a?.nameAr ?? p.actor), .string(a?.nameEn ?? p.actor)]))
                actorIndex[p.actor] = actors.count - 1
                return actors.count - 1
            }()
            let t = p.tally
            rows.append(.array([
                .int(pi), .int(ai), .optional(p.firstDay), .optional(p.lastDay), .int(t.units),
                .int(p.approximate), .int(t.killed), .int(t.killedUnnumbered), .int(t.wounded),
                .int(t.woundedUnnumbered), .int(p.otherPlaces), .int(p.governorateOnly ? 1 : 0),
            ]))
        }
        let json = JSONValue.object([("pl", .array(places)), ("a", .array(actors)), ("p", .array(rows))]).text
        return json.replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// The actors' colours for points: filled, or hollow (`g`) for governorate-only ones.
    func pointStyle() -> String {
        var css = "circle.pt{fill-opacity:.72;stroke:#fff;stroke-width:.6}"
            + "circle.pt.g{fill:none;stroke:currentColor;stroke-width:1.8}"
        for (i, c) in ReportStyle.actorColours.enumerated() where i < names.coloured.count {
            css += "circle.a\(i){fill:\(c);color:\(c)}"
        }
        css += "circle.ax{fill:\(ReportStyle.otherColour);color:\(ReportStyle.otherColour)}"
        return css
    }
}
