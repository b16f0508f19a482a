import Testing
@testable import IncidentsCore

/// Martyrdom and obituary phrasing read by `CasualtyReader`: deaths, named victims counted.
@Suite struct SocialCasualtyTests {
    static func killed(_ text: String) -> Casualty {
        let tokens = TokenizedText(text).tokens
        return CasualtyReader.read(tokens, in: 0..<tokens.count).killed
    }

    static let cases: [CasualtyCase] = [
        CasualtyCase(text: "ارتقى ثلاثة شهداء جراء القصف", killed: Casualty(value: 3)),
        CasualtyCase(text: "ارتقاء 4 شهداء بقصف مدفعي", killed: Casualty(value: 4)),
        CasualtyCase(text: "ارتقى الشاب عمر الخطيب برصاص قناص", killed: Casualty(value: 1)),
        CasualtyCase(text: "استشهاد الشاب أحمد خالد العلي جراء القصف الجوي", killed: Casualty(value: 1)),
        CasualtyCase(text: "استشهاد الشاب أحمد الحسين والطفل محمد الحسين جراء القصف", killed: Casualty(value: 2)),
        CasualtyCase(text: "استشهاد الطفل محمد العلي، والسيدة مريم الحسن، والشاب علي الحسن بقصف مدفعي",
                     killed: Casualty(value: 3)),
        CasualtyCase(text: "مقتل الشاب سامر العبد الله والشاب ماهر العبد الله والطفلة سارة العبد الله في القصف",
                     killed: Casualty(value: 3)),
        // A person noun with no name after it is no victim of the list.
        CasualtyCase(text: "استشهاد الشاب أحمد الحسين والطفل جراء القصف", killed: Casualty(value: 1)),
        CasualtyCase(text: "نعت الفعاليات المدنية الشهيد محمد الأحمد الذي قضى جراء غارة", killed: Casualty(value: 1)),
        CasualtyCase(text: "ننعى الشهيد محمد الأحمد والشهيد خالد العمر", killed: Casualty(value: 2)),
        CasualtyCase(text: "الشهيد محمد الأحمد الذي ارتقى بقصف الطيران", killed: Casualty(value: 1)),
        CasualtyCase(text: "حصيلة أولية: استشهاد 5 مدنيين بغارات روسية", killed: Casualty(value: 5)),
        // «الشهيد» with no obituary is a name in a story, not a death told now.
        CasualtyCase(text: "أحيا الأهالي ذكرى الشهيد محمد الأحمد في ساحة البلدة", killed: .none),
        CasualtyCase(text: "مدرسة الشهيد محمد الأحمد في المدينة", killed: .none),
        // «ارتقى» with no figure is not a death.
        CasualtyCase(text: "ارتقى الفريق إلى المركز الأول", killed: .none),
    ]

    @Test(arguments: cases)
    func martyrdomPhrasing(_ c: CasualtyCase) {
        #expect(Self.killed(c.text) == c.killed)
    }

    @Test func preliminaryCountIsNotARisingToll() {
        let t = TokenizedText("حصيلة أولية: استشهاد 5 مدنيين")
        #expect(CasualtyReader.isPreliminaryCount(t.tokens, in: 0..<t.tokens.count))
        let atEnd = TokenizedText("استشهاد 5 مدنيين بغارات روسية في حصيلة أولية")
        #expect(CasualtyReader.isPreliminaryCount(atEnd.tokens, in: 0..<atEnd.tokens.count))
        let rising = TokenizedText("ارتفعت حصيلة القتلى إلى 50")
        #expect(!CasualtyReader.isPreliminaryCount(rising.tokens, in: 0..<rising.tokens.count))
        // A first count reported earlier and revised since is no label.
        let revised = TokenizedText("وكان المرصد أفاد في حصيلة أولية عن 18 قتيلا")
        #expect(!CasualtyReader.isPreliminaryCount(revised.tokens, in: 0..<revised.tokens.count))
    }
}

/// Dates of posts: Syrian month names, English dates, the post's own date line.
@Suite struct SocialDateTests {
    static let cases: [DateCase] = [
        DateCase("الأحد 1 كانون الأول 2024", nil, "الأحد 1 كانون الأول 2024", "2024-12-01"),
        DateCase("December 1, 2024 at 10:15 AM", nil, "December 1, 2024", "2024-12-01"),
        DateCase("Dec 1, 2024", nil, "Dec 1, 2024", "2024-12-01"),
        DateCase("قصف يوم 1 December 2024", nil, "يوم 1 December 2024", "2024-12-01"),
        DateCase("November 30", "2024-12-03", "November 30", "2024-11-30"),
        DateCase("May 5, 2025", nil, "May 5, 2025", "2025-05-05"),
    ]

    @Test(arguments: cases)
    func explicitDates(_ c: DateCase) {
        let t = TokenizedText(c.clause)
        let m = DateReader.find(in: t, range: 0..<t.tokens.count, published: c.published)
        #expect(m?.text == c.words)
        #expect(m?.date == c.date)
    }

    static let dateLines: [(String, String?)] = [
        ("December 1, 2024 at 10:15 AM\nاستشهاد 3 مدنيين", "2024-12-01"),
        ("Shared with Public\nصفحة أخبار إدلب\nDecember 2, 2024\nاستشهاد 3 مدنيين", "2024-12-02"),
        ("الأحد 1 كانون الأول 2024\nارتقى ثلاثة شهداء", "2024-12-01"),
        ("الجمعة 29 تشرين الثاني 2024 الساعة 10:15 مساء\nمقتل 3 مدنيين", "2024-11-29"),
        ("1/12/2024\nمقتل 3 مدنيين", "2024-12-01"),
        // A headline that tells an event with its date is not a date line.
        ("مقتل 3 مدنيين في 1 كانون الأول 2024\nوقال المرصد", nil),
        // Too deep in the post, or no year.
        ("أ\nب\nج\nDecember 1, 2024", nil),
        ("December 1\nمقتل 3 مدنيين", nil),
        ("مقتل 3 مدنيين بقصف على إدلب", nil),
    ]

    @Test(arguments: 0..<dateLines.count)
    func postDateLine(_ n: Int) {
        let (text, date) = Self.dateLines[n]
        #expect(DateReader.postDate(in: TokenizedText(text)) == date, "\(text)")
    }

    @Test func dateLineIsThePublicationDateOnlyWhenTheInputGivesNone() {
        let text = "December 1, 2024\nاستشهاد 3 مدنيين بقصف روسي على مدينة إدلب أمس"
        #expect(extractArticle(text, published: nil).first?.date == "2024-11-30")
        #expect(extractArticle(text, published: "2024-12-05").first?.date == "2024-12-04")
    }
}
