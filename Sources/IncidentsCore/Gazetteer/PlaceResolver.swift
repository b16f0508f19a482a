import Foundation

/// The one place resolver: which places a name means. Built from place records — the
/// compiled-in gazetteer rows and hand-added places (`Gazetteer`) and, for `--place`, the
/// places the database learned from text (level 5, `LOC:` codes) — it answers:
///
/// - a name as a user types it (`places(named:)`), in Arabic with or without proclitics
///   («بالرقة», «وإدلب»), with a leading place-type noun («محافظة إدلب», «حي جوبر») and
///   in any spelling the normaliser folds (hamza, ta marbuta, alef maqsura); or in English
///   (the OCHA and GeoNames names and aliases, `PlaceAliases.english`), ignoring case,
///   hyphens, apostrophes and the article. An English name means what its Arabic name
///   means, so «Idleb» and «إدلب» give the same places;
/// - a name as the extractor writes it, for the store (`governorate(named:)`,
///   `places(named:in:)`, `isName(_:of:)`).
///
/// `PlaceFinder` scans article text with the same Arabic key index
/// (`Gazetteer.byKey`/`scanByFirst`) through `PlaceResolver.shared.gazetteer`.
public struct PlaceResolver: Sendable {
    /// The compiled-in places only (what the extractor and the store know).
    public static let shared = PlaceResolver(gazetteer: .shared)

    public let gazetteer: Gazetteer
    /// Places learned from text, as the database holds them.
    public let learned: [Place]
    /// Arabic key of a learned name (and of the name without its place-type noun, «حي
    /// جوبر» → «جوبر») → indices in `learned`.
    private let learnedByKey: [String: [Int]]
    private let english: @Sendable () -> EnglishIndex

    public init(gazetteer: Gazetteer, learned: [Place] = []) {
        self.gazetteer = gazetteer
        self.learned = learned
        var byKey: [String: [Int]] = [:]
        for (i, p) in learned.enumerated() {
            for key in Self.withoutTypeNoun(ArabicNormalizer.wordKey(p.nameAr))
            where !(byKey[key]?.contains(i) ?? false) {
                byKey[key, default: []].append(i)
            }
        }
        self.learnedByKey = byKey
        if gazetteer === Gazetteer.shared {
            // Built on first use: folding 3,000 Latin names costs more than an Arabic query.
            english = { PlaceResolver.sharedEnglish }
        } else {
            let index = EnglishIndex(gazetteer)
            english = { index }
        }
    }

    /// The shared gazetteer with the places a database learned.
    public func learning(_ places: [Place]) -> PlaceResolver {
        PlaceResolver(gazetteer: gazetteer, learned: places)
    }

    // MARK: - Names as users type them

    /// Every place a name (Arabic or English) can mean: gazetteer rows first, then learned
    /// places; empty when none.
    public func places(named name: String) -> [Place] {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        if Gazetteer.isArabic(ArabicNormalizer.key(trimmed)) { return places(arabic: trimmed) }
        return places(english: trimmed)
    }

    /// Place-type nouns a user may put before a name («مدينة إدلب», «حي جوبر»).
    static let typeNouns: Set<String> = Set(
        ["مدينة", "محافظة", "بلدة", "قرية", "حي", "منطقة", "ناحية", "مخيم", "ضاحية"]
            .map(ArabicNormalizer.wordKey))

    /// A key, then the key without a leading place-type noun.
    static func withoutTypeNoun(_ key: String) -> [String] {
        let words = key.split(separator: " ")
        guard words.count > 1, typeNouns.contains(String(words[0])) else { return [key] }
        return [key, words.dropFirst().joined(separator: " ")]
    }

    /// An Arabic name: the first spelling (itself, then without proclitics or a pronoun
    /// suffix, `Clitics.stemCandidates(of:)`) that names gazetteer rows gives them — with the
    /// subdistricts named «مركز <name>» — and every spelling among the first three that
    /// names a learned place adds it.
    func places(arabic text: String) -> [Place] {
        var candidates: [String] = []
        // `key`, not `wordKey`: punctuation in what a user types is not dropped («الرقة' --»
        // is no place), while the keys of the names hold none.
        for key in Self.withoutTypeNoun(ArabicNormalizer.key(text)) {
            candidates += Clitics.stemCandidates(of: key)
        }
        var found: [Place] = []
        for c in candidates {
            let hits = (gazetteer.byKey[c] ?? []) + (gazetteer.byKey[Self.seat + " " + c] ?? [])
            if !hits.isEmpty {
                found = hits.map { gazetteer.places[$0.index] }
                break
            }
        }
        for c in candidates.prefix(3) {
            for i in learnedByKey[c] ?? [] { found.append(learned[i]) }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.pcode).inserted }
    }

    private static let seat = ArabicNormalizer.wordKey("مركز")

    /// An English name means what the Arabic names of its rows mean.
    func places(english text: String) -> [Place] {
        let index = english()
        var hits: [Place] = []
        var arabic: [String] = []
        for key in Self.englishKeys(text) {
            if let rows = index.rows[key] {
                hits = rows.map { gazetteer.places[$0] }
                arabic = hits.map(\.nameAr)
                break
            }
        }
        for key in Self.englishKeys(text) {
            if let names = index.learned[key] { arabic += names }
        }
        var found = hits
        var asked = Set<String>()
        for name in arabic where asked.insert(name).inserted {
            found += places(arabic: name)
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.pcode).inserted }
    }

    /// Known names for suggestions: key → a name to show, in Arabic or in English.
    func suggestionNames(arabic: Bool) -> [String: String] {
        if !arabic { return english().display }
        var names: [String: String] = [:]
        for p in gazetteer.places {
            for n in [p.nameAr] + p.aliasesAr {
                let key = ArabicNormalizer.wordKey(n)
                if names[key] == nil { names[key] = p.nameAr }
            }
        }
        return names
    }

    // MARK: - Names as the extractor writes them (for the store)

    /// The governorate a name means («إدلب», «ادلب», «محافظة إدلب»).
    func governorate(named name: String) -> Place? {
        (gazetteer.byKey[ArabicNormalizer.wordKey(name)] ?? [])
            .lazy.map { self.gazetteer.places[$0.index] }.first { $0.level == .governorate }
    }

    /// The rows below a governorate with exactly this name.
    func places(named name: String, in governorate: String) -> [Place] {
        rows(key: ArabicNormalizer.wordKey(name), in: governorate)
    }

    private func rows(key: String, in governorate: String) -> [Place] {
        (gazetteer.byKey[key] ?? []).map { gazetteer.places[$0.index] }
            .filter { $0.level != .governorate && gazetteer.governorate(of: $0)?.pcode == governorate }
    }

    /// The one place of a governorate with this name, a leading «مدينة», «بلدة», «قرية»,
    /// «ناحية», «منطقة» or «محافظة» tried with and without. Names shared across levels
    /// are common (the district أريحا and the town أريحا): a town is preferred, then a
    /// subdistrict, then a district; two matches at the chosen level make the name
    /// ambiguous.
    func uniquePlace(named name: String, in governorate: String) -> Place? {
        for key in Self.storeNameKeys(ArabicNormalizer.wordKey(name)) {
            let rows = rows(key: key, in: governorate)
            for level in [Place.Level.town, .subdistrict, .district] {
                let atLevel = rows.filter { $0.level == level }
                if atLevel.count == 1 { return atLevel[0] }
                if atLevel.count > 1 { break }
            }
        }
        return nil
    }

    /// True when `text` is one of the place's Arabic names (a leading generic noun aside).
    func isName(_ text: String, of place: Place) -> Bool {
        Self.storeNameKeys(ArabicNormalizer.wordKey(text)).contains { key in
            (gazetteer.byKey[key] ?? []).contains { gazetteer.places[$0.index].pcode == place.pcode }
        }
    }

    /// Words that may precede a place's name without changing the place («مدينة إدلب»).
    private static let genericWords = ["مدينة", "بلدة", "قرية", "ناحية", "منطقة", "محافظة"]
        .map(ArabicNormalizer.wordKey)

    /// The key itself, then the key without a leading generic word.
    static func storeNameKeys(_ key: String) -> [String] {
        var result = [key]
        for word in genericWords where key.hasPrefix(word + " ") {
            result.append(String(key.dropFirst(word.count + 1)))
        }
        return result
    }

    // MARK: - English

    /// English names and aliases of the gazetteer rows.
    struct EnglishIndex: Sendable {
        /// English key → row indices.
        var rows: [String: [Int]] = [:]
        /// English key → Arabic names of learned places (`PlaceAliases.englishForLearned`).
        var learned: [String: [String]] = [:]
        /// English key → a name to suggest.
        var display: [String: String] = [:]

        init(_ gazetteer: Gazetteer) {
            for (i, p) in gazetteer.places.enumerated() {
                for name in [p.nameEn] + p.aliasesEn + (PlaceAliases.english[p.pcode] ?? []) {
                    for key in PlaceResolver.englishKeys(name) where !key.isEmpty {
                        if !(rows[key]?.contains(i) ?? false) { rows[key, default: []].append(i) }
                        if display[key] == nil { display[key] = p.nameEn }
                    }
                }
            }
            for (name, arabic) in PlaceAliases.englishForLearned {
                for key in PlaceResolver.englishKeys(name) where !key.isEmpty {
                    learned[key, default: []].append(arabic)
                }
            }
        }
    }

    private static let sharedEnglish = EnglishIndex(.shared)

    /// English matching keys: lower case, diacritics, apostrophes and articles removed,
    /// hyphens to spaces, a final «ah» to «a»; then the same with the spaces removed.
    /// «District» stays: districts named after a town («Al-Tabqah District» is الثورة)
    /// must not answer to the town's name.
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
            "er", "ed", "en", "et", "ul", "governorate", "city", "province",
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
