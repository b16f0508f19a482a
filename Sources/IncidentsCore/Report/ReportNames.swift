/// How the page names things: actors (Arabic and English, colour, CSS class) and figures
/// with their unknowns. Shared by the map, the charts and the tables.
struct ReportNames {
    /// Actors with their own colour, in the order of `ReportData.colouredActors`.
    let coloured: [String]
    private let index: [String: Int]

    init(_ data: ReportData) {
        coloured = data.colouredActors
        index = Dictionary(coloured.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func colour(_ actor: String) -> String {
        index[actor].map { ReportStyle.actorColours[$0] } ?? ReportStyle.otherColour
    }

    /// `a0`…: the class the legend's check boxes show and hide; `ax` for the others.
    func actorClass(_ actor: String) -> String {
        index[actor].map { "a\($0)" } ?? "ax"
    }

    func actorLabel(_ slug: String) -> String {
        guard let a = ActorLexicon.bySlug[slug] else { return slug }
        return "\(a.nameAr) · \(a.nameEn)"
    }

    /// «killed · قتلى 35 (+2 بلا رقم · unnumbered); wounded · جرحى 10»: unknown is not zero.
    func tallyLine(_ t: ReportData.Tally) -> String {
        var s = "\(t.units) " + (t.units == 1 ? "event" : "events") + " · أحداث; "
        s += "قتلى · killed \(t.killed)"
        if t.killedUnnumbered > 0 { s += " (+\(t.killedUnnumbered) بلا رقم · unnumbered)" }
        s += "; جرحى · wounded \(t.wounded)"
        if t.woundedUnnumbered > 0 { s += " (+\(t.woundedUnnumbered) بلا رقم · unnumbered)" }
        return s
    }
}
