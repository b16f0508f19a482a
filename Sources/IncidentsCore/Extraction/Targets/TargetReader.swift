/// Victim categories named in a token range.
///
/// Returns each category found at most once, most specific first:
/// `"children"`, `"medical"`, `"protesters"`, `"civilians"`.
///
/// - "children": طفل، أطفال، طفلة، طفلين، رضيع، قاصر، تلاميذ ...; children are civilians,
///   so "civilians" is added after it even when the text has no civilian word.
/// - "medical": medical staff (كوادر طبية، العاملين في المجال الطبي، مسعف، ممرض، طبيب)
///   and civil-defence rescuers (الدفاع المدني، الخوذ البيضاء, coded with medical workers).
/// - "protesters": متظاهرين، محتجين، مظاهرة، اعتصام ...
/// - "civilians": مدني/مدنيين/المدنيين، الأهالي، السكان، المواطنين، نساء، امرأة، عائلة،
///   نازحين، صحفي ...; women are civilians (category "civilians").
///
/// The reader cannot tell a victim from a source or a subject («قال طبيب», «طالب الأهالي»):
/// the caller keeps the categories found near the casualty words. Plain «أشخاص»/«شخصين»
/// is not a category (the caller may read it as civilians).
public enum TargetReader {
    public static func targets(in tokens: [Token], range: Range<Int>) -> [String] {
        let end = min(range.upperBound, tokens.count)
        var found = Set<String>()
        var i = max(0, range.lowerBound)
        while i < end {
            var matched = false
            for r in index.readings(tokens[i]) {
                guard let phrases = byFirst[r.stem] else { continue }
                for p in phrases {
                    let e = i + 1 + p.rest.count
                    guard e <= end else { continue }
                    var ok = true
                    for (n, w) in p.rest.enumerated() where tokens[i + 1 + n].boundary > .quote
                        || !sameKey(tokens[i + 1 + n].key, w)
                    {
                        ok = false
                        break
                    }
                    if ok {
                        found.insert(p.category)
                        if p.category == "children" { found.insert("civilians") }
                        i = e
                        matched = true
                        break
                    }
                }
                if matched { break }
            }
            if !matched { i += 1 }
        }
        return CivilianTargets.categories.filter { found.contains($0) }
    }

    struct Phrase: Sendable {
        var rest: [String]
        var category: String
    }

    static let words: [(String, [String])] = [
        ("children", [
            "طفل", "طفلا", "أطفال", "الأطفال", "طفلة", "طفلين", "طفلان", "طفلتين", "طفلتان",
            "الطفل", "الطفلة", "الطفلين", "أطفالا", "قاصر", "قاصرا", "قاصرين", "قاصرة",
            "رضيع", "رضيعة", "رضيعا", "رضع", "الرضع", "تلاميذ", "التلاميذ", "تلميذ",
            "تلميذة", "طفولة",
        ]),
        ("medical", [
            "كوادر طبية", "الكوادر الطبية", "كادر طبي", "الكادر الطبي", "طاقم طبي",
            "الطاقم الطبي", "طواقم طبية", "الطواقم الطبية", "العاملين في المجال الطبي",
            "عاملين في المجال الطبي", "العاملين في القطاع الطبي", "العاملين في القطاع الصحي",
            "مسعف", "مسعفا", "مسعفين", "مسعفون", "المسعفين", "المسعفون", "ممرض", "ممرضا",
            "ممرضة", "ممرضين", "ممرضون", "الممرضين", "طبيب", "طبيبا", "أطباء", "الأطباء",
            "طبيبة", "الدفاع المدني", "الخوذ البيضاء", "متطوع في الدفاع المدني",
            "الهلال الأحمر",
        ]),
        ("protesters", [
            "متظاهر", "متظاهرا", "متظاهرين", "متظاهرون", "المتظاهرين", "المتظاهرون",
            "محتج", "محتجين", "محتجون", "المحتجين", "المحتجون", "مظاهرة", "مظاهرات",
            "المظاهرة", "المظاهرات", "تظاهرة", "تظاهرات", "التظاهرة", "التظاهرات",
            "اعتصام", "المعتصمين", "معتصمين",
        ]),
        ("civilians", [
            "مدني", "مدنيا", "مدنيين", "مدنيون", "المدنيين", "المدنيون", "مدنيان",
            "مدنيتين", "الأهالي", "أهالي", "السكان", "سكان", "المواطنين", "مواطنين",
            "مواطنا", "مواطن", "مواطنون", "المواطنون", "نساء", "النساء", "امرأة", "امرأتين",
            "سيدة", "سيدات", "فتاة", "عائلة", "عائلات", "أسرة", "أسر", "نازحين", "النازحين",
            "نازحون", "لاجئين", "اللاجئين", "صحفي", "صحفيا", "صحفيين", "الصحفيين",
            "إعلامي", "إعلاميا", "ناشط", "ناشطا", "ناشطين", "مزارع", "مزارعين", "راعي",
            "رعاة", "عمال", "مسن", "مسنة", "شيخ مسن", "مصلين", "المصلين",
        ]),
    ]

    static let byFirst: WordTable<[Phrase]> = {
        var d = WordTable<[Phrase]>()
        for (cat, list) in words {
            for w in list {
                let parts = ArabicNormalizer.wordKey(w).split(separator: " ").map(String.init)
                guard let first = parts.first else { continue }
                d[first, default: []].append(Phrase(rest: Array(parts.dropFirst()), category: cat))
            }
        }
        return d.mapValues { v in v.sorted { $0.rest.count > $1.rest.count } }
    }()

    static let index = CliticReadings(stems: byFirst.keys, minStem: 3)

    /// People counted with no category («أربعة أشخاص», «شخصين»): read as civilians by the
    /// caller where nothing says they fought.
    static let people = WordSet(.proclitics(minStem: 3), [
        "شخص", "شخصا", "شخصان", "شخصين", "أشخاص", "الأشخاص", "أشخاصا", "الشخص", "شخصاً",
        "إنسان", "إنسانا", "أناس",
    ])
}
