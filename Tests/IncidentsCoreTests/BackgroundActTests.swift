import Testing

@testable import IncidentsCore

/// Acts an article names only as background (the past recalled, the cause or the time of
/// another act, what someone talks about) are not its incidents, nor are the clauses that go
/// on about them, nor their tolls on the act of the news. Articles written for these tests,
/// published on Friday 2017-08-25.
@Suite struct BackgroundActTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// How many incidents the article reports.
        var count: Int
        /// The killed figure of the first incident (nil: none, or no incident).
        var killed: Int?
        var testDescription: String { text }
    }

    // MARK: The toll of another act named in the clause

    static let embeddedTolls: [Case] = [
        // The toll of the act that caused the news, or during which it happened, days ago, is
        // that act's.
        Case(text: "قصفت الطائرات الأمريكية مطار الشعيرات في ريف حمص الأحد الماضي ردا على قصف بغاز الكلور على بلدة اللطامنة أوقع 50 قتيلا.",
             count: 1, killed: nil),
        Case(text: "خطف مسلحو تنظيم داعش 20 مدنيا من بلدة القريا جنوب مدينة السويداء الأحد الماضي أثناء هجومهم على البلدة، والذي أوقع 150 قتيلا.",
             count: 1, killed: nil),
        Case(text: "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الأحد الماضي بعد هجوم للفصائل على حاجز أسفر عن مقتل 4 جنود.",
             count: 1, killed: nil),
        // Today's dead are the news, whichever of the day's acts killed them.
        Case(text: "قصفت قوات النظام بلدة كفرنبل في ريف إدلب اليوم بعد هجوم للفصائل على حاجز أسفر عن مقتل 4 جنود.",
             count: 1, killed: 4),
        // The news act's own toll, told before the other act or after «خلال» with no relative.
        Case(text: "قتل 7 مدنيين في قصف على بلدة كفرنبل في ريف إدلب اليوم بعد هجوم للفصائل على حاجز.",
             count: 1, killed: 7),
        Case(text: "شنت الطائرات غارات على بلدة كفرنبل في ريف إدلب اليوم خلال الهجوم على البلدة أسفرت عن مقتل 10 مدنيين.",
             count: 1, killed: 10),
    ]

    @Test(arguments: embeddedTolls)
    func tollOfAnotherAct(_ c: Case) {
        let found = extractArticle(c.text)
        #expect(found.count == c.count)
        #expect(found.first?.killed.value == c.killed)
    }

    // MARK: Retellings of a background act

    static let retellings: [Case] = [
        // The past recalled, then its toll with a demonstrative: background both.
        Case(text: "وكانت الطائرات الإسرائيلية قد قصفت مطار المزة العسكري في دمشق في مايو 2015. وقتل 30 جنديا في هذا القصف.",
             count: 0, killed: nil),
        // A demonstrative points back at the recalled act, whoever the clause names.
        Case(text: "وكانت دمشق قد اتهمت إسرائيل في الشهر الماضي بقصف مطار الضبعة في ريف حمص. وأكدت طهران مقتل سبعة من عناصرها في هذا القصف.",
             count: 0, killed: nil),
        // Talked about, then dated six days before publication: background.
        Case(text: "دعا الوزير إلى معاقبة من نفذوا القصف بالغاز على بلدة اللطامنة في ريف حماة. وأسفر القصف الذي نفذ الأحد الماضي عن مقتل 60 شخصا.",
             count: 0, killed: nil),
        // ... but dated yesterday it is the news.
        Case(text: "دعا الوزير إلى معاقبة من نفذوا القصف بالغاز على بلدة اللطامنة في ريف حماة. وأسفر القصف الذي نفذ أمس عن مقتل 60 شخصا.",
             count: 1, killed: 60),
        // What a response answers came before it: with no day of its own, background.
        Case(text: "وبدأت واشنطن مشاورات مع حلفائها للرد على الهجوم الكيماوي على بلدة اللطامنة في ريف حماة. وأسفر الهجوم عن مقتل 60 شخصا.",
             count: 0, killed: nil),
        Case(text: "وبدأت واشنطن مشاورات مع حلفائها للرد على الهجوم الكيماوي على بلدة اللطامنة في ريف حماة. وأسفر الهجوم الذي وقع اليوم عن مقتل 60 شخصا.",
             count: 1, killed: 60),
        // A denial, then the act's toll with no day: the news.
        Case(text: "نفى النظام قصف سوق بلدة كفرنبل في ريف إدلب. وقتل في القصف 20 مدنيا بحسب الدفاع المدني.",
             count: 1, killed: 20),
        // The attack an abduction happened during, retold days later: background to it.
        Case(text: "خطف مسلحو تنظيم داعش 20 مدنيا من بلدة القريا جنوب مدينة السويداء الأحد الماضي أثناء هجومهم على البلدة. وأسفر الهجوم الأحد عن مقتل 150 شخصا.",
             count: 1, killed: nil),
        // A day's new toll in strikes told before as the time of something else is news.
        Case(text: "نزح مئات المدنيين من بلدة كفرنبل في ريف إدلب بعد الغارات الجوية على البلدة. وقتل يوم الاثنين 9 مدنيين في الغارات على البلدة.",
             count: 1, killed: 9),
        // Another side's act elsewhere after a recalled one stays news.
        Case(text: "وكانت الطائرات الإسرائيلية قد قصفت مطار المزة العسكري في دمشق في مايو 2015. وقتل اليوم خمسة مدنيين في القصف على حي جوبر بدمشق.",
             count: 1, killed: 5),
    ]

    @Test(arguments: retellings)
    func retelling(_ c: Case) {
        let found = extractArticle(c.text)
        #expect(found.count == c.count, "\(found.map { "\($0.subEventType) \($0.killed)" })")
        #expect(found.first?.killed.value == c.killed)
    }

    /// `--trace` names the rule: a retelling of an act talked about; a clause with no place,
    /// day or side of its own right after the past recalled goes on with it.
    @Test(arguments: [
        (1, "retells an act named as background"),
        (0, "goes on with the clause before"),
    ])
    func traceNamesTheRule(_ example: Int, _ rule: String) {
        var lines: [String] = []
        _ = IncidentExtractor().extract(Article(source: "t", text: Self.retellings[example].text, published: "2017-08-25")) {
            lines.append($0)
        }
        #expect(lines.contains { $0.contains(rule) })
    }
}
