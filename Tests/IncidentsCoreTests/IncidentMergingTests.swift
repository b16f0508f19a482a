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
        Case(text: "نفذت مقاتلات روسية غارات جوية على بلدة خان شيخون بريف إدلب، ما أسفر عن مقتل نحو 12 مسلحا. وأسفرت العملية، وفقا لبيان وزارة الدفاع، عن تدمير الأهداف وقتل نحو 12 مسلحا من هيئة تحرير الشام.",
             count: 1, type: "Air/drone strike", killed: 12),
        // The same toll of one attack, its day counted loosely («قبل ثلاثة أيام» and the
        // Wednesday before a Friday).
        Case(text: "قال المرصد إن تنظيم داعش قتل أكثر من 40 مدنيا في هجوم على بلدة الشبكي بريف السويداء الأربعاء. وأعلن المرصد أن التنظيم خطف 20 مدنيا خلال الهجوم الذي شنه على البلدة قبل ثلاثة أيام وأوقع أكثر من 40 قتيلا.",
             count: 1, type: "Abduction/forced disappearance", killed: 40),
        // «هجوم الفصائل»: a noun in a construct with a definite word is definite, and the
        // verb «استهدف» whose subject is «القصف» retells too.
        Case(text: "شنت فصائل المعارضة هجوما على مواقع قوات النظام في بلدة كنسبا بريف اللاذقية ما أسفر عن مقتل 27 عنصرا. وقال المرصد إن هجوم الفصائل أسفر أيضا عن إصابة 40 آخرين.",
             count: 1, type: "Armed clash", killed: 27),
        Case(text: "شنت مقاتلات عراقية غارات جوية على اجتماع لقادة تنظيم داعش قرب بلدة هجين بريف دير الزور ما أسفر عن مقتل 30 مسلحا. واستهدف القصف، بحسب بيان للجيش العراقي، ثلاثة مقار للتنظيم في البلدة.",
             count: 1, type: "Air/drone strike", killed: 30),
        // A demonstrative points back at the act told before.
        Case(text: "قصفت طائرات إسرائيلية مطار التيفور العسكري في ريف حمص الشرقي فجر اليوم. وأكدت طهران مقتل سبعة من مستشاريها العسكريين في هذا القصف.",
             count: 1, type: "Air/drone strike", killed: 7),
        // A claim for «الهجوم» speaks of the attack told before, whatever its kind.
        Case(text: "فجر انتحاريون من تنظيم داعش أحزمة ناسفة في بلدة الشبكي بريف السويداء الأربعاء ما أدى إلى مقتل 12 مدنيا. وتبنى التنظيم الأربعاء مسؤولية الهجوم الواسع على البلدة.",
             count: 1, type: "Remote explosive/landmine/IED", killed: 12),
        // The day of a statement («أعلن ... الثلاثاء») does not set a toll apart from the
        // day the detail gives.
        Case(text: "أعلن المرصد السوري الثلاثاء أن حصيلة قتلى القصف المدفعي لقوات النظام على بلدة كفرنبل بريف إدلب ارتفعت إلى 25 مدنيا. وأسفر القصف المدفعي الاثنين عن مقتل 18 مدنيا وإصابة 40 آخرين.",
             count: 1, type: "Shelling/artillery/missile attack", killed: 25),
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
        Case(text: "قتل 12 مدنيا في القصف على الغوطة الشرقية اليوم. واستهدفت الفصائل المعارضة بدورها ضاحية جرمانا قرب دمشق، ما أسفر عن مقتل أربعة أشخاص.",
             count: 2),
        // A border strip is not a village a town lies in.
        Case(text: "قتل 20 شخصا بقصف مدفعي لقوات النظام على المنطقة الواقعة على الحدود الأردنية في ريف درعا. وقال المرصد إن قوات النظام قصفت مواقع الفصائل في بلدة الحراك.",
             count: 2),
        // A strike, then a ground assault («هجوم بري» is a kind of act: a battle).
        Case(text: "قصفت طائرات روسية مواقع تنظيم داعش في حوض اليرموك بريف درعا الغربي. وتصدى مقاتلو التنظيم لهجوم بري شنته قوات النظام على المنطقة.",
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
