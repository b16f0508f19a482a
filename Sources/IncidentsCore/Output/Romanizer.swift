/// Arabic names in Latin letters, for the English columns of the ACLED CSV when the
/// gazetteer has no English name (a village learned from text): a plain letter-for-letter
/// reading in the style of common Syrian place spellings («كفر نبل» → "Kafr Nbl", «الهري» →
/// "Al-Hry"). Short vowels are not written in Arabic, so the result is a readable key
/// for a person, not ACLED's spelling; the Arabic stays in `location_ar`.
enum Romanizer {
    static func latin(_ arabic: String) -> String {
        var words: [String] = []
        for word in arabic.split(separator: " ") {
            var out = ""
            var scalars = Array(word.unicodeScalars)
            var article = false
            if scalars.count > 3, scalars[0] == "ا", scalars[1] == "ل" {
                article = true
                scalars.removeFirst(2)
            }
            for (i, c) in scalars.enumerated() {
                if let l = letters[c] {
                    // Alef, waw and yeh are long vowels inside a word, consonants first.
                    if i > 0, let v = vowels[c] { out += v } else { out += l }
                } else if c.properties.isASCIIHexDigit || c.isASCII {
                    out.unicodeScalars.append(c)
                }
            }
            guard !out.isEmpty else { continue }
            let cap = out.prefix(1).uppercased() + out.dropFirst()
            words.append(article ? "Al-" + cap : cap)
        }
        return words.joined(separator: " ")
    }

    private static let vowels: [Unicode.Scalar: String] = ["ا": "a", "و": "ou", "ي": "i", "ى": "a"]

    private static let letters: [Unicode.Scalar: String] = [
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ب": "b", "ت": "t",
        "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "th", "ر": "r", "ز": "z",
        "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
        "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a",
        "و": "w", "ي": "y", "ى": "a",
    ]
}
