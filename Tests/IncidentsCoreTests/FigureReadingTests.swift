import Testing

@testable import IncidentsCore

/// What a figure counts and how counts are read (issue #12, items 1 and 6): sentences written
/// for these tests, each with what must be read and what must not.
@Suite struct FigureReadingTests {
    static func read(_ text: String) -> CasualtyReading {
        let tokens = TokenizedText(text).tokens
        return CasualtyReader.read(tokens, in: 0..<tokens.count)
    }

    static func n(_ v: Int, _ q: Casualty.Qualifier? = nil) -> Casualty { Casualty(value: v, qualifier: q) }
    static let toll = Casualty(qualifier: .toll)

    // MARK: Counts

    static let counts: [CasualtyCase] = [
        // Separate groups of dead add up.
        CasualtyCase(text: "قتل 5 من عناصر داعش و3 من قوات النظام في اشتباكات بريف حلب", killed: n(8)),
        CasualtyCase(text: "مقتل 12 شخصا في صفوف قوات النظام مقابل 9 قتلى في صفوف الفصائل", killed: n(21)),
        CasualtyCase(text: "سقط 20 قتيلا من الفصائل و6 قتلى من قوات النظام في المعارك", killed: n(26)),
        // A breakdown of a total does not.
        CasualtyCase(text: "قتل 40 مدنيا بينهم 12 طفلا في غارات على البلدة", killed: n(40)),
        // Duals and singulars.
        CasualtyCase(text: "مقتل شخصين بقصف على البلدة", killed: n(2)),
        CasualtyCase(text: "مقتل مدني برصاص قناص في الحي", killed: n(1)),
        // Named victims.
        CasualtyCase(text: "أعلن التنظيم مقتل خالد الأحمد، القيادي في صفوفه، بغارة", killed: n(1)),
        CasualtyCase(text: "تأكد مقتل أبو يوسف الحلبي بغارة على سيارته", killed: n(1)),
        CasualtyCase(text: "وردت أنباء عن مقتل سامر العلي، نجل قائد الفصيل", killed: n(1)),
        CasualtyCase(text: "أدى الانفجار إلى مقتل عناصر من الفصيل", killed: Casualty(qualifier: .unspecified)),
        CasualtyCase(text: "أعلن المرصد مقتل وإصابة عناصر من الفصيل", killed: Casualty(qualifier: .unspecified),
                     wounded: Casualty(qualifier: .unspecified)),
        // A count of victims told as dead and wounded together is neither's figure.
        CasualtyCase(text: "وبلغ عدد الضحايا في البلدة أكثر من 60 قتيل وجريح بحسب المرصد",
                     killed: Casualty(qualifier: .unspecified), wounded: Casualty(qualifier: .unspecified)),
        CasualtyCase(text: "وبلغ عدد الضحايا في البلدة 60 قتيلا بحسب المرصد", killed: n(60)),
        // Numbers never add up across different nouns.
        CasualtyCase(text: "خلف القصف 30 قتيلا و200 نازح في البلدة", killed: n(30)),
        CasualtyCase(text: "قتل 14 شخصا و500 معتقل في السجن", killed: n(14)),
        // Fractions and ranges.
        CasualtyCase(text: "خلفت الحرب نصف مليون قتيل", killed: toll),
        CasualtyCase(text: "قتل ما بين 10 و15 مدنيا في الغارة", killed: n(10, .atLeast)),
        CasualtyCase(text: "قتل 10-15 مدنيا في الغارة", killed: n(10, .atLeast)),
        // Nobody hurt is a known zero; no news of casualties is not.
        CasualtyCase(text: "انفجرت عبوة قرب السوق دون أن توقع أي ضحايا أو مصابين", killed: n(0), wounded: n(0)),
        CasualtyCase(text: "اقتصرت أضرار الغارة على خسائر مادية فقط", killed: n(0), wounded: n(0)),
        CasualtyCase(text: "سقطت قذيفة على الحي ولم ترد أنباء عن إصابات", killed: .none, wounded: .none),
        CasualtyCase(text: "لم يعرف بعد عدد القتلى في الغارة", killed: .none, wounded: .none),
        CasualtyCase(text: "قتل 3 مدنيين ولم تسفر الغارة الثانية عن إصابات", killed: n(3), wounded: n(0)),
        // The day's figure before a rising cumulative toll is the day's.
        CasualtyCase(text: "أسفر القصف عن مقتل خمسة مدنيين لترتفع حصيلة القتلى منذ بداية الشهر إلى 600", killed: n(5)),
    ]

    // MARK: Period tolls (fire) and one day's figures (must not)

    static let periods: [CasualtyCase] = [
        CasualtyCase(text: "قضى نحو 300 مدني بعد عشرة أيام من الغارات على المدينة", killed: toll),
        CasualtyCase(text: "لقي 250 شخصا مصرعهم في ستة أيام من الغارات", killed: toll),
        CasualtyCase(text: "قتل 90 شخصا خلال يومين في البلدة", killed: toll),
        CasualtyCase(text: "وقع القصف بعد أسبوع من المعارك، وقتل خلاله 70 شخصا", killed: toll),
        CasualtyCase(text: "ووثقت الشبكة في تقريرها مقتل 210 أشخاص", killed: toll),
        CasualtyCase(text: "قتل 120 مدنيا جراء الغارات خلال هذه الفترة", killed: toll),
        // Not a period: one strike, hours, a date, no documenting report.
        CasualtyCase(text: "شنت الطائرات غارة على السوق قتل خلالها 7 مدنيين", killed: n(7)),
        CasualtyCase(text: "قتل 6 مدنيين بعد ساعات من القصف على البلدة", killed: n(6)),
        CasualtyCase(text: "قتل 4 مدنيين قبل خمسة أيام في غارة على البلدة", killed: n(4)),
        CasualtyCase(text: "وقال تقرير للمنظمة إن غارة قتلت 9 مدنيين في البلدة", killed: n(9)),
    ]

    @Test(arguments: counts + periods)
    func reads(_ c: CasualtyCase) {
        let r = Self.read(c.text)
        #expect(r.killed == c.killed)
        #expect(r.wounded == c.wounded)
    }

    @Test func fractionsOfScales() {
        let parser = CasualtyLexicon.numbers
        func value(_ s: String) -> Int? {
            let t = TokenizedText(s).tokens
            return parser.parse(t, at: 0)?.value
        }
        #expect(value("نصف مليون لاجئ") == 500_000)
        #expect(value("ربع مليون شخص") == 250_000)
        #expect(value("مليون ونصف") == 1_500_000)
        #expect(value("3 آلاف ونصف") == 3_500)
        // A share of a count is not a number.
        #expect(value("نصف القتلى من الأطفال") == nil)
    }

    // MARK: Which figures are one incident's (articles)

    func extract(_ text: String) -> [ExtractedIncident] {
        extractArticle(text, published: "2018-03-01")
    }

    @Test func warTotalIsNoIncident() {
        let out = extract("خلفت الحرب في سوريا أكثر من 350 ألف قتيل و7 ملايين لاجئ منذ عام 2011 في حلب وحمص.")
        #expect(out.allSatisfy { ($0.killed.value ?? 0) == 0 })
    }

    @Test func overAThousandNeedsOneEvent() {
        let out = extract("لقي أكثر من 1200 شخص حتفهم في الغارات على مدينة إدلب وريفها، وفق المرصد.")
        #expect(out.allSatisfy { ($0.killed.value ?? 0) <= 1000 })
    }

    @Test func periodTollGivesWayToTheDay() {
        let out = extract(
            "قتل أكثر من 300 مدني في أربعة أيام من الغارات على الغوطة الشرقية بريف دمشق. "
                + "وقال المرصد إن 38 مدنيا قتلوا يوم الثلاثاء في الغوطة الشرقية.")
        #expect(out.allSatisfy { ($0.killed.value ?? 0) != 300 })
        #expect(out.contains { $0.killed.value == 38 })
    }

    @Test func theOtherSideOfAPeriodTollIsNoIncident() {
        let out = extract(
            "وقتل في المعارك المستمرة منذ ثلاثة أسابيع 180 من مسلحي التنظيم في بلدة هجين بدير الزور، "
                + "بينما قتل 95 مقاتلا من القوات المهاجمة.")
        #expect(out.allSatisfy { $0.killed.value == nil })
        // Not after a clause that gives one day's figure.
        let day = extract("قتل 7 مدنيين في غارة على بلدة هجين بدير الزور اليوم، بينما قتل 3 مقاتلين من التنظيم.")
        #expect(day.contains { $0.killed.value != nil })
    }

    @Test func aCampaignsSpanIsNoIncident() {
        let out = extract("وقال المرصد إن 150 مدنيا قتلوا جراء الغارات على مدينة إدلب خلال هذه الفترة.")
        #expect(out.allSatisfy { $0.killed.value == nil })
        let day = extract("وقال المرصد إن 15 مدنيا قتلوا جراء الغارات على مدينة إدلب اليوم.")
        #expect(day.contains { $0.killed.value == 15 })
    }

    @Test func risingCountWithADayIsTheIncidents() {
        let out = extract("ارتفع عدد الضحايا جراء القصف على بلدة سقبا في ريف دمشق الخميس إلى 19 مدنيا.")
        #expect(out.first?.killed.value == 19)
    }

    @Test func risingCountWithNoDayIsNoIncident() {
        let out = extract("وارتفعت حصيلة القتلى في بلدة سقبا بريف دمشق إلى 410 مدنيين.")
        #expect(out.allSatisfy { $0.killed.value == nil })
        // After the lead, even a small one.
        let later = extract("تواصل القصف على الغوطة الشرقية بريف دمشق. وارتفعت حصيلة القتلى جراء الغارات على بلدة سقبا إلى 28 مدنيا.")
        #expect(later.allSatisfy { $0.killed.value == nil })
    }

    /// An article's lead that raises a toll under 100 opens the day's news with the day's toll.
    @Test func aRisingTollInTheLeadIsTheDays() {
        let out = extract("أفادت مصادر طبية بارتفاع حصيلة القتلى جراء الغارات على بلدة سقبا بريف دمشق إلى 28 مدنيا، معظمهم من الأطفال.")
        #expect(out.map(\.killed.value) == [28])
    }

    /// A toll of its own right after a period's toll goes on with the same tally
    /// (`continuesTally`); a clause with an act, a place or a day of its own is news.
    static let tallies: [(text: String, killed: Int?)] = [
        ("وقتل 400 من المقاتلين منذ بدء الهجوم على منطقة عفرين بريف حلب. كما قتل 120 مدنيا على الأقل بحسب المرصد.", nil),
        ("وقتل 210 مسلحين خلال المعارك في محيط بلدة هجين منذ مطلع الشهر. وقتل 35 جنديا على الأقل.", nil),
        ("وقتل 400 من المقاتلين منذ بدء الهجوم على منطقة عفرين بريف حلب. كما قتل 6 مدنيين في قصف على قرية جنديرس اليوم.", 6),
        ("وقتل 400 من المقاتلين منذ بدء الهجوم على منطقة عفرين بريف حلب. وقتل 4 مدنيين الخميس.", 4),
        ("قتل 9 مدنيين في غارة على بلدة كفرنبل بريف إدلب اليوم. كما قتل 3 أطفال بحسب المرصد.", 9),
        // After the past recalled, with «البلدة» and a statement's day.
        ("وشنت الطائرات في نوفمبر الماضي غارات على بلدة كفرزيتا بريف حماة. وقال المرصد إن 60 شخصا لقوا مصرعهم في البلدة.", nil),
        ("قتل 400 مدني منذ بدء الحملة على ريف إدلب. وقال المرصد في بيان اليوم الخميس إن 120 طفلا قتلوا.", nil),
    ]

    @Test(arguments: tallies)
    func aTallyGoesOnAfterAPeriodsToll(_ c: (text: String, killed: Int?)) {
        let out = extract(c.text)
        #expect(out.compactMap(\.killed.value).max() == c.killed)
    }

    /// An act's own figure, then the running total it adds to (`runningTotalSplit`): the
    /// act is an incident with its own figure; the total, its «منذ» and its date are not.
    static let runningTotals: [(text: String, killed: [Int])] = [
        ("أسفر القصف على بلدة حرستا بريف دمشق عن مقتل ثمانية مدنيين، لترتفع بذلك حصيلة القتلى منذ 18 شباط إلى 1100.", [8]),
        ("قتل 6 مدنيين في غارة على بلدة سراقب بريف إدلب، ليصل عدد القتلى منذ بدء الحملة إلى 300.", [6]),
        // No figure before the total: the total alone, no incident's figure.
        ("لترتفع حصيلة القتلى في بلدة سراقب بريف إدلب منذ بدء الحملة إلى 300.", []),
    ]

    @Test(arguments: runningTotals)
    func anActsFigureBeforeARunningTotal(_ c: (text: String, killed: [Int])) {
        #expect(extract(c.text).compactMap(\.killed.value) == c.killed)
    }
}
