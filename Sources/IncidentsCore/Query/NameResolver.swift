import Foundation

/// Turns what a user types after `--place` and `--actor` into codes, or explains why not
/// with the closest known names.
public enum NameResolver {
    public struct ResolvedPlace: Sendable, Equatable {
        /// Gazetteer codes (every reading of the name: «الرقة» is a governorate, a district,
        /// a subdistrict seat and a town).
        public var pcodes: [String]
        /// Place names as stored, for places outside the gazetteer.
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

    static let typeWords: Set<String> = Set(
        ["مدينة", "محافظة", "بلدة", "قرية", "حي", "منطقة", "ناحية", "مخيم", "ضاحية"].map(ArabicNormalizer.key))

    /// Folds an English place name: lower case, no accents, no «al-/ar-/as-...» article,
    /// letters and digits only, no final h (Raqqa = Ar-Raqqah = al raqqa).
    public static func englishKey(_ s: String) -> String {
        var t = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        t = t.replacingOccurrences(of: "governorate", with: "")
        let words = t.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var parts = words.map(String.init)
        if parts.count > 1, ["al", "ar", "as", "ad", "ash", "at", "az", "an", "el", "ad"].contains(parts[0]) {
            parts.removeFirst()
        }
        var k = parts.joined()
        for art in ["al", "ar", "as", "ad", "ash", "at", "az", "el"] where k.hasPrefix(art) && s.lowercased().hasPrefix(art + "-") {
            k.removeFirst(art.count)
            break
        }
        while k.hasSuffix("h") && k.count > 3 { k.removeLast() }
        return k
    }

    struct Index {
        var arabic: [String: [String]] = [:]   // key -> pcodes
        var english: [String: [String]] = [:]
        var display: [String: String] = [:]    // key -> a name to suggest
    }

    /// Arabic names and aliases (built on first use).
    static let arabicIndex: Index = {
        var ix = Index()
        for p in PlaceTable.all {
            for n in [p.nameAr] + p.aliasesAr {
                let k = ArabicNormalizer.key(n)
                ix.arabic[k, default: []].append(p.pcode)
                ix.display[k] = ix.display[k] ?? p.nameAr
                // «مركز الطبقة» is also «الطبقة»
                if k.hasPrefix("مركز ") {
                    let short = String(k.dropFirst(5))
                    ix.arabic[short, default: []].append(p.pcode)
                }
            }
        }
        return ix
    }()

    /// English names and aliases: built only when a name is not found in Arabic (folding
    /// 3,000 Latin names costs more than the query itself).
    static let englishIndex: Index = {
        var ix = Index()
        for p in PlaceTable.all {
            for n in [p.nameEn] + p.aliasesEn {
                let k = englishKey(n)
                guard !k.isEmpty else { continue }
                ix.english[k, default: []].append(p.pcode)
                ix.display[k] = ix.display[k] ?? p.nameEn
            }
        }
        return ix
    }()

    /// Every gazetteer code a name can mean, plus stored place names outside the gazetteer.
    public static func place(_ name: String, store: IncidentStore?) -> Result<ResolvedPlace, Unknown> {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let ix = arabicIndex
        var pcodes: [String] = []
        let key = ArabicNormalizer.key(trimmed)
        var arabicCandidates = Clitics.stemCandidates(of: key)
        let words = key.split(separator: " ")
        if words.count > 1, typeWords.contains(String(words[0])) {
            arabicCandidates += Clitics.stemCandidates(of: words.dropFirst().joined(separator: " "))
        }
        for c in arabicCandidates {
            if let p = ix.arabic[c] {
                pcodes = p
                break
            }
        }
        let isArabic = trimmed.unicodeScalars.contains { $0.value >= 0x0600 && $0.value <= 0x06FF }
        if pcodes.isEmpty, !isArabic, let p = englishIndex.english[englishKey(trimmed)] { pcodes = p }
        var names: [String] = []
        if let store {
            for c in arabicCandidates.prefix(3) {
                let local = (try? store.placeNames(matchingKey: c)) ?? (names: [], pcodes: [])
                names += local.names
                pcodes += local.pcodes
            }
        }
        if pcodes.isEmpty && names.isEmpty {
            return .failure(Unknown(
                kind: "place", name: trimmed, suggestions: suggest(trimmed, isArabic ? ix : englishIndex),
                hint: "give a governorate, district or town of Syria in Arabic (الرقة) or English (Raqqa)"))
        }
        var seen = Set<String>()
        return .success(ResolvedPlace(
            pcodes: pcodes.filter { seen.insert($0).inserted }, names: Array(Set(names)).sorted()))
    }

    static func suggest(_ name: String, _ ix: Index) -> [String] {
        let isArabic = name.unicodeScalars.contains { $0.value >= 0x0600 && $0.value <= 0x06FF }
        let key = isArabic ? ArabicNormalizer.key(name) : englishKey(name)
        let pool = isArabic ? Array(ix.arabic.keys) : Array(ix.english.keys)
        let limit = max(1, min(3, key.count / 3))
        let scored = pool.compactMap { k -> (String, Int)? in
            let d = editDistance(Array(key.unicodeScalars), Array(k.unicodeScalars), limit: limit)
            return d.map { (k, $0) }
        }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var out: [String] = []
        for (k, _) in scored {
            let d = ix.display[k] ?? k
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

    /// ACLED's event types and their sub event types: the values the database holds.
    public static let eventTypes: [(type: String, subTypes: [String])] = [
        ("Battles", ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"]),
        ("Protests", ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"]),
        ("Riots", ["Violent demonstration", "Mob violence"]),
        ("Explosions/Remote violence", [
            "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Grenade",
        ]),
        ("Violence against civilians", ["Sexual violence", "Attack", "Abduction/forced disappearance"]),
        ("Strategic developments", [
            "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction",
            "Non-violent transfer of territory", "Other",
        ]),
    ]

    /// Checks a `--type` value the way the query matches it: an event type or a sub event
    /// type in any case, or the start of an event type («Explosions»). Returns it trimmed.
    public static func eventType(_ name: String) -> Result<String, Unknown> {
        let t = name.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        let all = eventTypes.flatMap { [$0.type] + $0.subTypes }
        if !lower.isEmpty
            && (all.contains { $0.lowercased() == lower } || eventTypes.contains { $0.type.lowercased().hasPrefix(lower) })
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
            hint: "give one of " + eventTypes.map(\.type).joined(separator: ", ")
                + " or one of their sub event types (Air/drone strike, Armed clash...)"))
    }
}
