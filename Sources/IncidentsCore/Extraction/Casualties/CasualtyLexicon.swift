/// Word lists shared by `NumberParser`, `CasualtyReader` and `ClauseSplitter`.
///
/// Every entry is written in ordinary Arabic and turned into a matching key with
/// `ArabicNormalizer.key` once, when the tables are first used. Inflected and clitic forms
/// are generated from the written forms by plain concatenation before normalising, so the
/// generated keys match exactly what the tokenizer produces.
enum CasualtyLexicon {
    /// Grammatical number of a noun form that counts people.
    enum NounNumber: UInt8, Sendable {
        /// «طفل», «مدنيا», «الطفل»: one person.
        case singular
        /// «شخصين», «مدنيان», «طفلتين»: two people (only forms that cannot be plurals).
        case dual
        /// «أشخاص», «مدنيون»: more than two, no count.
        case plural
        /// «مدنيين», «مسلحين»: a sound -ين form, dual or plural (no diacritics to tell).
        case ambiguous
    }

    struct PersonNoun: Sendable {
        var number: NounNumber
        var definite: Bool
        /// Carries the conjunction و («وامرأتان»).
        var conjoined: Bool
        /// The indefinite accusative with a tanwin alef («طفلا»): the object of a verb.
        var accusative: Bool = false
    }

    // MARK: - Nouns that count people

    /// Builder for one noun family (written Arabic, not keys).
    private struct Family {
        var singular: [String] = []
        /// Indefinite accusative singulars with the tanwin alef («طفلا»): no article.
        var accusative: [String] = []
        var dual: [String] = []
        var plural: [String] = []
        var ambiguous: [String] = []
    }

    /// A masculine noun with a broken plural: its -ان/-ين forms are always duals.
    private static func broken(_ s: String, _ plurals: [String], accusative: Bool = true) -> Family {
        Family(singular: [s], accusative: accusative ? [s + "ا"] : [], dual: [s + "ان", s + "ين"],
               plural: plurals)
    }

    /// A masculine noun with a sound plural: «مدنيين» may be dual or plural; only the
    /// nominative «مدنيان» is surely a dual.
    private static func sound(_ s: String, accusative: Bool = true, dual: Bool = true) -> Family {
        Family(singular: [s], accusative: accusative ? [s + "ا"] : [], dual: dual ? [s + "ان"] : [],
               plural: [s + "ون"], ambiguous: [s + "ين"])
    }

    /// A feminine noun in ة: its dual (-تان/-تين) differs from every plural.
    private static func feminine(_ s: String, _ plurals: [String]) -> Family {
        let stem = String(s.unicodeScalars.dropLast())
        return Family(singular: [s], dual: [stem + "تان", stem + "تين"], plural: plurals)
    }

    private static let families: [Family] = [
        broken("شخص", ["أشخاص"]),
        broken("رجل", ["رجال"]),
        broken("طفل", ["أطفال"]),
        broken("جندي", ["جنود"]),
        broken("عنصر", ["عناصر"]),
        broken("ضابط", ["ضباط"]),
        broken("شاب", ["شبان", "شباب"]),
        broken("صبي", ["صبية"]),
        broken("قائد", ["قادة"]),
        broken("فرد", ["أفراد"]),
        broken("أسير", ["أسرى"]),
        broken("سجين", ["سجناء"]),
        broken("طبيب", ["أطباء"]),
        broken("حارس", ["حراس"]),
        broken("زعيم", ["زعماء"]),
        broken("ولد", ["أولاد"]),
        broken("شقيق", ["أشقاء"]),
        broken("كردي", ["أكراد"]),
        broken("تركي", ["أتراك"], accusative: false),  // «تركيا» is the country
        broken("أجنبي", ["أجانب"]),
        broken("مرتزق", ["مرتزقة"]),
        // Ranks.
        broken("عقيد", ["عقداء"]), broken("عميد", ["عمداء"]), broken("نقيب", ["نقباء"]),
        broken("رقيب", ["رقباء"]), broken("عريف", ["عرفاء"]), broken("جنرال", ["جنرالات"]),
        sound("ملازم"), sound("رائد"),
        // «طالبان» is the Taliban: no dual for this one.
        Family(singular: ["طالب"], accusative: ["طالبا"], plural: ["طلاب"]),
        Family(singular: ["عامل"], accusative: ["عاملا"], dual: ["عاملان"], plural: ["عمال", "عاملون"],
               ambiguous: ["عاملين"]),
        Family(singular: ["امرأة", "إمرأة", "سيدة"], dual: ["امرأتان", "امرأتين", "سيدتان", "سيدتين"],
               plural: ["نساء", "نسوة", "سيدات"]),
        Family(singular: ["فتاة"], dual: ["فتاتان", "فتاتين"], plural: ["فتيات"]),
        feminine("طفلة", ["طفلات"]),
        feminine("مواطنة", ["مواطنات"]),
        feminine("طالبة", ["طالبات"]),
        feminine("ممرضة", ["ممرضات"]),
        feminine("مدنية", ["مدنيات"]),
        feminine("رهينة", ["رهائن"]),
        feminine("مقاتلة", ["مقاتلات"]),
        // «آخر»: «وأصيب آخر» = 1, «آخران» = 2, «آخرون» = more.
        Family(singular: ["آخر", "أخرى"], dual: ["آخران"], plural: ["آخرون", "أخريات"],
               ambiguous: ["آخرين"]),
        sound("مدني"), sound("مسلح"), sound("مقاتل"), sound("عسكري"), sound("مواطن"),
        sound("مسعف"), sound("متطوع"), sound("صحفي"), sound("صحافي"), sound("إعلامي"),
        sound("ناشط"), sound("قيادي"), sound("طيار"), sound("مهاجم"), sound("انتحاري"),
        sound("إرهابي"), sound("متشدد"), sound("جهادي"), sound("مدرس"), sound("معلم"),
        sound("ممرض"), sound("موظف"), sound("نازح"), sound("لاجئ"), sound("معتقل"),
        sound("مسن"), sound("رضيع"), sound("مجند"), sound("شرطي"), sound("مراسل"),
        sound("مصور"), sound("مزارع"), sound("سائق"), sound("مسؤول"), sound("متظاهر"),
        sound("محتج"), sound("معارض"), sound("مسلم"), sound("مسيحي"), sound("متهم"),
        sound("مهاجر"),
        sound("عراقي"), sound("لبناني"), sound("إيراني"), sound("فلسطيني"), sound("أفغاني"),
        sound("باكستاني"), sound("أمريكي"), sound("أميركي"), sound("فرنسي"), sound("إسرائيلي"),
        sound("سعودي"), sound("مصري"), sound("أردني"), sound("يمني"),
        sound("ليبي", accusative: false),      // «ليبيا»
        sound("سوري", accusative: false),      // «سوريا» is the country
        sound("روسي", accusative: false),      // «روسيا»
        sound("بريطاني", accusative: false),   // «بريطانيا»
    ]

    /// Every form of every family, with ال, و and وال variants.
    static let personNouns: WordTable<PersonNoun> = {
        var table: [String: PersonNoun] = [:]
        func add(_ written: String, _ number: NounNumber, article: Bool, accusative: Bool = false) {
            let variants: [(String, Bool, Bool)] = article
                ? [("", false, false), ("و", false, true), ("ال", true, false), ("وال", true, true)]
                : [("", false, false), ("و", false, true)]
            for (prefix, definite, conjoined) in variants {
                let key = ArabicNormalizer.key(prefix + written)
                if table[key] == nil {
                    table[key] = PersonNoun(
                        number: number, definite: definite, conjoined: conjoined, accusative: accusative)
                }
            }
        }
        for f in families {
            for s in f.singular { add(s, .singular, article: true) }
            for s in f.accusative { add(s, .singular, article: false, accusative: true) }
            for s in f.dual { add(s, .dual, article: true) }
            for s in f.plural { add(s, .plural, article: true) }
            for s in f.ambiguous { add(s, .ambiguous, article: true) }
        }
        return WordTable(keys: table)
    }()

    /// Duals of the casualty nouns themselves: «قتيلين», «جريحان».
    private static let casualtyDuals: WordSet = {
        let forms = ["قتيلان", "قتيلين", "جريحان", "جريحين", "مصابان", "شهيدان", "شهيدين"]
        return WordSet(.exact, forms + forms.map { "و" + $0 } + forms.map { "ال" + $0 } + forms.map { "وال" + $0 })
    }()

    /// Dual nouns that count people (as keys): «شخصين», «الطفلين», «وامرأتان», «قتيلين».
    static let dualNouns: WordSet = {
        var keys = casualtyDuals.keys
        personNouns.forEach { k, noun in if noun.number == .dual { keys.append(k) } }
        return WordSet(keys: keys)
    }()

    /// Numbers in casualty counts: a dual noun that counts people is the number 2.
    static let numbers = NumberParser(dualNouns: dualNouns)

    // MARK: - Shared helpers
}

