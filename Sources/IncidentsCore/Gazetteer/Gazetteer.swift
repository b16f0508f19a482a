/// The place records compiled in: `PlaceTable` (the generated `places.csv`) plus
/// `HandPlaces`, with the one Arabic key index of their names and aliases (which
/// `PlaceFinder` scans text with and `PlaceResolver` answers names with) and the one
/// administrative hierarchy (which the extractor and the store both use).
///
/// Towns in `places.csv` hang from their governorate only; a town's district is known when
/// a district or subdistrict of the same governorate carries the town's name («تدمر» the
/// town → منطقة تدمر; «الطبقة» → ناحية مركز الطبقة → منطقة الثورة).
public final class Gazetteer: Sendable {
    /// The shared, compiled-in gazetteer.
    public static let shared = Gazetteer(places: compiled)

    /// The compiled-in rows: `places.csv` with each governorate at its capital's point, the
    /// hand-added places, the named regions and the villages mined from the corpus.
    static let compiled: [Place] = {
        let known = GovernorateCapitals.placing(PlaceTable.all) + HandPlaces.all + NamedRegions.all
        return known + AnchoredPlaces.rows(besides: known)
    }()

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
    private let districtIndex: [Int?]
    /// The district the parent links lead to (before a town is given the district named
    /// after it): what the database stores as a place's `district_pcode`.
    private let linkedDistrictIndex: [Int?]
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
        // A named region's name means the region: a subdistrict that OCHA also calls by it
        // («ناحية الغوطة الشرقية» is Jaramana subdistrict) keeps its own name only.
        var regionKeys: Set<String> = []
        for p in places where NamedRegions.isRegion(pcode: p.pcode) {
            for text in [p.nameAr] + p.aliasesAr { regionKeys.insert(ArabicNormalizer.wordKey(text)) }
        }
        for (i, p) in places.enumerated() {
            let names = [(p.nameAr, true)] + (p.aliasesAr + (PlaceAliases.arabic[p.pcode] ?? []))
                .map { ($0, false) }
            let region = NamedRegions.isRegion(pcode: p.pcode)
            for (text, isName) in names {
                let key = ArabicNormalizer.wordKey(text)
                guard !key.isEmpty, Self.isArabic(key) else { continue }
                if !isName && !region && regionKeys.contains(key) { continue }
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
        self.linkedDistrictIndex = dist
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
    }

    // MARK: - Lookup

    /// The row with this P-code.
    public func place(pcode: String) -> Place? { byPcode[pcode].map { places[$0] } }

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

    /// The district the parent links lead to (itself for a district): nil for a town,
    /// which hangs from its governorate, even when `district(of:)` knows one by name.
    /// The database stores this one as a place's `district_pcode`.
    func linkedDistrict(of p: Place) -> Place? {
        if p.level == .district { return p }
        if p.level == .governorate { return nil }
        return index(p).flatMap { linkedDistrictIndex[$0] }.map { places[$0] }
    }

    /// The point a place is drawn at: its own, else that of the nearest enclosing unit
    /// that has one (a village the gazetteer knows without coordinates is drawn at its
    /// district's, a district without one at its governorate's capital).
    public func point(of p: Place) -> (lat: Double, lon: Double)? {
        var q: Place? = p
        var steps = 0
        while let r = q, steps < 6 {
            if let lat = r.lat, let lon = r.lon { return (lat, lon) }
            q = r.parent.flatMap { place(pcode: $0) }
            steps += 1
        }
        return nil
    }

    /// Every row once (the first of a P-code), each parent before its children.
    var ordered: [Place] {
        var seen = Set<String>()
        return places.filter { seen.insert($0.pcode).inserted }
            .sorted { ($0.level, $0.pcode) < ($1.level, $1.pcode) }
    }

    /// A fingerprint of the records as the database stores them; a change makes the store
    /// reload the places.
    var fingerprint: String {
        var text = ""
        for p in ordered {
            text += [p.pcode, String(p.level.rawValue), p.nameAr, p.nameEn, p.parent ?? "",
                     p.lat.map { "\($0)" } ?? "", p.lon.map { "\($0)" } ?? "",
                     p.aliasesAr.joined(separator: "|"), p.aliasesEn.joined(separator: "|")]
                .joined(separator: "\t") + "\n"
        }
        return ContentHash.hex(text)
    }

    // MARK: - Keys

    static func isArabic(_ key: String) -> Bool {
        key.unicodeScalars.contains { $0.value >= 0x0621 && $0.value <= 0x064A }
    }
}
