import Testing
@testable import IncidentsCore

/// One expected reading: the text starts with the number.
struct NumberCase: Sendable, CustomTestStringConvertible {
    var text: String
    var value: Int?
    var vague: String? = nil
    var dual: Bool = false
    /// Number of tokens read.
    var length: Int
    var testDescription: String { text }
}

@Suite struct NumberParserTests {
    static let exact: [NumberCase] = [
        NumberCase(text: "25 عنصراً", value: 25, length: 1),
        NumberCase(text: "١٦٨ عنصراً", value: 168, length: 1),
        NumberCase(text: "۲۵ شخصا", value: 25, length: 1),
        NumberCase(text: "1,200 شخص", value: 1200, length: 1),
        NumberCase(text: "١٬٢٠٠ قتيل", value: 1200, length: 1),
        NumberCase(text: "خمسة وثلاثين مدنياً", value: 35, length: 2),
        NumberCase(text: "خمسةٌ وثلاثونَ مدنياً", value: 35, length: 2),
        NumberCase(text: "ثمانية مدنيين", value: 8, length: 1),
        NumberCase(text: "عشرين غارة", value: 20, length: 1),
        NumberCase(text: "أربع قرى", value: 4, length: 1),
        NumberCase(text: "مئة وثمانية وستين عنصرا", value: 168, length: 3),
        NumberCase(text: "ثلاث مئة شخص", value: 300, length: 2),
        NumberCase(text: "ثلاثمائة شخص", value: 300, length: 1),
        NumberCase(text: "ستمئة مقاتل", value: 600, length: 1),
        NumberCase(text: "مائتين", value: 200, length: 1),
        NumberCase(text: "مئتي شخص", value: 200, length: 1),
        NumberCase(text: "ألفين", value: 2000, length: 1),
        NumberCase(text: "ألف شخص", value: 1000, length: 1),
        NumberCase(text: "اثنتين من النساء", value: 2, length: 1),
        NumberCase(text: "إحدى عشرة امرأة", value: 11, length: 2),
        NumberCase(text: "أحد عشر جنديا", value: 11, length: 2),
        NumberCase(text: "اثنا عشر عنصرا", value: 12, length: 2),
        NumberCase(text: "اثني عشر مدنيا", value: 12, length: 2),
        NumberCase(text: "ثلاثة عشر شخصا", value: 13, length: 2),
        NumberCase(text: "ثماني عشرة طفلة", value: 18, length: 2),
        NumberCase(text: "تسعة عشر قتيلا", value: 19, length: 2),
        NumberCase(text: "واحد وعشرون شخصا", value: 21, length: 2),
        NumberCase(text: "خمسة وعشرون ألفاً", value: 25000, length: 3),
        NumberCase(text: "ألف ومئتين وخمسة وثلاثين", value: 1235, length: 4),
        NumberCase(text: "ثلاثة آلاف شخص", value: 3000, length: 2),
        NumberCase(text: "مئة ألف لاجئ", value: 100_000, length: 2),
        NumberCase(text: "ثلاثمئة ألف", value: 300_000, length: 2),
        NumberCase(text: "مليونين", value: 2_000_000, length: 1),
        NumberCase(text: "40 ألف شخص", value: 40000, length: 2),
        NumberCase(text: "4 آلاف", value: 4000, length: 2),
        NumberCase(text: "2.5 مليون لاجئ", value: 2_500_000, length: 2),
        NumberCase(text: "42 ألفا و384 شخصا", value: 42384, length: 4),
        NumberCase(text: "3 آلاف وخمسمئة", value: 3500, length: 3),
        NumberCase(text: "2.500 شخص", value: 2500, length: 1),
        NumberCase(text: "أحدهما", value: 1, length: 1),
        NumberCase(text: "وخمسة أشخاص", value: 5, length: 1),
        NumberCase(text: "بثلاثة صواريخ", value: 3, length: 1),
        NumberCase(text: "لعشرين يوما", value: 20, length: 1),
        // Two small numbers joined by و are not one number.
        NumberCase(text: "ثلاثة وأربعة", value: 3, length: 1),
        // «أحد/إحدى» before a noun: one of.
        NumberCase(text: "أحد عناصر التنظيم", value: 1, length: 1),
        NumberCase(text: "إحدى الضحايا", value: 1, length: 1),
    ]

    static let vague: [NumberCase] = [
        NumberCase(text: "عشرات الأشخاص", value: nil, vague: "عشرات", length: 1),
        NumberCase(text: "العشرات", value: nil, vague: "العشرات", length: 1),
        NumberCase(text: "وعشرات الجرحى", value: nil, vague: "عشرات", length: 1),
        NumberCase(text: "مئات المدنيين", value: nil, vague: "مئات", length: 1),
        NumberCase(text: "آلاف النازحين", value: nil, vague: "الاف", length: 1),
        NumberCase(text: "عشرات الآلاف", value: nil, vague: "عشرات الالاف", length: 2),
        NumberCase(text: "بضعة أشخاص", value: nil, vague: "بضعه", length: 1),
        NumberCase(text: "بضع عشرات", value: nil, vague: "بضع عشرات", length: 2),
        NumberCase(text: "عدة أشخاص", value: nil, vague: "عده", length: 1),
        NumberCase(text: "العديد من المدنيين", value: nil, vague: "العديد من", length: 2),
        NumberCase(text: "عدد من الجرحى", value: nil, vague: "عدد من", length: 2),
        NumberCase(text: "عدد آخر من الجرحي", value: nil, vague: "عدد اخر من", length: 3),
        NumberCase(text: "عددا من الأشخاص", value: nil, vague: "عددا من", length: 2),
    ]

    static let duals: [NumberCase] = [
        NumberCase(text: "شخصين", value: 2, dual: true, length: 1),
        NumberCase(text: "قتيلين", value: 2, dual: true, length: 1),
        NumberCase(text: "طفلين", value: 2, dual: true, length: 1),
        NumberCase(text: "طفلتين", value: 2, dual: true, length: 1),
        NumberCase(text: "جنديين", value: 2, dual: true, length: 1),
        NumberCase(text: "عنصرين", value: 2, dual: true, length: 1),
        NumberCase(text: "مدنيان", value: 2, dual: true, length: 1),
        NumberCase(text: "رجلين", value: 2, dual: true, length: 1),
        NumberCase(text: "امرأتين", value: 2, dual: true, length: 1),
        NumberCase(text: "وامرأتان", value: 2, dual: true, length: 1),
        NumberCase(text: "الجنديين", value: 2, dual: true, length: 1),
        NumberCase(text: "جريحان", value: 2, dual: true, length: 1),
    ]

    @Test(arguments: exact + vague + duals)
    func reads(_ c: NumberCase) throws {
        let tokens = TokenizedText(c.text).tokens
        let m = try #require(CasualtyLexicon.numbers.parse(tokens, at: 0))
        #expect(m.value == c.value)
        #expect(m.vagueWord == c.vague)
        #expect(m.isDual == c.dual)
        #expect(m.range == 0..<c.length)
    }

    /// Words that are not numbers, and sound -ين nouns that may be plurals.
    @Test(arguments: [
        "مدنيين", "مسلحين", "طفلا", "غارة", "عدد القتلى", "2.5 كلم", "أحد", "اثنا", "الأحد", "قتلى",
        "مصابين", "طالبان", "25%",
    ])
    func rejects(_ text: String) {
        let tokens = TokenizedText(text).tokens
        #expect(CasualtyLexicon.numbers.parse(tokens, at: 0) == nil)
    }

    @Test func readsAtAnIndexAndStopsAtTheLimit() throws {
        let tokens = TokenizedText("أسفرت عن مقتل ثمانية مدنيين على الأقل").tokens
        let m = try #require(CasualtyLexicon.numbers.parse(tokens, at: 3))
        #expect(m == NumberMatch(value: 8, range: 3..<4))
        let cut = TokenizedText("خمسة وثلاثين").tokens
        #expect(CasualtyLexicon.numbers.parse(cut, at: 0, limit: 1)?.value == 5)
        #expect(CasualtyLexicon.numbers.parse(cut, at: 2) == nil)
    }

    /// The grammar is the word layer's; which dual nouns count is the caller's word set.
    @Test(arguments: [("شخصين", true), ("طائرتين", true), ("قتيلين", false), ("خمسة", false)])
    func dualNounsComeFromTheCaller(_ word: String, _ isDual: Bool) {
        let parser = NumberParser(dualNouns: WordSet(.exact, ["شخصين", "طائرتين"]))
        let tokens = TokenizedText(word).tokens
        let m = parser.parse(tokens, at: 0)
        #expect((m?.isDual ?? false) == isDual)
        if isDual { #expect(m?.value == 2) }
        #expect(NumberParser(dualNouns: WordSet()).parse(tokens, at: 0)?.isDual != true)
    }
}
