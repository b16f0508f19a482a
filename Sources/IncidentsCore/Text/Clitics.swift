/// How the entries of a word table may be seen in text (arabic-text.md §3.3). Two proclitic
/// rule sets are in use, and they differ on purpose; each lexicon names the one it was
/// tuned with.
enum CliticOption: Sendable {
    /// The entry as written.
    case exact
    /// Farasa's closed list (reference §3.1): conjunction و/ف, then preposition ب/ل/ك, before
    /// the entry, which carries its own article («بالرقة» is ب + «الرقة»; «للتحالف» is ل +
    /// «التحالف» with the alef of ال dropped). Entries shorter than `minStem` scalars only
    /// as written.
    case proclitics(minStem: Int)
    /// The looser list `Clitics.procliticStrings` before the entry (it adds ال itself, and
    /// drops the entry's article after a prefix ending in ال/لل: «بالغارات», «للعمليات»),
    /// or a pronoun suffix after it («غاراته», «سيطرتها»; ة → ت before the suffix).
    case procliticsAndSuffixes
}

/// The proclitics removed from the first token of a lexicon match («وبدير الزور», «للتحالف»).
///
/// Only Farasa's closed list of valid combinations is used (reference §3.1): conjunction
/// و/ف, then preposition ب/ل/ك, then the article (which the lexicon entry itself carries:
/// «بالرقة» is ب + «الرقة»; «للتحالف» is ل + «التحالف» with the alef of ال dropped).
struct Proclitic: Equatable, Sendable {
    /// و or ف.
    var conjunction: Unicode.Scalar?
    /// ب, ل or ك.
    var preposition: Unicode.Scalar?

    static let none = Proclitic(conjunction: nil, preposition: nil)

    var isEmpty: Bool { conjunction == nil && preposition == nil }
    /// Letters the proclitic adds to the surface form (لل counts the ل once).
    var length: Int { (conjunction == nil ? 0 : 1) + (preposition == nil ? 0 : 1) }
    /// A locative/allative preposition (ب «in», ل «to/for»): a cue that a place follows.
    var hasPlacePreposition: Bool { preposition == "ب" || preposition == "ل" }
    var hasLam: Bool { preposition == "ل" }
}

/// One reading of a surface token: the lexicon key it contains and the proclitic around it.
struct CliticReading: Sendable {
    var stem: String
    var proclitic: Proclitic
}

/// A table of clitic readings: surface form → the lexicon stems seen in it, each with its
/// proclitic (the `CliticOption.proclitics` forms).
///
/// Instead of stripping prefixes from every article token at run time, every valid
/// proclitic combination is attached to every stem at load time, so matching costs one
/// table look-up per token. Readings come back in the order reference §3.3 asks for: the
/// whole token first, then the longest proclitic first, then stems in sorted order.
typealias CliticReadings = WordTable<[CliticReading]>

extension WordTable where Value == [CliticReading] {
    /// `minStem`: the shortest stem (in scalars) that may carry a proclitic.
    init<S: Sequence>(stems: S, minStem: Int = 2) where S.Element == String {
        self.init(groups: [(Array(stems), minStem)])
    }

    /// Several groups of stems (normalised keys), each with its own shortest stem that may
    /// carry a proclitic.
    init(groups: [([String], Int)]) {
        self.init()
        // Sorted: stems often come from a Set, and readings of equal rank keep insertion
        // order, so a fixed order makes every run read a token the same way.
        for (stems, minStem) in groups {
            for stem in stems.sorted() where !stem.isEmpty {
                for (surface, p) in Clitics.procliticForms(of: stem, minStem: minStem) {
                    var list = self[surface, default: []]
                    if !list.contains(where: { sameKey($0.stem, stem) && $0.proclitic == p }) {
                        list.append(CliticReading(stem: stem, proclitic: p))
                    }
                    self[surface] = list
                }
            }
        }
        // Whole token first, then the longest proclitic first (stable otherwise).
        self = mapValues { v in
            v.count < 2 ? v : v.enumerated().sorted { a, b in
                let ra = Self.rank(a.element.proclitic), rb = Self.rank(b.element.proclitic)
                return ra != rb ? ra < rb : a.offset < b.offset
            }.map(\.element)
        }
    }

    private static func rank(_ p: Proclitic) -> Int { p.isEmpty ? 0 : 10 - p.length }

    /// The readings of a token key, whole token first; empty when nothing in the lexicon
    /// can be seen in it.
    @inline(__always)
    func readings(_ key: String) -> [CliticReading] { self[key] ?? [] }

    /// The readings of a token (by its precomputed hash).
    @inline(__always)
    func readings(_ token: Token) -> [CliticReading] { self[token] ?? [] }
}

/// The clitic rules of the word layer.
enum Clitics {
    /// Proclitic combinations of `CliticOption.procliticsAndSuffixes`, normalised, longest
    /// first. «لل» stands for ل + ال.
    static let procliticStrings: [String] = [
        "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
        "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك", "ال",
    ].map(ArabicNormalizer.key)

    /// Pronoun suffixes, longest first.
    static let suffixStrings: [String] = ["هما", "هم", "ها", "ه"].map(ArabicNormalizer.key)

    private static let conjunctions: [Unicode.Scalar?] = [nil, "و", "ف"]
    private static let prepositions: [Unicode.Scalar?] = [nil, "ب", "ل", "ك"]

    /// The surface forms of the key `key` under `option`, itself first (a form may repeat).
    static func surfaces(of key: String, _ option: CliticOption) -> [String] {
        switch option {
        case .exact:
            return [key]
        case .proclitics(let minStem):
            return procliticForms(of: key, minStem: minStem).map(\.surface)
        case .procliticsAndSuffixes:
            var out = [key]
            for p in procliticStrings {
                out.append(p + key)
                let withArticle = p.hasSuffix("ال") || p.hasSuffix("لل")
                if withArticle && key.hasPrefix("ال") && p != "ال" {
                    out.append(p + key.dropFirst(2))
                }
            }
            for x in ["ه", "ها", "هم", "هما"] {
                out.append(key + x)
                if key.hasSuffix("ه") { out.append(key.dropLast() + "ت" + x) }
            }
            return out
        }
    }

    /// The `CliticOption.proclitics` forms of `stem`, with their proclitic, the stem itself
    /// first.
    static func procliticForms(of stem: String, minStem: Int) -> [(surface: String, proclitic: Proclitic)] {
        var out: [(surface: String, proclitic: Proclitic)] = [(stem, .none)]
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= minStem else { return out }
        let definite = scalars.count >= 4 && scalars[0] == "ا" && scalars[1] == "ل"
        for c in conjunctions {
            for p in prepositions where !(c == nil && p == nil) {
                var view = String.UnicodeScalarView()
                if let c { view.append(c) }
                if p == "ل" && definite {
                    // ل + ال → لل: the alef of the article is not written.
                    view.append("ل")
                    view.append(contentsOf: scalars.dropFirst(1))
                } else {
                    if let p { view.append(p) }
                    view.append(contentsOf: scalars)
                }
                out.append((String(view), Proclitic(conjunction: c, preposition: p)))
            }
        }
        return out
    }

    /// The stems a word typed by a user may hold, in order: the key itself, then with one
    /// proclitic combination of `procliticStrings` removed (longest first; with «ال»
    /// restored where the prefix held the article), then with a pronoun suffix removed
    /// (ت → ة restored). For query-time look-ups of a single word; a candidate counts only
    /// where the caller's index has it.
    static func stemCandidates(of key: String) -> [String] {
        var out = [key]
        let s = Array(key.unicodeScalars)
        for p in procliticScalars where s.count - p.count >= 2 && s.starts(with: p) {
            let rest = String(String.UnicodeScalarView(s[p.count...]))
            let hasArticle = p.count >= 2 && (p.suffix(2) == ["ا", "ل"] || p.suffix(2) == ["ل", "ل"])
            if hasArticle { out.append("ال" + rest) }
            out.append(rest)
        }
        for x in suffixScalars where s.count - x.count >= 3 && s.reversed().starts(with: x.reversed()) {
            var stem = Array(s[..<(s.count - x.count)])
            out.append(String(String.UnicodeScalarView(stem)))
            if stem.last == "ت" {
                stem[stem.count - 1] = "ه"
                out.append(String(String.UnicodeScalarView(stem)))
            }
        }
        return out
    }

    private static let procliticScalars = procliticStrings.map { Array($0.unicodeScalars) }
    private static let suffixScalars = suffixStrings.map { Array($0.unicodeScalars) }
}

/// True when a key starts with the article «ال».
@inline(__always)
func hasArticle(_ k: String) -> Bool {
    var it = k.unicodeScalars.makeIterator()
    return it.next() == "ا" && it.next() == "ل"
}
