import Testing
@testable import IncidentsCore

/// How the word layer reads social-media text: broken-up words, hashtags, boilerplate.
struct TokenCase: Sendable, CustomTestStringConvertible {
    var text: String
    var keys: [String]
    var testDescription: String { text }
    init(_ text: String, _ keys: [String]) {
        self.text = text
        self.keys = keys
    }
}

private func keys(_ text: String) -> [String] { TokenizedText(text).tokens.map(\.key) }
private func k(_ written: String) -> String { ArabicNormalizer.key(written) }

@Suite struct SocialTextTests {
    /// Words broken by tatweel, dots or inner spaces are read as the word they stand for.
    static let broken: [TokenCase] = [
        TokenCase("قـ.ـصف", [k("قصف")]),
        TokenCase("اسـ.ـتشهاد", [k("استشهاد")]),
        TokenCase("استشـ.ـهاد", [k("استشهاد")]),
        TokenCase("مـيـلـيـشـيـا", [k("ميليشيا")]),
        TokenCase("التحـ.ـالف", [k("التحالف")]),
        TokenCase("اعتقـ.ـال", [k("اعتقال")]),
        TokenCase("غـ ـارة", [k("غارة")]),
        TokenCase("قـ. ـصف", [k("قصف")]),
        TokenCase("قـ..ـصف", [k("قصف")]),
        TokenCase("است.ـشهاد", [k("استشهاد")]),
        TokenCase("قـ.ـصفٌ مدفعي", [k("قصف"), k("مدفعي")]),
        TokenCase("بقـ.ـصف جوي", [k("بقصف"), k("جوي")]),
        TokenCase("الحـ ـرس الثـ.ـوري", [k("الحرس"), k("الثوري")]),
    ]

    /// Real words are never glued: no tatweel beside the dot, or tatweel on one side of a
    /// space only.
    static let notBroken: [TokenCase] = [
        TokenCase("د.محمد", [k("د"), k("محمد")]),
        TokenCase("1445 هـ الموافق", ["1445", k("ه"), k("الموافق")]),
        TokenCase("الـ 25 قتيلا", [k("ال"), "25", k("قتيلا")]),
        TokenCase("قصف. ثم", [k("قصف"), k("ثم")]),
        TokenCase("قصف...إدلب", [k("قصف"), k("إدلب")]),
        TokenCase("عاجـــل قصف", [k("عاجل"), k("قصف")]),
        TokenCase("قصفـ إدلب", [k("قصف"), k("إدلب")]),
        TokenCase("الرقة ـ سوريا", [k("الرقة"), k("سوريا")]),
        TokenCase("قـ.", [k("ق")]),
        TokenCase("الـ.25", [k("ال"), "25"]),
    ]

    @Test(arguments: broken)
    func brokenWordsAreRejoined(_ c: TokenCase) {
        #expect(keys(c.text) == c.keys)
    }

    @Test(arguments: notBroken)
    func realWordsStayApart(_ c: TokenCase) {
        #expect(keys(c.text) == c.keys)
    }

    /// The token of a rejoined word spans its broken spelling in the original text.
    @Test func brokenWordKeepsItsOffsets() {
        let text = "استشـ.ـهاد 3 مدنيين بغـ ـارة"
        let t = TokenizedText(text)
        #expect(t.tokens.count == 4)
        #expect(t.text(tokens: 0..<1) == "استشـ.ـهاد")
        #expect(t.text(tokens: 3..<4) == "بغـ ـارة")
        #expect(t.tokens[0].boundary == .space && t.tokens[3].boundary == .space)
        // The dot inside the word is no sentence end.
        #expect(ClauseSplitter.clauses(t) == [0..<4])
    }

    static let hashtags: [TokenCase] = [
        TokenCase("#ريف_إدلب_الجنوبي", [k("ريف"), k("إدلب"), k("الجنوبي")]),
        TokenCase("على #معرة_النعمان", [k("على"), k("معرة"), k("النعمان")]),
        TokenCase("#ديرالزور", [k("دير"), k("الزور")]),
        TokenCase("#ريفادلب", [k("ريف"), k("ادلب")]),
        TokenCase("#ريفديرالزور", [k("ريف"), k("دير"), k("الزور")]),
        TokenCase("#ابوالظهور", [k("ابو"), k("الظهور")]),
        TokenCase("#ريف_ديرالزور_الشرقي", [k("ريف"), k("دير"), k("الزور"), k("الشرقي")]),
        TokenCase("#جسرالشغور", [k("جسر"), k("الشغور")]),
        TokenCase("#عاجل|#إدلب", [k("عاجل"), k("إدلب")]),
        // One word: no head, a head that is the whole word, or too little after it.
        TokenCase("#البوكمال", [k("البوكمال")]),
        TokenCase("#المالكية", [k("المالكية")]),
        TokenCase("#ديرك", [k("ديرك")]),
        TokenCase("#ريفي", [k("ريفي")]),
        TokenCase("#تلال_القلمون", [k("تلال"), k("القلمون")]),
        // Outside a hashtag nothing is split.
        TokenCase("ديرالزور", [k("ديرالزور")]),
        TokenCase("#إدلب ديرالزور", [k("إدلب"), k("ديرالزور")]),
    ]

    @Test(arguments: hashtags)
    func hashtagsAreTheirWords(_ c: TokenCase) {
        #expect(keys(c.text) == c.keys)
    }

    @Test func gluedHashtagPartsPointIntoTheText() {
        let t = TokenizedText("قصف على #ديرالزور اليوم")
        #expect(t.tokens.map(\.key) == [k("قصف"), k("على"), k("دير"), k("الزور"), k("اليوم")])
        #expect(t.text(tokens: 2..<3) == "دير")
        #expect(t.text(tokens: 3..<4) == "الزور")
        #expect(t.text(tokens: 2..<4) == "ديرالزور")
        #expect(t.tokens[2].hash == WordHash.of(t.tokens[2].key))
    }

    @Test func boilerplateLinesAreNotWords() {
        let text = "Shared with Public\nاستشهاد 3 مدنيين\nAll reactions:\n25\n3 comments 2 shares\nLike\nComment\nShare"
        let t = TokenizedText(text)
        #expect(t.tokens.map(\.key) == [k("استشهاد"), "3", k("مدنيين")])
        #expect(t.tokens[0].boundary == .space)
        #expect(t.text(tokens: 0..<3) == "استشهاد 3 مدنيين")
    }

    @Test func wordsAfterBoilerplateStartASentence() {
        let t = TokenizedText("قصف على إدلب\nLike Comment Share\nمقتل طفل")
        #expect(t.tokens.map(\.key) == [k("قصف"), k("على"), k("إدلب"), k("مقتل"), k("طفل")])
        #expect(t.tokens[3].boundary == .hard)
    }

    /// Latin text with no platform word stays: an English date line, a news agency.
    @Test func latinTextWithoutPlatformWordsStays() {
        #expect(keys("December 1, 2024 at 10:15 AM") == ["december", "1", "2024", "at", "10", "15", "am"])
        #expect(keys("(AFP)\nقتل 5") == ["afp", k("قتل"), "5"])
        // A number line after a news line is not a reaction count.
        #expect(keys("قتل 5\n2024") == [k("قتل"), "5", "2024"])
    }

    @Test func emojiAndRepeatedPunctuationAreNotWords() {
        let t = TokenizedText("🔴🔴 عاجل!!!! استشهاد 3 مدنيين 💔💔")
        #expect(t.tokens.map(\.key) == [k("عاجل"), k("استشهاد"), "3", k("مدنيين")])
        #expect(t.tokens[1].boundary == .hard)
    }
}
