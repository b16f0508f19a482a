/// Lexicons looked up by a token's integer hash (`Token.hash`), with the clitic forms of
/// every entry precomputed (arabic-text.md §3.3: و ف ب ل ك ال and their combinations before,
/// a pronoun after), so that reading a token costs one integer look-up per lexicon instead
/// of building and hashing candidate strings.
struct HashedLexicon<Value: Sendable>: Sendable {
    private var table = HashTable<Value>()

    /// `forms`: entry (normal Arabic, normalised here) → value. With `clitics`, every form
    /// also matches with a proclitic combination («والغارات», «بالغارات», «للتحالف») or a
    /// pronoun suffix («غاراته», «سيطرتها»).
    ///
    /// When two entries give the same surface form («للعمليات» is ل + «العمليات» and لل +
    /// «عمليات»), `combine` merges their values; without it the earlier entry keeps it.
    /// Either way the result depends only on the order of `forms`: callers pass them in a
    /// fixed order (never a Set's or a Dictionary's), so every run reads text the same way.
    init(_ forms: [(String, Value)], clitics: Bool = true, combine: ((Value, Value) -> Value)? = nil) {
        for (form, value) in forms {
            let key = ArabicNormalizer.key(form)
            for variant in clitics ? Self.variants(of: key) : [key] {
                let h = fnv1a(variant)
                if let old = table[h] {
                    if let combine { table[h] = combine(old, value) }
                } else {
                    table[h] = value
                }
            }
        }
        // The plain forms win over a clitic reading of another entry.
        for (form, value) in forms { table[fnv1a(ArabicNormalizer.key(form))] = value }
    }

    @inline(__always)
    subscript(_ token: Token) -> Value? { table[token.hash] }

    @inline(__always)
    subscript(hash hash: UInt64) -> Value? { table[hash] }

    static func variants(of key: String) -> [String] {
        var out = [key]
        let article = "ال"
        for p in WordForms.prefixStrings {
            out.append(p + key)
            let withArticle = p.hasSuffix("ال") || p.hasSuffix("لل")
            if withArticle && key.hasPrefix(article) && p != "ال" {
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

/// A set of words looked up by token hash (see `HashedLexicon`).
struct HashedSet: Sendable {
    private let lexicon: HashedLexicon<Bool>

    init(_ words: [String], clitics: Bool = true) {
        lexicon = HashedLexicon(words.map { ($0, true) }, clitics: clitics)
    }

    @inline(__always)
    func contains(_ token: Token) -> Bool { lexicon[token] != nil }

    /// Whether any token of `range` is in the set.
    @inline(__always)
    func any(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for i in range where lexicon[tokens[i]] != nil { return true }
        return false
    }
}

/// Hashes of single words compared often.
enum WordHash {
    static let didd = fnv1a(ArabicNormalizer.key("ضد"))
    static let min = fnv1a(ArabicNormalizer.key("من"))
    static let bayn = fnv1a(ArabicNormalizer.key("بين"))
    static let baynaha = fnv1a(ArabicNormalizer.key("بينها"))
    static let alaan = fnv1a(ArabicNormalizer.key("الآن"))
    static let hatta = fnv1a(ArabicNormalizer.key("حتى"))
    static let mundhu = fnv1a(ArabicNormalizer.key("منذ"))
}
