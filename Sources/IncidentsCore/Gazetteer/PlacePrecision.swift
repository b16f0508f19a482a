/// ACLED's geo_precision of a place as stored: the one home of the rule, used by the
/// extractor (for `extract`) and by the store (which may place a name the extractor could
/// not, or learn it as a local place).
extension Gazetteer {
    /// - 1: a town, village or neighbourhood with its own point (gazetteer towns, hand-added
    ///   places).
    /// - 2: an area smaller than a governorate: a district, a subdistrict, a named region,
    ///   a place of the gazetteer without a point of its own, or a place learned from text
    ///   («قرية X بريف Y»: drawn at the unit the text puts it in).
    /// - 3: only the governorate: no place below it, or a learned place that is a border,
    ///   a river or a desert (a line or an expanse, not a point: «الحدود التركية»).
    /// Nil when not even the governorate is known.
    public func geoPrecision(pcode: String?, governoratePcode: String?, name: String?) -> GeoPrecision? {
        guard let pcode else { return governoratePcode == nil ? nil : .governorate }
        if pcode == governoratePcode { return .governorate }
        if pcode.hasPrefix("LOC:") { return Self.isExpanse(name) ? .governorate : .area }
        guard let p = place(pcode: pcode) else { return .area }
        switch p.level {
        case .governorate: return .governorate
        case .district, .subdistrict: return .area
        case .town, .local:
            if NamedRegions.isRegion(pcode: pcode) { return .area }
            return p.lat != nil ? .place : .area
        }
    }

    /// The name of a learned place begins with a word for a line or an expanse.
    static func isExpanse(_ name: String?) -> Bool {
        guard let name else { return false }
        let key = ArabicNormalizer.wordKey(name)
        guard let first = key.split(separator: " ").first else { return false }
        return expanseWords.contains(String(first))
    }

    /// Keys (`ArabicNormalizer.wordKey`) of the words that open such names.
    private static let expanseWords: Set<String> = Set([
        "الحدود", "حدود", "الشريط", "نهر", "النهر", "البادية", "بادية", "الصحراء", "صحراء",
        "جبال", "سلسلة", "الطريق", "طريق", "اوتوستراد", "الاوتوستراد", "مناطق", "المناطق",
    ].map(ArabicNormalizer.wordKey))
}
