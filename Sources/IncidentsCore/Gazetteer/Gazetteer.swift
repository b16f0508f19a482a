import Foundation

/// The places the extractor knows: `PlaceTable` (the compiled `places.csv`) plus
/// `HandPlaces`, indexed once for Arabic keys (names and aliases, with proclitics), English
/// names and the administrative hierarchy.
///
/// Towns in `places.csv` hang from their governorate only; a town's district is known when
/// a district or subdistrict of the same governorate carries the town's name («تدمر» the
/// town → منطقة تدمر; «الطبقة» → ناحية مركز الطبقة → منطقة الثورة).
public final class Gazetteer: Sendable {
    /// The shared, compiled-in gazetteer.
    public static let shared = Gazetteer(places: PlaceTable.all + HandPlaces.all)

    /// Every row (rows with an empty Arabic name are dropped).
    public let places: [Place]

    /// A candidate reading of an Arabic key: the row and whether the key is the row's own
    /// name (rather than an alias).
    struct Hit: Sendable {
        var index: Int
        var isName: Bool
    }

    private let byPcode: [String: Int]
    /// Arabic key (names and all aliases) → rows.
    let byKey: WordTable<[Hit]>
    /// First word of the keys used when scanning text → the remaining words of each key,
    /// longest first. Aliases that begin with a place-type noun («ناحية مركدة», «منطقة
    /// الباب», «مدينة إدلب») are left out: `PlaceFinder` reads the noun itself.
    let scanByFirst: WordTable<[[String]]>
    private let byEnglish: [String: [Int]]
    private let districtIndex: [Int?]
    private let subdistrictIndex: [Int?]
    private let governorateIndex: [Int?]

    public init(places input: [Place]) {
        let places = input.filter { !$0.nameAr.isEmpty && !$0.pcode.isEmpty }
        self.places = places
        var byPcode: [String: Int] = [:]
        for (i, p) in places.enumerated() where byPcode[p.pcode] == nil { byPcode[p.pcode] = i }
        self.byPcode = byPcode

        var byKey = WordTable<[Hit]>()
        var scan: [String: Set<[String]>] = [:]
        let nounPrefixes = Set(["ناحيه", "منطقه", "مدينه", "محافظه", "بلده", "قريه", "مخيم"])
        for (i, p) in places.enumerated() {
            let names = [(p.nameAr, true)] + (p.aliasesAr + (Self.extraAliases[p.pcode] ?? []))
                .map { ($0, false) }
            for (text, isName) in names {
                let key = ArabicNormalizer.wordKey(text)
                guard !key.isEmpty, Self.isArabic(key) else { continue }
                var list = byKey[key, default: []]
                if let n = list.firstIndex(where: { $0.index == i }) {
                    if isName { list[n].isName = true }
                } else {
                    list.append(Hit(index: i, isName: isName))
                }
                byKey[key] = list
                let words = key.split(separator: " ").map(String.init)
                guard let first = words.first, !nounPrefixes.contains(first) else { continue }
                // A one-letter word is a broken row («د مشق»): not scanned.
                if words.contains(where: { $0.unicodeScalars.count < 2 }) { continue }
                scan[first, default: []].insert(Array(words.dropFirst()))
            }
        }
        self.byKey = byKey
        var scanByFirst = WordTable<[[String]]>()
        for (k, v) in scan { scanByFirst[k] = v.sorted { $0.count > $1.count } }
        self.scanByFirst = scanByFirst

        var byEnglish: [String: [Int]] = [:]
        for (i, p) in places.enumerated() {
            for name in [p.nameEn] + p.aliasesEn {
                for key in Self.englishKeys(name) where !key.isEmpty {
                    if !(byEnglish[key]?.contains(i) ?? false) { byEnglish[key, default: []].append(i) }
                }
            }
        }
        self.byEnglish = byEnglish

        // Hierarchy.
        func parentIndex(_ i: Int) -> Int? { places[i].parent.flatMap { byPcode[$0] } }
        var gov = [Int?](repeating: nil, count: places.count)
        var dist = [Int?](repeating: nil, count: places.count)
        var sub = [Int?](repeating: nil, count: places.count)
        for i in places.indices {
            var j: Int? = i
            var steps = 0
            while let k = j, steps < 6 {
                switch places[k].level {
                case .governorate: if gov[i] == nil { gov[i] = k }
                case .district: if dist[i] == nil { dist[i] = k }
                case .subdistrict: if sub[i] == nil { sub[i] = k }
                default: break
                }
                j = parentIndex(k)
                steps += 1
            }
        }
        // Towns: a district or subdistrict of the same governorate with the town's name.
        for i in places.indices where places[i].level == .town {
            guard let g = gov[i] else { continue }
            let names = ([places[i].nameAr] + places[i].aliasesAr).map(ArabicNormalizer.wordKey)
            var keys = Set(names)
            for n in names { keys.insert("مركز " + n) }
            for key in keys {
                for h in byKey[key] ?? [] where gov[h.index] == g {
                    let p = places[h.index]
                    if p.level == .district, dist[i] == nil { dist[i] = h.index }
                    if p.level == .subdistrict, sub[i] == nil {
                        sub[i] = h.index
                        if dist[i] == nil { dist[i] = dist[h.index] }
                    }
                }
            }
        }
        self.governorateIndex = gov
        self.districtIndex = dist
        self.subdistrictIndex = sub
    }

    /// Extra Arabic spellings of existing rows.
    static let extraAliases: [String: [String]] = [
        "SY09": ["ديرالزور"],
        "SY03": ["محافظة ريف دمشق"],
    ]

    // MARK: - Lookup

    /// The row with this P-code.
    public func place(pcode: String) -> Place? { byPcode[pcode].map { places[$0] } }

    /// Rows whose Arabic name or alias has exactly this key (`ArabicNormalizer.wordKey`).
    public func places(key: String) -> [Place] { (byKey[key] ?? []).map { places[$0.index] } }

    /// Rows an Arabic name written in text could mean: the whole name first, then with a
    /// proclitic removed from its first word («بالرقة», «وبدير الزور», «لحلب», «بريف دمشق»).
    public func lookup(arabic text: String) -> [Place] {
        let key = ArabicNormalizer.wordKey(text)
        if let hits = byKey[key] { return hits.map { places[$0.index] } }
        var words = key.split(separator: " ").map(String.init)
        guard let first = words.first else { return [] }
        for stem in Self.stems(of: first) {
            words[0] = stem
            if let hits = byKey[words.joined(separator: " ")] {
                return hits.map { places[$0.index] }
            }
        }
        return []
    }

    /// Rows whose English name or alias matches, ignoring case, diacritics, hyphens,
    /// apostrophes and the article («Raqqa», «Ar-Raqqa», «al raqqa», «Deir ez-Zor»).
    public func lookup(english text: String) -> [Place] {
        for key in Self.englishKeys(text) {
            if let hits = byEnglish[key] { return hits.map { places[$0] } }
        }
        return []
    }

    /// Every place a user-typed name (Arabic or English) could mean, governorates first.
    /// A leading «محافظة/منطقة/ناحية/مدينة/ريف» narrows the Arabic reading to that level.
    public func resolve(name: String) -> [Place] {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        var found: [Place]
        if Self.isArabic(ArabicNormalizer.key(trimmed)) {
            found = lookup(arabic: trimmed)
            if found.isEmpty {
                let key = ArabicNormalizer.wordKey(trimmed)
                let words = key.split(separator: " ").map(String.init)
                if words.count > 1, let level = Self.nounLevel[words[0]] {
                    let rest = words.dropFirst().joined(separator: " ")
                    let all = lookup(arabic: rest)
                    found = all.filter { level.contains($0.level) }
                    if found.isEmpty { found = all }
                }
            }
        } else {
            found = lookup(english: trimmed)
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.pcode).inserted }
            .enumerated()
            .sorted { a, b in
                a.element.level != b.element.level
                    ? a.element.level < b.element.level : a.offset < b.offset
            }
            .map(\.element)
    }

    private static let nounLevel: [String: Set<Place.Level>] = [
        ArabicNormalizer.key("محافظة"): [.governorate],
        ArabicNormalizer.key("ريف"): [.governorate],
        ArabicNormalizer.key("منطقة"): [.district],
        ArabicNormalizer.key("ناحية"): [.subdistrict],
        ArabicNormalizer.key("مدينة"): [.town, .local],
        ArabicNormalizer.key("بلدة"): [.town, .local],
        ArabicNormalizer.key("قرية"): [.town, .local],
    ]

    // MARK: - Hierarchy

    private func index(_ p: Place) -> Int? {
        guard let i = byPcode[p.pcode] else { return nil }
        return i
    }

    /// The governorate a place lies in (itself for a governorate).
    public func governorate(of p: Place) -> Place? {
        if p.level == .governorate { return p }
        if let i = index(p) { return governorateIndex[i].map { places[$0] } }
        var parent = p.parent
        var steps = 0
        while let code = parent, let q = place(pcode: code), steps < 6 {
            if q.level == .governorate { return q }
            parent = q.parent
            steps += 1
        }
        return nil
    }

    /// The district a place lies in (itself for a district; nil for a governorate, and for
    /// a town no district or subdistrict of its governorate is named after).
    public func district(of p: Place) -> Place? {
        if p.level == .district { return p }
        if p.level == .governorate { return nil }
        return index(p).flatMap { districtIndex[$0] }.map { places[$0] }
    }

    /// The subdistrict a place lies in (itself for a subdistrict), when known.
    public func subdistrict(of p: Place) -> Place? {
        if p.level == .subdistrict { return p }
        if p.level < .subdistrict { return nil }
        return index(p).flatMap { subdistrictIndex[$0] }.map { places[$0] }
    }

    /// True when `inner` is `outer` or lies inside it.
    public func contains(_ outer: Place, _ inner: Place) -> Bool {
        if outer.pcode == inner.pcode { return true }
        switch outer.level {
        case .governorate: return governorate(of: inner)?.pcode == outer.pcode
        case .district: return inner.level > .district && district(of: inner)?.pcode == outer.pcode
        case .subdistrict:
            return inner.level > .subdistrict && subdistrict(of: inner)?.pcode == outer.pcode
        case .town, .local:
            // A hand-added neighbourhood whose parent is the town's own district is not
            // known to be in the town: only a direct parent link counts.
            return inner.parent == outer.pcode
        }
    }

    // MARK: - Keys

    static func isArabic(_ key: String) -> Bool {
        key.unicodeScalars.contains { $0.value >= 0x0621 && $0.value <= 0x064A }
    }

    /// A word with its proclitic removed, longest proclitic first (reference §3.3): for an
    /// article-bearing proclitic both «ال + stem» and the bare stem.
    static func stems(of word: String) -> [String] {
        let s = Array(word.unicodeScalars)
        var out: [String] = []
        func str(_ a: ArraySlice<Unicode.Scalar>) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: a)
            return String(v)
        }
        for p in proclitics {
            let ps = Array(p.unicodeScalars)
            guard s.count > ps.count, Array(s.prefix(ps.count)) == ps else { continue }
            let rest = s.dropFirst(ps.count)
            if p.hasSuffix("لل") {
                if rest.count >= 2 { out.append("ال" + str(rest)); out.append(str(rest)) }
            } else if p.hasSuffix("ال") {
                if rest.count >= 2 { out.append("ال" + str(rest)); out.append(str(rest)) }
            } else if rest.count >= 3 {
                out.append(str(rest))
            }
        }
        return out
    }

    private static let proclitics = [
        "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "وب",
        "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك",
    ]

    /// English matching keys: lower case, diacritics, apostrophes and articles removed,
    /// hyphens to spaces, a final «ah» to «a»; then the same with the spaces removed.
    static func englishKeys(_ text: String) -> [String] {
        var scalars = String.UnicodeScalarView()
        for s in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let v = s.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                scalars.append(s)
            } else if v == 0x27 || v == 0x60 || v == 0x2BF || v == 0x2BE || v == 0x2018
                || v == 0x2019 || (v >= 0x300 && v <= 0x36F)
            {
                continue
            } else {
                scalars.append(" ")
            }
        }
        let articles: Set<Substring> = [
            "al", "el", "ar", "as", "az", "ad", "an", "at", "ash", "ath", "adh", "ez", "es",
            "er", "ed", "en", "et", "ul", "governorate", "city", "province", "district",
        ]
        let words = String(scalars).split(separator: " ")
            .filter { !articles.contains($0) }
            .map { w -> String in
                var w = String(w)
                if w.count > 3, w.hasSuffix("ah") { w.removeLast() }
                if w.count > 3, w.hasSuffix("eh") { w.removeLast(2); w += "a" }
                return w
            }
        let spaced = words.joined(separator: " ")
        let compact = words.joined()
        return spaced == compact ? [spaced] : [spaced, compact]
    }
}
