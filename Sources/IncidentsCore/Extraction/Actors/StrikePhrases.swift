/// Strikes named by their agent's adjective: «قصف حكومي», «غارات روسية وسورية», «الضربات
/// الصاروخية الأمريكية», «ضربة جوية إسرائيلية», «هجوم تركي», «قذائف النظام».
///
/// A strike noun, optional type adjectives («الجوية», «الصاروخية», «المدفعي»), then a
/// nationality adjective (coordinated ones too) or «النظام» / «للنظام». The mention covers
/// the strike words: the strike is the act, its adjective says who did it.
extension ActorMatcher {
    static func strike(_ t: [Token], head: Int, end: Int) -> [ActorMention]? {
        var j = head + 1
        while j < end, t[j].boundary <= .quote, Tables.strikeTypes.contains(t[j].key) { j += 1 }
        guard j < end, t[j].boundary <= .quote else { return nil }
        let k = t[j].key
        if let slug = Tables.strikeNationality[k] {
            var out = [ActorMention(slug: slug, range: head..<(j + 1))]
            var n = j + 1
            // «غارات روسية وسورية».
            while n < end, t[n].boundary <= .quote, t[n].key.unicodeScalars.first == "و",
                let s2 = Tables.strikeNationality[stripWa(t[n].key)]
            {
                if !out.contains(where: { $0.slug == s2 }) {
                    out.append(ActorMention(slug: s2, range: n..<(n + 1)))
                }
                n += 1
            }
            return out
        }
        // «قصف النظام», «قذائف للنظام» (not «النظام الإيراني»).
        for r in Tables.index.readings(t[j]) where sameKey(r.stem, Tables.regimeWord) {
            let next = j + 1
            if next < end, t[next].boundary <= .quote, hasArticle(t[next].key),
                t[next].key.unicodeScalars.last == "ي", !sameKey(t[next].key, Tables.syrianM)
            {
                return nil
            }
            var e = j + 1
            if e < end, t[e].boundary <= .quote, sameKey(t[e].key, Tables.syrianM) { e += 1 }
            return [ActorMention(slug: "regime", range: head..<e)]
        }
        return nil
    }
}

extension ActorMatcher.Tables {
    /// Nouns of a strike that an agent's adjective may follow.
    static let strikeHeads = WordSet(.exact, [
        "قصف", "القصف", "قصفا", "غارة", "الغارة", "غارات", "الغارات", "ضربة", "الضربة",
        "ضربات", "الضربات", "هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "قذائف",
        "القذائف", "صواريخ", "الصواريخ", "صاروخ", "الصاروخ", "عدوان", "العدوان", "توغل",
        "التوغل", "استهداف", "الاستهداف",
    ])
    /// Type adjectives between a strike noun and its agent's adjective.
    static let strikeTypes = WordSet(.exact, [
        "جوي", "الجوي", "جوية", "الجوية", "صاروخي", "الصاروخي", "صاروخية", "الصاروخية",
        "مدفعي", "المدفعي", "مدفعية", "المدفعية", "بري", "البري", "برية", "البرية",
        "جويه", "الجويه", "المكثف", "مكثف", "المكثفة", "مكثفة", "العنيف", "عنيف",
        "العنيفة", "عنيفة", "الأخيرة", "الأخير", "الجديدة", "الجديد", "المدفعي،",
    ])
    /// Adjectives of a strike's agent: the aircraft nationalities and «حكومي».
    static let strikeNationality: WordTable<String> = {
        var d = aircraftNationality
        for w in ["حكومي", "الحكومي", "حكومية", "الحكومية"] { d[k(w)] = "regime" }
        return d
    }()
}
