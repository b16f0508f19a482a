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

/// Surface form → lexicon stems, built once from a lexicon's first-token keys.
///
/// Instead of stripping prefixes from every article token at run time, every valid
/// proclitic combination is attached to every stem at load time, so matching costs one
/// dictionary lookup per token. Readings come back in the order reference §3.3 asks for:
/// the whole token first, then the longest proclitic first.
struct CliticIndex: Sendable {
    private var table = KeyMap<[CliticReading]>()
    /// The same table under an integer key, for the per-token lookup (most tokens miss).
    private var fast = HashTable<[(surface: String, readings: [CliticReading])]>()

    private static let conjunctions: [Unicode.Scalar?] = [nil, "و", "ف"]
    private static let prepositions: [Unicode.Scalar?] = [nil, "ب", "ل", "ك"]

    /// `minStem`: the shortest stem (in scalars) that may carry a proclitic.
    init<S: Sequence>(stems: S, minStem: Int = 2) where S.Element == String {
        self.init(groups: [(Array(stems), minStem)])
    }

    /// Several groups of stems, each with its own shortest stem that may carry a proclitic.
    init(groups: [([String], Int)]) {
        // Sorted: stems often come from a Set, and readings of equal rank keep insertion
        // order, so a fixed order makes every run read a token the same way.
        for (stems, minStem) in groups { insert(stems.sorted(), minStem: minStem) }
        sortReadings()
        table.forEach { surface, readings in
            let h = fnv1a(surface)
            fast[h] = (fast[h] ?? []) + [(surface, readings)]
        }
    }

    private mutating func insert(_ stems: [String], minStem: Int) {
        for stem in stems where !stem.isEmpty {
            add(stem, stem, .none)
            let scalars = Array(stem.unicodeScalars)
            guard scalars.count >= minStem else { continue }
            let definite = scalars.count >= 4 && scalars[0] == "ا" && scalars[1] == "ل"
            for c in Self.conjunctions {
                for p in Self.prepositions where !(c == nil && p == nil) {
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
                    add(String(view), stem, Proclitic(conjunction: c, preposition: p))
                }
            }
        }
    }

    private mutating func sortReadings() {
        // Whole token first, then the longest proclitic first (stable otherwise).
        table = table.mapValues { v in
            v.count < 2 ? v : v.enumerated().sorted { a, b in
                let ra = Self.rank(a.element.proclitic), rb = Self.rank(b.element.proclitic)
                return ra != rb ? ra < rb : a.offset < b.offset
            }.map(\.element)
        }
    }

    private static func rank(_ p: Proclitic) -> Int { p.isEmpty ? 0 : 10 - p.length }

    private mutating func add(_ surface: String, _ stem: String, _ p: Proclitic) {
        var list = table[surface, default: []]
        if !list.contains(where: { sameKey($0.stem, stem) && $0.proclitic == p }) {
            list.append(CliticReading(stem: stem, proclitic: p))
        }
        table[surface] = list
    }

    /// The readings of a token key, whole token first; empty when nothing in the lexicon
    /// can be seen in it.
    @inline(__always)
    func readings(_ key: String) -> [CliticReading] { readings(key, hash: fnv1a(key)) }

    /// The readings of a token (by its precomputed hash).
    @inline(__always)
    func readings(_ token: Token) -> [CliticReading] { readings(token.key, hash: token.hash) }

    @inline(__always)
    private func readings(_ key: String, hash: UInt64) -> [CliticReading] {
        guard let bucket = fast[hash] else { return [] }
        for entry in bucket where sameKey(entry.surface, key) { return entry.readings }
        return []
    }
}
