import Testing

@testable import IncidentsCore

/// One incident told many ways is one incident; different places, days or kinds of act
/// stay apart. Articles written for these tests.
@Suite struct IncidentMergingTests {
    let extractor = IncidentExtractor()

    func extract(_ text: String) -> [ExtractedIncident] { extractArticle(text) }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// How many incidents the article reports.
        var count: Int
        /// The sub event type of the first incident, when one is expected.
        var type: String?
        var killed: Int?
        var testDescription: String { text }
    }

    static let oneIncident: [Case] = [
        // A lead with a strike, then its toll with a bare killing verb.
        Case(text: "شنت طائرات روسية غارات على بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم. وقتل في البلدة سبعة مدنيين بينهم طفلان، بحسب الدفاع المدني.",
             count: 1, type: "Air/drone strike", killed: 7),
        // The deaths first, how they came later.
        Case(text: "قتل خمسة مدنيين في بلدة معرة النعمان بريف إدلب اليوم. وقال ناشطون إن الطيران الروسي شن غارات على سوق البلدة.",
             count: 1, type: "Air/drone strike", killed: 5),
        // A definite act noun retells the strike, naming the victims' side.
        Case(text: "قصفت طائرات إسرائيلية مطار الضبعة العسكري في ريف حمص الغربي. وأسفرت الضربة عن مقتل تسعة عناصر من قوات النظام.",
             count: 1, type: "Air/drone strike", killed: 9),
        // «هجوم» of no stated kind, then its weapon.
        Case(text: "شنت قوات النظام هجوما على بلدة اللطامنة في ريف حماة الشمالي. وقصفت قوات النظام البلدة بقذائف المدفعية ما أدى إلى مقتل ثلاثة مدنيين.",
             count: 1, type: "Shelling/artillery/missile attack", killed: 3),
        // One front told by each side: the regime's ally, then the other side.
        Case(text: "اندلعت اشتباكات بين قوات النظام وفصائل المعارضة في محيط بلدة اللطامنة بريف حماة. وقتل أربعة من عناصر الدفاع الوطني في المعارك الدائرة في اللطامنة.",
             count: 1, type: "Armed clash", killed: 4),
        // A neighbourhood the gazetteer knows only by where reports put it (جوبر, mined from
        // the corpus) lies inside the city the detail names.
        Case(text: "قصفت قوات النظام حي جوبر بقذائف المدفعية صباح اليوم. وقتل أربعة مدنيين في القصف على دمشق بحسب مصادر طبية.",
             count: 1, type: "Shelling/artillery/missile attack", killed: 4),
        // The same toll told again in the detail, the victims' side named as the subject.
        Case(text: "ضربت مقاتلات روسية تجمعا للمسلحين في بلدة خان شيخون بريف إدلب وقتلت قرابة 12 منهم. وذكر بيان موسكو أن الضربة دمرت الهدف وقتلت قرابة 12 عنصرا من هيئة تحرير الشام.",
             count: 1, type: "Air/drone strike", killed: 12),
        // The same toll of one attack, its day counted loosely («قبل ثلاثة أيام» and the
        // Wednesday before a Friday).
        Case(text: "ذكر ناشطون أن تنظيم داعش قتل ما يزيد على 40 مدنيا في هجوم على بلدة القريتين بريف حمص الأربعاء. وأضافوا أن التنظيم اختطف 20 شخصا أثناء الهجوم الذي نفذه على البلدة قبل ثلاثة أيام وخلف ما يزيد على 40 قتيلا.",
             count: 1, type: "Abduction/forced disappearance", killed: 40),
        // «هجوم الفصائل»: a noun in a construct with a definite word is definite, and the
        // verb «استهدف» whose subject is «القصف» retells too.
        Case(text: "هاجمت فصائل المعارضة نقاطا لقوات النظام في بلدة كنسبا بريف اللاذقية وقتلت 14 عنصرا. وذكر ناشطون أن هجوم الفصائل خلف كذلك 30 جريحا.",
             count: 1, type: "Armed clash", killed: 14),
        Case(text: "أغارت طائرات عراقية على مقر لقادة تنظيم داعش قرب بلدة هجين بريف دير الزور وقتلت 30 مسلحا. واستهدف القصف، كما جاء في بيان بغداد، ثلاثة مبان للتنظيم في البلدة.",
             count: 1, type: "Air/drone strike", killed: 30),
        // A demonstrative points back at the act told before.
        Case(text: "استهدفت صواريخ إسرائيلية مطار المزة العسكري في دمشق فجر اليوم. وأكدت طهران مقتل سبعة من خبرائها في هذا القصف.",
             count: 1, type: "Air/drone strike", killed: 7),
        // A claim for «الهجوم» speaks of the attack told before, whatever its kind.
        Case(text: "فجر انتحاري سيارة مفخخة في سوق بلدة القريتين بريف حمص الأربعاء ما أدى إلى مقتل 12 مدنيا. وأعلن تنظيم داعش الأربعاء تبنيه الهجوم على البلدة.",
             count: 1, type: "Suicide bomb", killed: 12),
        // The day of a statement («أعلن ... الثلاثاء») does not set a toll apart from the
        // day the detail gives.
        Case(text: "ذكرت شبكة حقوقية الثلاثاء أن عدد قتلى القصف المدفعي لقوات النظام على بلدة كفرنبل بريف إدلب ارتفع إلى 25 مدنيا. وخلف القصف المدفعي الاثنين 18 قتيلا و40 جريحا.",
             count: 1, type: "Shelling/artillery/missile attack", killed: 25),
        // The same dead and wounded at two places read in one governorate: told twice.
        Case(text: "قتل 14 شخصا وجرح 40 في قصف على حي شعبي في مدينة حلب اليوم. وقال المرصد إن 14 شخصا قتلوا وأصيب 40 آخرون في قصف على حي الشعار.",
             count: 1, type: "Shelling/artillery/missile attack", killed: 14),
    ]

    @Test(arguments: oneIncident)
    func toldManyWaysIsOne(_ c: Case) {
        let found = extract(c.text)
        #expect(found.count == c.count, "\(found.map { "\($0.actor) \($0.subEventType) \($0.place ?? "-") \($0.killed)" })")
        if let first = found.first {
            #expect(first.subEventType == c.type)
            #expect(first.killed.value == c.killed)
        }
    }

    static let apart: [Case] = [
        // Two towns of one governorate, each with its own strike.
        Case(text: "شنت طائرات روسية غارات على بلدة كفرنبل في ريف إدلب الجنوبي. وقتل ثلاثة مدنيين في قصف مدفعي لقوات النظام على مدينة سراقب بريف إدلب.",
             count: 2),
        // One town on two days.
        Case(text: "قتل أربعة مدنيين في غارة روسية على مدينة سراقب بريف إدلب يوم الخميس. وقتل مدنيان في غارة روسية على مدينة سراقب يوم 20 آب.",
             count: 2),
        // A named side's act at a place of its own with a toll of its own, after a toll of
        // unattributed shelling on a region.
        Case(text: "لقي 9 مدنيين حتفهم بقصف طال الغوطة الشرقية اليوم. وردت الفصائل المعارضة بقذائف على ضاحية جرمانا شرق دمشق فقتلت ثلاثة أشخاص.",
             count: 2),
        // A border strip is not a village a town lies in.
        Case(text: "قضى 15 شخصا بقصف مدفعي لقوات النظام على الحدود الأردنية في ريف درعا. وذكر ناشطون أن قوات النظام قصفت مواقع الفصائل في بلدة الحراك.",
             count: 2),
        // A strike, then a ground assault («هجوم بري» is a kind of act: a battle).
        Case(text: "أغارت طائرات روسية على مقرات تنظيم داعش في حوض اليرموك بريف درعا الغربي. وصد عناصر التنظيم هجوما بريا لقوات النظام على المنطقة.",
             count: 2),
        // The same dead at two towns, with other wounded: two strikes.
        Case(text: "قتل 4 مدنيين وجرح 10 في غارة روسية على مدينة سراقب بريف إدلب اليوم. وقتل 4 مدنيين وجرح 6 في غارة روسية على بلدة كفرنبل بريف إدلب اليوم.",
             count: 2),
        // Another kind of act at another place, told with a definite noun.
        Case(text: "شنت طائرات روسية غارات على بلدة كفرنبل في ريف إدلب. وفي مدينة الباب بريف حلب قتل خمسة أشخاص في التفجير الذي هز سوق المدينة.",
             count: 2),
    ]

    /// The deaths told first, then another side's act named with its own actor: apart.
    @Test func deathsThenAnotherSidesActStayApart() {
        let found = extract("أعلن فصيل جيش الإسلام أنه قتل 25 جنديا من قوات النظام في بلدة حرستا بريف دمشق. وقصفت طائرات روسية بلدة حرستا بريف دمشق بالبراميل.")
        #expect(found.count == 2, "\(found.map { "\($0.actor) \($0.subEventType)" })")
    }

    @Test(arguments: apart)
    func differentIncidentsStayApart(_ c: Case) {
        let found = extract(c.text)
        #expect(found.count == c.count, "\(found.map { "\($0.actor) \($0.subEventType) \($0.place ?? "-") \($0.killed)" })")
    }

    /// Every merge says which rule made it.
    @Test func mergesAreTraced() {
        var lines: [String] = []
        _ = extractor.extract(
            Article(source: "t", text: Self.oneIncident[0].text, published: "2017-08-25"),
            trace: { lines.append($0) })
        #expect(lines.contains { $0.contains("merged into incident 1 by") })
    }
}
