import Foundation

/// Turns what a user types after `--place` and `--actor` into codes, or explains why not
/// with the closest known names.
public enum NameResolver {
    public struct ResolvedPlace: Sendable, Equatable {
        /// Gazetteer codes (every reading of the name: «الرقة» is a governorate, a district,
        /// a subdistrict seat and a town).
        public var pcodes: [String]
        /// Place names as stored (none: places learned from text resolve to their codes).
        public var names: [String]
    }

    public struct Unknown: Error, Sendable, Equatable, CustomStringConvertible {
        public var kind: String
        public var name: String
        public var suggestions: [String]
        /// What to give instead, when no known name is close.
        public var hint: String?

        public init(kind: String, name: String, suggestions: [String], hint: String? = nil) {
            self.kind = kind
            self.name = name
            self.suggestions = suggestions
            self.hint = hint
        }

        public var description: String {
            var s = "unknown \(kind) '\(name)'"
            if !suggestions.isEmpty {
                s += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
            } else if let hint {
                s += "; " + hint
            }
            return s
        }
    }

    /// Every place a name can mean (`PlaceResolver.places(named:)`), among the compiled-in
    /// places and those the database learned from text.
    public static func place(_ name: String, store: IncidentStore?) -> Result<ResolvedPlace, Unknown> {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        var resolver = PlaceResolver.shared
        if let store, let learned = try? store.learnedPlaces() { resolver = resolver.learning(learned) }
        let found = resolver.places(named: trimmed)
        if found.isEmpty {
            return .failure(Unknown(
                kind: "place", name: trimmed, suggestions: suggest(trimmed, resolver),
                hint: "give a governorate, district or town of Syria in Arabic (الرقة) or English (Raqqa)"))
        }
        return .success(ResolvedPlace(pcodes: found.map(\.pcode), names: []))
    }

    /// Up to three known names within a few letters of `name`.
    static func suggest(_ name: String, _ resolver: PlaceResolver) -> [String] {
        let isArabic = name.unicodeScalars.contains { $0.value >= 0x0600 && $0.value <= 0x06FF }
        let key = isArabic ? ArabicNormalizer.wordKey(name) : PlaceResolver.englishKeys(name)[0]
        let names = resolver.suggestionNames(arabic: isArabic)
        let limit = max(1, min(3, key.count / 3))
        let scored = names.keys.compactMap { k -> (String, Int)? in
            let d = editDistance(Array(key.unicodeScalars), Array(k.unicodeScalars), limit: limit)
            return d.map { (k, $0) }
        }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var out: [String] = []
        for (k, _) in scored {
            let d = names[k] ?? k
            if !out.contains(d) { out.append(d) }
            if out.count == 3 { break }
        }
        return out
    }

    /// Levenshtein distance, or nil when it exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        var prev = Array(0...b.count)
        var cur = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return nil }
            swap(&prev, &cur)
        }
        let d = prev[b.count]
        return d <= limit ? d : nil
    }

    /// An actor slug from a slug, an Arabic form or an English name.
    public static func actor(_ name: String) -> Result<String, Unknown> {
        let t = name.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        if ActorLexicon.bySlug[lower] != nil { return .success(lower) }
        let key = ArabicNormalizer.key(t)
        for a in ActorLexicon.all {
            if a.nameEn.lowercased() == lower { return .success(a.slug) }
            for f in [a.nameAr] + a.formsAr {
                let fk = ArabicNormalizer.key(f)
                if Clitics.stemCandidates(of: key).contains(fk) { return .success(a.slug) }
            }
        }
        let tokens = TokenizedText(t).tokens
        let mentions = ActorMatcher.mentions(in: tokens, range: 0..<tokens.count)
        if let m = mentions.first, m.range == 0..<tokens.count { return .success(m.slug) }
        for a in ActorLexicon.all where a.nameEn.lowercased().contains(lower) && lower.count >= 3 {
            return .success(a.slug)
        }
        return .failure(Unknown(
            kind: "actor", name: t, suggestions: actorSuggestions(t),
            hint: "give a slug (regime, russia, isis, coalition, sdf...) or an Arabic name (قوات النظام, داعش)"))
    }

    /// Close slugs for a Latin name, close Arabic forms for an Arabic one: a typo is at
    /// most a third of the name's letters (a quarter for Arabic, whose forms are longer).
    static func actorSuggestions(_ name: String) -> [String] {
        let isArabic = name.unicodeScalars.contains { $0.value >= 0x0600 && $0.value <= 0x06FF }
        var pool: [(key: String, display: String)] = []
        let key: String
        if isArabic {
            key = ArabicNormalizer.key(name)
            for a in ActorLexicon.all {
                for f in [a.nameAr] + a.formsAr { pool.append((ArabicNormalizer.key(f), f)) }
            }
        } else {
            key = name.lowercased()
            pool = ActorLexicon.all.map { ($0.slug, $0.slug) }
        }
        let limit = max(1, min(3, key.count / (isArabic ? 4 : 3)))
        let scored = pool.compactMap { p -> (String, Int)? in
            editDistance(Array(key.unicodeScalars), Array(p.key.unicodeScalars), limit: limit).map { (p.display, $0) }
        }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var out: [String] = []
        for (d, _) in scored where !out.contains(d) {
            out.append(d)
            if out.count == 3 { break }
        }
        return out
    }

    /// Checks a `--type` value the way the query matches it: an event type or a sub event
    /// type in any case, or the start of an event type («Explosions»). Returns it trimmed.
    public static func eventType(_ name: String) -> Result<String, Unknown> {
        let t = name.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        let all = EventTaxonomy.table.flatMap { [$0.type] + $0.subTypes }
        if !lower.isEmpty
            && (all.contains { $0.lowercased() == lower } || EventTaxonomy.table.contains { $0.type.lowercased().hasPrefix(lower) })
        {
            return .success(t)
        }
        func letters(_ s: String) -> String { String(s.lowercased().filter(\.isLetter)) }
        let key = letters(t)
        let limit = max(1, min(4, key.count / 3))
        var scored: [(String, Int)] = []
        for c in all {
            let ck = letters(c)
            if let d = editDistance(Array(key.unicodeScalars), Array(ck.unicodeScalars), limit: limit) {
                scored.append((c, d))
                continue
            }
            // «airstrike» → Air/drone strike: a whole word of the type inside the name.
            let words = c.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 }
            if key.count >= 4, words.contains(where: { key.contains($0) || $0.contains(key) }) {
                scored.append((c, limit + 1))
            }
        }
        scored.sort { $0.1 < $1.1 }
        return .failure(Unknown(
            kind: "event type", name: t, suggestions: Array(scored.prefix(3).map(\.0)),
            hint: "give one of " + EventTaxonomy.table.map(\.type).joined(separator: ", ")
                + " or one of their sub event types (Air/drone strike, Armed clash...)"))
    }
}
