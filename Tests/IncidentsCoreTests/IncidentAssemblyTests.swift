import Testing

@testable import IncidentsCore

/// Incident assembly, step by step: which clauses report an incident as news, who acted,
/// and which figure wins when the clauses of one article tell one incident again.
@Suite struct IncidentAssemblyTests {
    /// `text` read as the one clause of an article published on 2017-08-25.
    static func facts(_ text: String) -> (ArticleBuilder, ClauseFacts) {
        let t = TokenizedText(text)
        var builder = ArticleBuilder(text: t, published: "2017-08-25")
        builder.clauseIndex = 0
        let range = 0..<t.tokens.count
        let f = builder.read(range, cues: CueReader.cues(t.tokens, in: range), shifts: false)
        return (builder, f)
    }

    // MARK: Precision filters

    struct NewsCase: Sendable, CustomTestStringConvertible {
        var text: String
        var isNews: Bool
        var testDescription: String { text }
    }

    static let newsCases: [NewsCase] = [
        NewsCase(text: "قصفت قوات النظام بلدة كفرنبل أمس", isNews: true),
        // Talk about an act: a warning, a denial.
        NewsCase(text: "حذرت الأمم المتحدة من قصف قوات النظام بلدة كفرنبل", isNews: false),
        NewsCase(text: "نفت روسيا أن تكون طائراتها قصفت بلدة كفرنبل", isNews: false),
        // A period, a past year, a date well before publication.
        NewsCase(text: "قصفت قوات النظام البلدة خلال السنوات الماضية", isNews: false),
        NewsCase(text: "قصفت قوات النظام البلدة في أبريل 2016", isNews: false),
        NewsCase(text: "قصفت قوات النظام البلدة في 3 تموز 2017", isNews: false),
        NewsCase(text: "قصفت قوات النظام البلدة في 23 آب 2017", isNews: true),
    ]

    @Test(arguments: newsCases)
    func news(_ c: NewsCase) {
        let (builder, f) = Self.facts(c.text)
        #expect(builder.isNews(f) == c.isNews)
    }

    /// A toll over time is no incident without a day of its own; with one, its figure is
    /// kept as a toll, not the day's number; a day's figure told before the running total
    /// («قتل 5 ... أمس ... ليرتفع عدد القتلى منذ بدء الحملة إلى 50») is the day's, and the
    /// clause is news.
    @Test func tollsAreNotOneDaysFigures() throws {
        let (b1, undated) = Self.facts("ارتفعت حصيلة القتلى في مدينة دوما إلى 50 شخصا منذ بدء الحملة")
        #expect(b1.incidentFigures(undated) == nil)
        let (b2, dated) = Self.facts("قتل 5 مدنيين أمس في مدينة دوما ليرتفع عدد القتلى منذ بدء الحملة إلى 50")
        #expect(b2.isNews(dated))
        #expect(try #require(b2.incidentFigures(dated)).killed == Casualty(value: 5))
        let (b4, tollOnly) = Self.facts("وأعلن المرصد أمس ارتفاع عدد القتلى في مدينة دوما منذ بدء الحملة إلى 50 شخصا")
        #expect(b4.incidentFigures(tollOnly)?.killed.value == nil)
        let (b5, twoDays) = Self.facts("وبلغ عدد القتلى في بلدة سقبا خلال يومي السبت والأحد 40 شخصا")
        #expect(b5.incidentFigures(twoDays)?.killed.value == nil)
        let (b3, plain) = Self.facts("قتل 5 مدنيين أمس في مدينة دوما")
        #expect(b3.incidentFigures(plain)?.killed == Casualty(value: 5))
    }

    /// A span of years in a description after the act tells of the place, not of the toll;
    /// a rising count across the whole country is many incidents' toll, whatever its day.
    @Test func spansThatDescribeAndCountsAcrossTheCountry() throws {
        let (b1, described) = Self.facts(
            "قتل السبت 14 عنصرا من قوات النظام في كمين نصبه تنظيم داعش قرب بلدة السخنة، وهي بلدة بقيت هادئة خلال سنوات الحرب")
        #expect(b1.incidentFigures(described)?.killed == Casualty(value: 14))
        let (b2, country) = Self.facts("والسبت، ارتفع عدد قتلى الفصائل في عموم سوريا بنيران الطيران إلى 130")
        #expect(b2.incidentFigures(country) == nil)
        let (b3, town) = Self.facts("والسبت، ارتفع عدد قتلى القصف على بلدة سقبا إلى 17")
        #expect(b3.incidentFigures(town)?.killed.value == 17)
    }

    /// «في جنوب البلاد»: the place of the clauses around only when it lies in that part of
    /// the country; a place named just after that lies in it is taken.
    @Test func aPartOfTheCountryKeepsPlacesOutsideIt() {
        let lead = "قصفت طائرات روسية بلدة كفرنبل بريف إدلب صباح اليوم. "
        let south = extractArticle(lead + "ولقي ستة مدنيين حتفهم بقصف جوي روسي على مواقع الفصائل في جنوب البلاد.")
        // (A strike the text places nowhere it can be mapped is not recorded.)
        #expect(!south.contains { $0.governorate == "إدلب" && $0.killed.value == 6 })
        let named = extractArticle(lead + "ولقي ستة مدنيين حتفهم بقصف جوي روسي على مواقع الفصائل في جنوب البلاد. وتتمركز الفصائل في قرى ريف درعا الغربي.")
        #expect(named.last?.governorate == "درعا")
        let north = extractArticle(lead + "ولقي ستة مدنيين حتفهم بقصف جوي روسي على البلدة في شمال غرب سوريا.")
        #expect(north.allSatisfy { $0.governorate == "إدلب" })
    }

    /// «في سوريا» alone names no place: it does not take the place of the clauses before,
    /// while a detail after it may place the incident.
    @Test func theWholeCountryIsNoPlace() {
        let before = extractArticle(
            "قصفت طائرات روسية بلدة كفرنبل بريف إدلب صباح اليوم. واعتقلت وحدات حماية الشعب عشرات المسلحين بعد اشتباكات معهم في سوريا.")
        #expect(!before.contains { $0.actor == "sdf" })
        let detail = extractArticle(
            "أعلنت القيادة المركزية الأمريكية مقتل أحد قادة حراس الدين بضربة جوية في سوريا. وأوضح بيانها أن الضربة أصابت منزله في بلدة سلقين بريف إدلب.")
        #expect(detail.count == 1)
        #expect(detail.first?.place == "سلقين")
    }

    // MARK: Who acted

    struct ActorCase: Sendable, CustomTestStringConvertible {
        var text: String
        var agent: String?
        var other: String?
        var testDescription: String { text }
    }

    static let actorCases: [ActorCase] = [
        ActorCase(text: "قصفت قوات النظام مواقع تنظيم داعش", agent: "regime", other: "isis"),
        // «بين X و Y»: the two sides of a clash, in the order named.
        ActorCase(text: "اندلعت اشتباكات بين فصائل المعارضة وقوات النظام", agent: "opposition", other: "regime"),
        // «من قبل», «بغارات»: agent markers after the act.
        ActorCase(text: "استهدفت مواقع داعش بغارات من طيران التحالف", agent: "coalition", other: "isis"),
        ActorCase(text: "قتل خمسة مدنيين في مدينة دوما", agent: nil, other: nil),
    ]

    @Test(arguments: actorCases)
    func actors(_ c: ActorCase) {
        let (builder, f) = Self.facts(c.text)
        let (agent, other) = builder.pickActors(f)
        #expect(agent == c.agent)
        #expect(other == c.other)
    }

    // MARK: Which figure wins

    struct FigureCase: Sendable, CustomTestStringConvertible {
        var earlier: Casualty
        var later: Casualty
        var wins: Casualty
        var testDescription: String { "\(earlier) vs \(later)" }
    }

    static let inArticle: [FigureCase] = [
        // A number beats no number, whichever clause gave it.
        FigureCase(earlier: Casualty(qualifier: .vague("عشرات")), later: Casualty(value: 8, qualifier: .atLeast),
                   wins: Casualty(value: 8, qualifier: .atLeast)),
        FigureCase(earlier: Casualty(value: 3), later: Casualty(value: 8), wins: Casualty(value: 3)),
        FigureCase(earlier: Casualty(value: 3, qualifier: .about), later: Casualty(value: 8), wins: Casualty(value: 3, qualifier: .about)),
        // A mention beats silence; between mentions the earlier stays.
        FigureCase(earlier: .none, later: Casualty(qualifier: .unspecified), wins: Casualty(qualifier: .unspecified)),
        FigureCase(earlier: Casualty(qualifier: .unspecified), later: Casualty(qualifier: .digitsMissing),
                   wins: Casualty(qualifier: .unspecified)),
        FigureCase(earlier: .none, later: .none, wins: .none),
    ]

    @Test(arguments: inArticle)
    func betterInArticle(_ c: FigureCase) {
        #expect(Casualty.betterInArticle(c.earlier, c.later) == c.wins)
    }

    @Test func strengthInClauseOrdersExactThenMissingThenVagueThenTollThenUnspecified() {
        let order: [Casualty] = [
            Casualty(value: 4, qualifier: .about), Casualty(qualifier: .digitsMissing),
            Casualty(qualifier: .vague("عشرات")), Casualty(qualifier: CasualtyReader.tollQualifier),
            Casualty(qualifier: .unspecified), .none,
        ]
        for (a, b) in zip(order, order.dropFirst()) {
            #expect(a.strengthInClause > b.strengthInClause, "\(a) should beat \(b)")
        }
    }

    @Test func precisionBetweenArticles() {
        let table: [(Casualty.Qualifier?, Int)] = [
            (nil, 3), (.atLeast, 2), (.moreThan, 2), (.about, 1), (.vague("عشرات"), 0),
            (.digitsMissing, 0), (.unspecified, 0),
        ]
        for (q, p) in table { #expect(Casualty.precision(q) == p, "\(String(describing: q))") }
    }
}
