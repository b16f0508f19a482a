/// Light clitic handling for lexicon look-ups of single words (arabic-text.md §3.3): the
/// whole word first, then with one proclitic combination removed (longest first), then
/// with a pronoun suffix removed. A candidate counts only when the lexicon has it.
enum WordForms {
    /// Proclitic combinations, normalised, longest first. «لل» stands for ل + ال.
    static let prefixes: [[Unicode.Scalar]] = [
        "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
        "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك", "ال",
    ].map { Array(ArabicNormalizer.key($0).unicodeScalars) }

    /// The same prefixes as strings.
    static let prefixStrings: [String] = prefixes.map { String(String.UnicodeScalarView($0)) }

    static let suffixes: [[Unicode.Scalar]] = ["هما", "هم", "ها", "ه"].map {
        Array(ArabicNormalizer.key($0).unicodeScalars)
    }

    /// The forms to try for `key`, in order: itself, then prefix-stripped forms (with «ال»
    /// restored where the prefix held the article), then suffix-stripped forms.
    static func candidates(_ key: String) -> [String] {
        var out = [key]
        let s = Array(key.unicodeScalars)
        for p in prefixes where s.count - p.count >= 2 && s.starts(with: p) {
            let rest = String(String.UnicodeScalarView(s[p.count...]))
            let hasArticle = p.count >= 2 && (p.suffix(2) == ["ا", "ل"] || p.suffix(2) == ["ل", "ل"])
            if hasArticle { out.append("ال" + rest) }
            out.append(rest)
        }
        for x in suffixes where s.count - x.count >= 3 && s.reversed().starts(with: x.reversed()) {
            var stem = Array(s[..<(s.count - x.count)])
            out.append(String(String.UnicodeScalarView(stem)))
            if stem.last == "ت" {
                stem[stem.count - 1] = "ه"
                out.append(String(String.UnicodeScalarView(stem)))
            }
        }
        return out
    }
}
