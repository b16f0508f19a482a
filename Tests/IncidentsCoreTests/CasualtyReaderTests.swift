import Testing
@testable import IncidentsCore

/// A sentence read as one clause, and the killed and wounded figures it should give.
struct CasualtyCase: Sendable, CustomTestStringConvertible {
    var text: String
    var killed: Casualty
    var wounded: Casualty = .none
    var testDescription: String { text }
}

private func n(_ v: Int, _ q: Casualty.Qualifier? = nil) -> Casualty { Casualty(value: v, qualifier: q) }
private func vague(_ w: String) -> Casualty { Casualty(qualifier: .vague(w)) }
private let missing = Casualty(qualifier: .digitsMissing)
private let unspecified = Casualty(qualifier: .unspecified)
private let toll = Casualty(qualifier: CasualtyReader.tollQualifier)
private let none = Casualty.none

@Suite struct CasualtyReaderTests {
    static func read(_ text: String) -> CasualtyReading {
        let tokens = TokenizedText(text).tokens
        return CasualtyReader.read(tokens, in: 0..<tokens.count)
    }

    /// The gold evidence sentences of the seed articles, and other seed sentences.
    static let seeds: [CasualtyCase] = [
        CasualtyCase(text: "وقالت حملة \"الرقة تذبح بصمت\" إن خمسة وثلاثين مدنياً على الأقل قتلوا، ظهر الخميس، جراء غارة من طيران التحالف الدولي على حارة البدو شمال مدينة الرقة.",
                     killed: n(35, .atLeast)),
        CasualtyCase(text: "من ناحية أخري أشار المرصد إلي مقتل ما لا يقل عن 25 عنصراً من القوات النظامية خلال المعارك المتواصلة مع تنظيم ¢داعش¢",
                     killed: n(25, .atLeast)),
        CasualtyCase(text: "كما أسفرت التفجيرات والمعارك بين الجانبين عن سقوط عدد آخر من الجرحي بعضهم لايزال في حالة خطرة مما قد يرشح عدد القتلي للارتفاع",
                     killed: none, wounded: vague("عدد اخر من")),
        CasualtyCase(text: "أفاد المرصد السوري لحقوق الإنسان باستهداف طائرات حربية عدة أماكن في محافظة إدلب ما أسفر عن مقتل عشرات الأشخاص",
                     killed: vague("عشرات")),
        CasualtyCase(text: "وتحدث \"تجمّع أحرار حوران\" عن توثيقه مقتل 168 عنصراً بينهم 63 ضابطاً برتب مختلفة من قوات النظام السوري خلال المعارك",
                     killed: n(168)),
        CasualtyCase(text: "أكد المتحدث باسم \"تجمع أحرار حوران\"، لـ\"العربي الجديد\"، مقتل طفل جراء قصف مدفعي من قوات النظام السوري",
                     killed: n(1)),
        CasualtyCase(text: "قالت مصادر محلية لـ\"العربي الجديد\" إن طفلة قُتلت وجرح مدنيون بينهم أطفال ونساء، جراء غارة من طيران النظام السوري",
                     killed: n(1), wounded: unspecified),
        CasualtyCase(text: "بينما قام تنظيم \"الدولة الإسلامية\" (داعش) بإعدام شخصين في قرية حطلة بريف دير الزور الشرقي",
                     killed: n(2)),
        CasualtyCase(text: "إن الطيران الروسي استهدف مناطق في مدينة الرستن بصواريخ فراغية، موقعاً جرحى من المدنيين بينهم أطفال ونساء",
                     killed: none, wounded: unspecified),
        CasualtyCase(text: "في غضون ذلك ذكر المرصد أن غارات جوية شنها التحالف الدولي على مستشفى ميداني ومسجد في دير الزور أسفرت عن مقتل ثمانية مدنيين على الأقل",
                     killed: n(8, .atLeast)),
        CasualtyCase(text: "قابلتها هيئة تحرير الشام بإطلاق الرصاص الحي ما أدى إلى إصابة خمسة أشخاص بجروح وكالات",
                     killed: none, wounded: n(5)),
        CasualtyCase(text: "فيما قتل  مدنيين في غارات جوية للتحالف على دير الزور شرقي البلاد", killed: missing),
        CasualtyCase(text: "بينما أصيب  أشخاص بجروح جراء إطلاق عناصر هيئة تحرير الشام الرصاص على مئات المتظاهرين",
                     killed: none, wounded: missing),
        CasualtyCase(text: "وتحدثت المنظمة عن تقارير حول مقتل  طفلا وإصابة آخرين في أعمال العنف الأخيرة في الرقة",
                     killed: missing, wounded: unspecified),
        CasualtyCase(text: "وقتل  مدنيا مساء الخميس بحسب المرصد بعد تنفيذ طائرات التحالف  غارة جوية على الرقة وأطرافها ومن بين القتلى وفق المرصد  شخصا قضوا في غارة استهدفت مقهى للإنترنت",
                     killed: missing),
        CasualtyCase(text: "وحذرت اليونيسف من أن حياة أكثر من  ألف طفل في الرقة مهددة", killed: none),
        CasualtyCase(text: "شنّ طيران النظام السوري والطيران الروسي أكثر من عشرين غارة على مواقع تسيطر عليها المعارضة في مدينة درعا",
                     killed: none),
        CasualtyCase(text: "تمكنت المليشيات الكردية من بسط سيطرتها على أربع قرى هي (أم تنك، الجربوع، جرو، الحتاش)", killed: none),
        CasualtyCase(text: "بالتزامن مع محاولات شن هجوم معاكس باتجاه قرية عايد شرق المدينة تكبّد خلالها الطرفان خسائر بشرية",
                     killed: unspecified),
        CasualtyCase(text: "وتشهد مدينة الرستن قصفاً متكرّراً من قوات النظام السوري والطيران الروسي أوقع ضحايا بين المدنيين",
                     killed: none),
        CasualtyCase(text: "كثف التحالف الدولي من غاراته على مدينة الرقة وضواحيها موقعا المزيد من الضحايا المدنيين", killed: none),
    ]

    /// Made-up sentences in the style of real reports.
    static let reports: [CasualtyCase] = [
        // Numbers after the noun of the event.
        CasualtyCase(text: "مقتل 25 من المعارضة و9 من قوات النظام في اشتباكات بريف حماة", killed: n(34)),
        CasualtyCase(text: "أسفر القصف عن مقتل نحو 40 شخصاً وإصابة أكثر من 100 آخرين", killed: n(40, .about),
                     wounded: n(100, .moreThan)),
        CasualtyCase(text: "استشهاد 26 شخصا وإصابة 227 آخرين في تفجير انتحاري", killed: n(26), wounded: n(227)),
        CasualtyCase(text: "مقتل 3 جنود أتراك وإصابة 14 آخرين في هجوم على دورية", killed: n(3), wounded: n(14)),
        CasualtyCase(text: "مقتل 14 شخصاً بينهم سبعة إيرانيين في الضربة", killed: n(14)),
        CasualtyCase(text: "وثقت الأمم المتحدة مقتل 628 مدنيا، بينهم 151 طفلا، وإصابة أكثر من 3500 آخرين بجروح",
                     killed: n(628), wounded: n(3500, .moreThan)),
        CasualtyCase(text: "سجلت المستشفيات 20 إصابة بين المدنيين", killed: none, wounded: n(20)),
        CasualtyCase(text: "أسفرت الغارات عن مقتل 10 أشخاص بينهم 4 أطفال و3 نساء", killed: n(10)),
        CasualtyCase(text: "مقتل 15 طفلاً وامرأتين في غارة على سوق شعبي", killed: n(17)),
        CasualtyCase(text: "أعلن الجيش مقتل 17 جنديا وضابطا في هجوم على حاجز", killed: n(18)),
        CasualtyCase(text: "أسفر الهجوم عن مقتل أحد عناصر الشرطة", killed: n(1)),
        CasualtyCase(text: "مقتل شخص واحد وإصابة سبعة آخرين بجروح", killed: n(1), wounded: n(7)),
        CasualtyCase(text: "مقتل مقاتلين اثنين من الفصائل الموالية لأنقرة", killed: n(2)),
        CasualtyCase(text: "مقتل عدد من عناصر التنظيم في غارة للتحالف", killed: vague("عدد من")),
        CasualtyCase(text: "وثق المرصد مقتل ١٢ مدنياً في غارة روسية على ريف إدلب", killed: n(12)),
        CasualtyCase(text: "أدت الغارة إلى مقتل 2,500 مسلح منذ أشهر", killed: toll),
        CasualtyCase(text: "مقتل 10 أشخاص و20 جريحاً في انفجار سيارة مفخخة", killed: n(10), wounded: n(20)),
        CasualtyCase(text: "أسفرت الاشتباكات عن مقتل 12 عنصرا من قوات النظام، مقابل 7 من الفصائل", killed: n(19)),
        CasualtyCase(text: "قتل ما بين 25 و30 عنصراً من التنظيم في المعارك", killed: n(25, .atLeast)),
        CasualtyCase(text: "مقتل جميع ركاب الطائرة في الحادث", killed: unspecified),
        // Verbs: figure after, before, or after the subject of an active verb.
        CasualtyCase(text: "قتل 3 مدنيين وأصيب 7 آخرون بجروح في قصف على بلدة كفرنبل", killed: n(3), wounded: n(7)),
        CasualtyCase(text: "قتل جندي تركي وأصيب آخر بانفجار لغم", killed: n(1), wounded: n(1)),
        CasualtyCase(text: "قتل جنديان وأصيب ثلاثة آخرون في الهجوم", killed: n(2), wounded: n(3)),
        CasualtyCase(text: "قال ناشطون إن 4 مدنيين قتلوا في القصف", killed: n(4)),
        CasualtyCase(text: "وقال المرصد إن أكثر من 40 ألف شخص قتلوا في المعارك", killed: n(40000, .moreThan)),
        CasualtyCase(text: "وذكرت مصادر أن 7 جنود أتراك قتلوا وأصيب 3 آخرون", killed: n(7), wounded: n(3)),
        CasualtyCase(text: "وقالت المصادر إن جنديين عراقيين قتلا وأصيب اثنان آخران", killed: n(2), wounded: n(2)),
        CasualtyCase(text: "عثر على شرطيين قتلا برصاصة في الرأس", killed: n(2)),
        CasualtyCase(text: "قالت مصادر إن جنديا قتل في انفجار لغم", killed: n(1)),
        CasualtyCase(text: "إن 25 مقاتلاً على الأقل من الفصائل وثمانية من مقاتلي تنظيم داعش، قتلوا في الهجوم", killed: n(33, .atLeast)),
        CasualtyCase(text: "قتلت قوات النظام 5 مدنيين بينهم امرأة في بلدة داعل", killed: n(5)),
        CasualtyCase(text: "إن 289 مدنيا على الأقل، بينهم 43 طفلا، قتلوا في معركة عفرين", killed: n(289, .atLeast)),
        CasualtyCase(text: "من جهة أخرى، قتل وأصيب سبعة عراقيين في تفجير", killed: unspecified, wounded: unspecified),
        CasualtyCase(text: "أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين", killed: n(2), wounded: n(4)),
        CasualtyCase(text: "بعد يوم دموي قتل فيه نحو80 مدنيا في الغوطة الشرقية", killed: n(80, .about)),
        CasualtyCase(text: "طائرات مجهولة قتلت طفلين في ريف إدلب", killed: n(2)),
        CasualtyCase(text: "أعدم التنظيم ثلاثة شبان في ساحة البلدة", killed: n(3)),
        CasualtyCase(text: "وقتل في الغارة 5 أشخاص من عائلة واحدة", killed: n(5)),
        CasualtyCase(text: "قتل فيه ضابط صف وأصيب جنديان بجروح", killed: n(1), wounded: n(2)),
        CasualtyCase(text: "وقتل صباح السبت مدنيين اثنين في غارات على ريف حمص", killed: n(2)),
        CasualtyCase(text: "أصيب شرطي بجروح خطيرة في الهجوم", killed: none, wounded: n(1)),
        CasualtyCase(text: "وأصيب العشرات بحالات اختناق جراء القصف بالغازات السامة", killed: none, wounded: vague("العشرات")),
        CasualtyCase(text: "أصيب 3 عناصر من الشرطة بجروح خلال تفريق المتظاهرين", killed: none, wounded: n(3)),
        CasualtyCase(text: "أصابت قذيفة هاون 4 أشخاص بجروح في حي المزة", killed: none, wounded: n(4)),
        CasualtyCase(text: "قضى 7 أشخاص غرقاً قبالة السواحل", killed: n(7)),
        CasualtyCase(text: "قتل واعتقل 16 شخصا خلال الحملة الأمنية", killed: unspecified),
        // «لقي … مصرعهم», «أودى بحياة».
        CasualtyCase(text: "لقي خمسة أشخاص مصرعهم في انفجار سيارة مفخخة", killed: n(5)),
        CasualtyCase(text: "لقي شاب حتفه برصاص قناص في حي جوبر", killed: n(1)),
        CasualtyCase(text: "ولقي 19 شخصا على الأقل مصرعهم في القصف", killed: n(19, .atLeast)),
        CasualtyCase(text: "إن 12 شخصا على الأقل لقوا حتفهم في الهجوم", killed: n(12, .atLeast)),
        CasualtyCase(text: "وأودى القصف بحياة 12 مدنياً بينهم ثلاثة أطفال", killed: n(12)),
        CasualtyCase(text: "أودت الغارات بحياة العشرات من المدنيين", killed: vague("العشرات")),
        // Casualty nouns with the number before them.
        CasualtyCase(text: "أسفرت الغارة عن سقوط ستة قتلى وأربعة جرحى", killed: n(6), wounded: n(4)),
        CasualtyCase(text: "سقط عشرات القتلى ومئات الجرحى في الهجوم الكيماوي", killed: vague("عشرات"), wounded: vague("مئات")),
        CasualtyCase(text: "الغارات أوقعت 80 قتيلاً على الأقل", killed: n(80, .atLeast)),
        CasualtyCase(text: "شهدت هجمات من بينها الهجوم الذي أوقع 32 قتيلا ومئة جريح", killed: n(32), wounded: n(100)),
        CasualtyCase(text: "خلف القتال أكثر من 1000 قتيل وحوالي 4800 جريح", killed: n(1000, .moreThan), wounded: n(4800, .about)),
        CasualtyCase(text: "خلفت الهجمات ثلاثة قتلى من الجنود و35 مصابا", killed: n(3), wounded: n(35)),
        CasualtyCase(text: "سقوط قتلى وجرحى في صفوف المدنيين", killed: unspecified, wounded: unspecified),
        CasualtyCase(text: "اعترفت موسكو بسقوط عشرات القتلى والجرحى الروس", killed: vague("عشرات"), wounded: vague("عشرات")),
        CasualtyCase(text: "سقط 50 بين قتيل وجريح في القصف", killed: unspecified, wounded: unspecified),
        CasualtyCase(text: "وسقط قتيل وثلاثة جرحى في الاشتباكات", killed: n(1), wounded: n(3)),
        CasualtyCase(text: "وأطلقت الشرطة النار على المهاجم فأردته قتيلا", killed: n(1)),
        CasualtyCase(text: "عثر على جثتي قتيلين قرب الحاجز", killed: n(2)),
        CasualtyCase(text: "تضامنا مع الشهداء والجرحى في المدينة", killed: none, wounded: none),
        CasualtyCase(text: "أصيب إعلامي بمرض عضال", killed: none, wounded: none),
        CasualtyCase(text: "تبين أنه مصاب بمرض ضمور عضلي", killed: none, wounded: none),
        // Combined figures: one number for both kinds.
        CasualtyCase(text: "أسفر الانفجار عن مقتل وإصابة 20 شخصاً", killed: unspecified, wounded: unspecified),
        CasualtyCase(text: "أدى القصف إلى مقتل وإصابة العشرات", killed: vague("العشرات"), wounded: vague("العشرات")),
        CasualtyCase(text: "قتل وجرح عدد من عناصر النظام", killed: vague("عدد من"), wounded: vague("عدد من")),
        // Negation, court sentences and threats.
        // Nobody hurt is a known zero (ANNOTATION.md).
        CasualtyCase(text: "لم تسفر الغارة عن وقوع إصابات", killed: n(0), wounded: n(0)),
        CasualtyCase(text: "سقطت قذيفة هاون على حي المزة دون وقوع إصابات", killed: n(0), wounded: n(0)),
        CasualtyCase(text: "أصدرت المحكمة حكما بإعدام 75 متهما", killed: none),
        CasualtyCase(text: "يهدد فيه عناصر من التنظيم بإعدام 6 أشخاص ما لم تدفع الفدية", killed: none),
        CasualtyCase(text: "قضت المحكمة بسجنه 5 سنوات", killed: none),
        // Cumulative tolls.
        // A rising count is read; whether it is one incident's is `isCumulative`'s call.
        CasualtyCase(text: "ارتفعت حصيلة القتلى في الغوطة الشرقية إلى 305 أشخاص", killed: n(305)),
        CasualtyCase(text: "قتل أكثر من 500 مدني منذ بداية الحملة العسكرية على المدينة", killed: toll),
        CasualtyCase(text: "وثق المرصد مقتل 1700 مدني خلال الشهر الماضي", killed: toll),
        CasualtyCase(text: "إن 915 شخصا قد قتلوا خلال 18 يوما", killed: toll),
        CasualtyCase(text: "قتل 5 مدنيين في الغارة ليرتفع عدد القتلى إلى 300", killed: n(5)),
        CasualtyCase(text: "أصيب 4 آلاف شخص منذ بدء الحملة", killed: none, wounded: toll),
        // Not casualty figures.
        CasualtyCase(text: "قتل عشرة أشخاص في قصف استمر 5 ساعات", killed: n(10)),
        CasualtyCase(text: "شهدت البلاد أكثر من 61 ألف جريمة قتل في العام الماضي", killed: unspecified),
        CasualtyCase(text: "وأفاد التقرير بأن 400 ألف شخص قتلوا و5.6 ملايين شخص فروا من البلاد", killed: n(400_000)),
        CasualtyCase(text: "وخلفت الحرب في اليمن أكثر من 10 آلاف قتيل", killed: toll),
        CasualtyCase(text: "ويؤدي تلوث المياه إلى وفاة 200 ألف شخص سنويا", killed: toll),
        CasualtyCase(text: "شنت الطائرات 20 غارة على البلدة ودمرت 30 منزلا", killed: none),
        CasualtyCase(text: "أصيب طفل (12 عاما) برصاص قناص", killed: none, wounded: n(1)),
        CasualtyCase(text: "مقتل طفل عمره 10 سنوات في قصف مدفعي", killed: n(1)),
    ]

    @Test(arguments: seeds + reports)
    func reads(_ c: CasualtyCase) {
        let r = Self.read(c.text)
        #expect(r.killed == c.killed)
        #expect(r.wounded == c.wounded)
        #expect((r.killedRange != nil) == c.killed.isMentioned)
        #expect((r.woundedRange != nil) == c.wounded.isMentioned)
    }

    @Test func rangesPointAtTheExpression() {
        let t = TokenizedText("وتحدث التجمع عن توثيقه مقتل 168 عنصراً بينهم 63 ضابطاً في درعا وإصابة خمسة آخرين")
        let r = CasualtyReader.read(t.tokens, in: 0..<t.tokens.count)
        #expect(r.killedRange.map { t.text(tokens: $0) } == "مقتل 168 عنصراً")
        #expect(r.woundedRange.map { t.text(tokens: $0) } == "وإصابة خمسة آخرين")
    }

    @Test func readsOnlyInsideTheClause() {
        let t = TokenizedText("قتل 5 مدنيين في حلب. وأصيب 3 آخرون في إدلب.")
        let clauses = ClauseSplitter.clauses(t)
        #expect(clauses.count == 2)
        let first = CasualtyReader.read(t.tokens, in: clauses[0])
        let second = CasualtyReader.read(t.tokens, in: clauses[1])
        #expect(first == CasualtyReading(killed: n(5), killedRange: 0..<3))
        #expect(second.killed == .none)
        #expect(second.wounded == n(3))
        #expect(CasualtyReader.read(t.tokens, in: 3..<3) == .none)
        #expect(CasualtyReader.read(t.tokens, in: 0..<100).killed == n(5))
    }
}
