import Testing
@testable import IncidentsCore

/// Who did it to whom: the actor is the attacker, never the one hit, the area's holder or
/// the source; the target is filled when the text says who was hit.
@Suite struct ActorRoleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var actor: String
        var target: String
        var testDescription: String { text }
        init(_ text: String, _ actor: String, _ target: String) {
            self.text = text
            self.actor = actor
            self.target = target
        }
    }

    static func first(_ text: String) -> ExtractedIncident? {
        extractArticle(text, published: nil).first
    }

    static let cases: [Case] = [
        // The object of a strike is the target, not the actor.
        Case("قصفت طائرات حربية مواقع تنظيم داعش في مدينة الميادين بريف دير الزور ما أدى إلى مقتل 5 عناصر", "unknown", "isis"),
        Case("قصفت قوات النظام مواقع هيئة تحرير الشام في بلدة كفرنبل بريف إدلب", "regime", "hts"),
        Case("شنت طائرات التحالف الدولي غارات على مقرات داعش في مدينة البوكمال ما أدى إلى مقتل 7 عناصر", "coalition", "isis"),
        Case("استهدفت غارة جوية تجمعا لقوات النظام في بلدة خان شيخون بريف إدلب وقتل 3 جنود", "unknown", "regime"),
        Case("هاجم مسلحو داعش حاجزا لقوات النظام قرب مدينة السخنة في ريف حمص وقتلوا 4 جنود", "isis", "regime"),
        // Victims counted among the dead are the target.
        Case("قتل 12 عنصرا من قوات النظام في انفجار سيارة مفخخة في بلدة الصنمين بريف درعا", "unknown", "regime"),
        Case("أسفرت الغارات الإسرائيلية على مطار المزة عن مقتل 6 عناصر من الحرس الثوري الإيراني", "israel", "iran"),
        // Strikes named by their agent's adjective.
        Case("قتل خمسة مدنيين في قصف حكومي على بلدة عربين في الغوطة الشرقية", "regime", "civilians"),
        Case("قتل ثلاثة أشخاص بغارات روسية على مدينة معرة النعمان في ريف إدلب", "russia", "civilians"),
        Case("أصيب عشرة مدنيين في قصف تركي على قرية في ريف عفرين بحلب", "turkey", "civilians"),
        Case("ألقت طائرات عمودية سورية براميل متفجرة على بلدة اللطامنة بريف حماة فقتلت 3 مدنيين", "regime", "civilians"),
        // Only an air force strikes from the air: a group named beside air strikes is what
        // they meant to press or hit; a drone flies for anyone.
        Case("قتل عشرة مدنيين في غارات جوية على مدينة عربين. ويرى محللون أن الغارات تهدف إلى إجبار فيلق الرحمن المسيطر على المدينة على الانسحاب", "unknown", "civilians"),
        Case("شن تنظيم داعش هجوما بطائرة مسيرة على حاجز لقوات النظام قرب مدينة السخنة ما أدى إلى مقتل جنديين", "isis", "regime"),
        // Whom the act means to press or drive out is not who did it.
        Case("وفي محاولة للضغط على جيش الإسلام للانسحاب من مدينة دوما، استأنفت القوات الحكومية الجمعة قصف المدينة وقتل 40 مدنيا", "regime", "civilians"),
        // A battle that names one side only: that side is its actor.
        Case("قتل 18 مسلحا من فصائل المعارضة أثناء هجومهم على تلة عسكرية في ريف حماة الشمالي", "opposition", "opposition"),
        // Shelling of a town or an area with nothing military named: its people; an airport
        // or positions named: not.
        Case("قصفت قوات النظام مدينة معرة النعمان وريفها بالمدفعية الثقيلة", "regime", "civilians"),
        Case("قصفت قوات النظام مواقع في ريف إدلب الجنوبي بالمدفعية الثقيلة", "regime", "unknown"),
        // The area's controller and the source are neither actor nor target.
        Case("قتل أربعة مدنيين بقصف مدفعي على بلدة حمورية الخاضعة لسيطرة المعارضة", "unknown", "civilians"),
        Case("قتل طفلان بقذائف سقطت على حي في مدينة درعا وفق مصادر المعارضة", "unknown", "civilians"),
        Case("قالت وزارة الدفاع الروسية إن طائرات إسرائيلية قصفت مطار الشعيرات في ريف حمص", "israel", "unknown"),
        // A speaker that claims the act did it.
        Case("أعلن جيش الإسلام أنه قتل 15 عنصرا من قوات النظام في مدينة حرستا بريف دمشق", "jaish_al_islam", "regime"),
        // A name joined by «و» to a victim is a victim too.
        Case("أسفر قصف إسرائيلي عن مقتل 11 جنديا من قوات النظام وحزب الله قرب قاعدة الشعيرات", "israel", "regime"),
        // An affiliation shares the role of the name it describes.
        Case("قصفت قوات النظام مواقع هيئة تحرير الشام المرتبطة بتنظيم القاعدة في بلدة التمانعة بريف إدلب وقتلت 4 عناصر", "regime", "hts"),
        // Unidentified armed groups.
        Case("قتل 6 مدنيين جراء استهداف مجموعات مسلحة أحياء سكنية في مدينة حلب", "unknown", "civilians"),
        // Plain people killed by a strike are civilians.
        Case("قتل أربعة أشخاص في قصف بقذائف الهاون على حي باب توما في دمشق", "unknown", "civilians"),
    ]

    @Test(arguments: cases)
    func actorAndTarget(_ c: Case) {
        let inc = Self.first(c.text)
        #expect(inc?.actor == c.actor)
        #expect(inc?.target == c.target)
    }

    /// A fight keeps both sides: the second side is the target.
    @Test func clashSides() {
        let inc = Self.first("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في بادية السخنة بريف حمص أسفرت عن مقتل 9 عناصر")
        #expect(inc?.actor == "regime")
        #expect(inc?.target == "isis")
    }

    /// An ally named as support is neither the agent nor the other side.
    @Test func allyIsNotTheOtherSide() {
        let inc = Self.first("اندلعت اشتباكات عنيفة بين قوات النظام المدعومة من روسيا وفصائل المعارضة في بلدة اللطامنة بريف حماة")
        #expect(inc?.actor == "regime")
        #expect(inc?.target == "opposition")
        let a = Self.first("سيطرت قوات النظام بدعم روسي على بلدة اللطامنة بريف حماة بعد اشتباكات عنيفة")
        #expect(a?.actor == "regime")
        #expect(a?.target != "russia")
    }

    // MARK: Agents from the context

    static func all(_ text: String) -> [ExtractedIncident] {
        IncidentExtractor().extract(Article(source: "t", text: text))
    }

    /// A strike told passively takes the agent the clause before or the lead names.
    @Test(arguments: [
        ("شنت الطائرات الروسية غارات مكثفة على ريف إدلب الجنوبي. وقتل خمسة مدنيين بغارة جوية على بلدة كفرنبل", "russia"),
        ("قصفت قوات النظام بالمدفعية أحياء مدينة إدلب. وأسفر القصف عن مقتل 3 مدنيين في مدينة إدلب", "regime"),
        // Unknown aircraft stay unknown.
        ("شنت الطائرات الروسية غارات على ريف حماة الشمالي. وقتل خمسة مدنيين بغارة لطائرات مجهولة الهوية على بلدة كفرنبل بريف إدلب", "unknown"),
        // A change of topic ends the context.
        ("شنت الطائرات الروسية غارات على ريف إدلب. من جهة أخرى، قتل خمسة مدنيين بقصف على بلدة الصنمين بريف درعا", "unknown"),
    ])
    func passiveStrikeTakesContextAgent(_ text: String, _ actor: String) {
        let found = Self.all(text)
        #expect(found.last?.actor == actor)
    }

    /// A military site hit with no owner named is the regime's, unless the regime's side hit it.
    @Test func militarySiteIsTheRegimes() {
        let a = Self.first("قتل 4 عسكريين في غارة إسرائيلية على مطار المزة العسكري في دمشق")
        #expect(a?.target == "regime")
        let b = Self.first("قتل 4 أشخاص في غارة روسية على موقع عسكري قرب بلدة كفرنبل بريف إدلب")
        #expect(b?.target == "civilians")
    }

    // MARK: Roles on single mentions

    struct RoleCase: Sendable, CustomTestStringConvertible {
        var text: String
        var slug: String
        var role: ActorRole
        var testDescription: String { "\(text) → \(slug)" }
        init(_ text: String, _ slug: String, _ role: ActorRole) {
            self.text = text
            self.slug = slug
            self.role = role
        }
    }

    static let roleCases: [RoleCase] = [
        RoleCase("قصفت المدفعية البلدات الواقعة تحت سيطرة المعارضة المسلحة", "opposition", .controller),
        RoleCase("قصفت الطائرات القرى التي تسيطر عليها قوات سوريا الديمقراطية", "sdf", .controller),
        RoleCase("قصفت الطائرات مناطق داعش في الريف", "isis", .controller),
        RoleCase("سيطرة قوات النظام على البلدة بعد معارك", "regime", .candidate),
        RoleCase("نقلت مصادر في المعارضة أن القصف استمر", "opposition", .source),
        RoleCase("وفق التحالف الدولي فإن الغارات دمرت الجسر", "coalition", .source),
        RoleCase("قال التحالف الدولي إن طائرات مجهولة قصفت المدينة", "coalition", .source),
        RoleCase("قال التحالف الدولي إنه قصف المدينة", "coalition", .candidate),
        RoleCase("قتل 20 مقاتلا من المعارضة في الهجوم", "opposition", .victim),
        RoleCase("سقط قتلى في صفوف داعش", "isis", .victim),
        RoleCase("قتلت قوات النظام خمسة مدنيين", "regime", .candidate),
        RoleCase("شن الطيران غارات ضد داعش", "isis", .object),
        RoleCase("قصفت الطائرات موقعا عسكريا تابعا لقوات النظام", "regime", .object),
        RoleCase("نفذت قوات النظام هجوما على البلدة", "regime", .candidate),
    ]

    @Test(arguments: roleCases)
    func roles(_ c: RoleCase) {
        let t = TokenizedText(c.text)
        let all = ActorMatcher.mentions(in: t.tokens, range: 0..<t.tokens.count)
        let clause = 0..<t.tokens.count
        let cueAt = Set(CueReader.cues(t.tokens, in: clause).map(\.at))
        let m = all.first { $0.slug == c.slug }
        #expect(m != nil)
        if let m {
            #expect(ActorRoleReader.role(of: m, among: all, t.tokens, clause: clause, cueAt: cueAt) == c.role)
        }
    }
}
