import Testing
@testable import IncidentsCore

@Suite struct TokenizerTests {
    @Test func keysFoldOrthography() {
        #expect(ArabicNormalizer.key("الرقّة") == "الرقه")
        #expect(ArabicNormalizer.key("إلى  القتلى") == "الي القتلي")
        #expect(ArabicNormalizer.key("١٦٨") == "168")
        #expect(ArabicNormalizer.key("ﻻ") == "لا")
    }

    @Test func tokensKeepOffsetsAndGaps() {
        let t = TokenizedText("وقتل  مدنيا، في «الرقة».")
        #expect(t.tokens.map(\.key) == ["وقتل", "مدنيا", "في", "الرقه"])
        #expect(t.tokens[1].gapBefore)
        #expect(!t.tokens[2].gapBefore)
        #expect(t.tokens[2].boundary == .comma)
        #expect(t.tokens[3].boundary == .quote)
        #expect(t.text(tokens: 3..<4) == "الرقة")
    }

    @Test func numbersWithSeparatorsStayWhole() {
        let t = TokenizedText("قتل ١٬٢٠٠ شخص و2.5 كلم.")
        #expect(t.tokens[1].key == "1,200")
        #expect(t.tokens[1].isNumber)
        #expect(t.tokens[4].key == "2.5")
    }

    @Test func percentSignStaysWithItsNumber() {
        let t = TokenizedText("ارتفع 25% و٪30 من 40 شخصا")
        #expect(t.tokens.map(\.key) == ["ارتفع", "25%", "و", "%30", "من", "40", "شخصا"])
        #expect(!t.tokens[1].isNumber)
        #expect(!t.tokens[3].isNumber)
        #expect(t.tokens[5].isNumber)
    }

    @Test func trailingHarakatBelongToTheWord() {
        let t = TokenizedText("مقتل 25 عنصراً، وجُرِحَ آخرون")
        #expect(t.tokens.map(\.key) == ["مقتل", "25", "عنصرا", "وجرح", "اخرون"])
        #expect(t.text(tokens: 0..<3) == "مقتل 25 عنصراً")
        #expect(t.text(tokens: 3..<4) == "وجُرِحَ")
        #expect(t.tokens[3].boundary == .comma)
    }

    @Test func digitsGluedToArabicWordsAreSplit() {
        let t = TokenizedText("قتل نحو80 شخصا و25مدنيا في كركوك250 بطائرة F16")
        #expect(t.tokens.map(\.key) == ["قتل", "نحو", "80", "شخصا", "و", "25", "مدنيا", "في", "كركوك", "250", "بطائره", "f16"])
        #expect(t.tokens[2].isNumber && t.tokens[5].isNumber && t.tokens[9].isNumber)
        #expect(t.text(tokens: 1..<3) == "نحو80")
    }

    /// ﴾ ﴿ have no NFKC decomposition; mapping them used to recurse until the stack overflowed.
    @Test func ornateParenthesesAreQuotes() {
        #expect(ArabicNormalizer.key("قال تعالى ﴿وَلَا تَقْتُلُوا﴾") == "قال تعالي \"ولا تقتلوا\"")
        let t = TokenizedText("قال ﴿ولا تقتلوا﴾ ثم")
        #expect(t.tokens.map(\.key) == ["قال", "ولا", "تقتلوا", "ثم"])
        #expect(t.tokens[1].boundary == .quote)
        #expect(ArabicNormalizer.key("\u{FDFD}").isEmpty == false)
    }
}
