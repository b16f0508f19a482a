import Testing
@testable import IncidentsCore

@Suite struct ActorMatcherTests {
    static func mentions(_ text: String) -> (TokenizedText, [ActorMention]) {
        let t = TokenizedText(text)
        return (t, ActorMatcher.mentions(in: t.tokens, range: 0..<t.tokens.count))
    }

    // MARK: Seeds

    @Test(arguments: SeedCase.all)
    func seedClauses(_ c: SeedCase) {
        let (_, found) = Self.mentions(c.text)
        #expect(found.map(\.slug) == c.actors)
    }

    /// Every gold actor that the evidence clause names is found.
    @Test func seedGoldActorsAreFound() {
        let gold: [(String, [String])] = [
            ("000-1", ["coalition"]), ("000-2", ["coalition"]), ("000-3", ["hts"]),
            ("000-4", ["regime"]), ("001-1", ["sdf", "isis"]), ("001-2", ["isis", "regime"]),
            ("001-3", ["regime", "russia"]), ("001-4", ["unknown"]),
            ("001-5", ["opposition", "turkey", "isis"]), ("001-5b", ["turkey"]),
            ("002-1", ["coalition"]), ("002-2", ["sdf", "isis"]), ("002-3", ["isis", "sdf"]),
            ("002-4", ["sdf", "isis"]), ("002-4b", ["coalition"]), ("002-5", ["regime", "isis"]),
            ("002-6", ["regime", "russia"]), ("003-1", ["russia"]), ("003-2", ["regime", "russia"]),
            ("003-3", ["regime"]), ("003-5", ["regime", "russia"]), ("003-6", ["regime"]),
            ("003-7", ["regime"]), ("003-8", ["isis"]), ("003-9", ["sdf"]), ("003-10", ["isis"]),
            ("003-11", ["regime", "isis"]),
        ]
        for (gid, slugs) in gold {
            let c = SeedCase.all.first { $0.gid == gid }!
            let found = Set(Self.mentions(c.text).1.map(\.slug))
            #expect(Set(slugs).isSubset(of: found), "\(gid): \(found)")
        }
    }

    // MARK: Forms, clitics, phrasings

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var slugs: [String]
        var testDescription: String { text }
        init(_ text: String, _ slugs: [String]) {
            self.text = text
            self.slugs = slugs
        }
    }

    static let cases: [Case] = [
        // Clitics on the first word
        Case("وجاءت الغارات للتحالف الدولي على القرية", ["coalition"]),
        Case("قصف مدفعي لقوات النظام على الأحياء", ["regime"]),
        Case("استهدفت بطيران روسي مواقع المعارضة المسلحة", ["russia", "opposition"]),
        Case("اشتباكات بين الجيش الحر وقسد في الريف", ["opposition", "sdf"]),
        // «الجيش» alone is the Syrian army; another country's army carries its adjective.
        Case("هجوم مباغت لداعش على حاجز للجيش", ["isis", "regime"]),
        Case("وذكر التلفزيون الرسمي أن الجيش بدأ دك مواقع المسلحين", ["regime"]),
        Case("أعلن الجيش الأردني إغلاق المعبر الحدودي", []),
        Case("وطالبت المنظمة بطائرات التحالف أن تتوقف", ["coalition"]),
        Case("والقوات التركية دخلت البلدة", ["turkey"]),
        Case("قالت مصادر لـ\"داعش\" إن", ["isis"]),
        Case("انسحبت وحدات من \"قسد\" نحو الشرق", ["sdf"]),
        Case("تقدم عناصر ¢داعش¢ نحو الحاجز", ["isis"]),
        // Aircraft
        Case("قصفت طائرات حربية روسية البلدة", ["russia"]),
        Case("شن الطيران الحربي السوري غارات", ["regime"]),
        Case("ألقت الطائرات التابعة للنظام صواريخ", ["regime"]),
        Case("شنت الطائرات الروسية والسورية غارات مكثفة", ["russia", "regime"]),
        Case("قصفت طائرات مجهولة الهوية المدينة", ["unknown"]),
        Case("استهدفت طائرات حربية سوق البلدة", ["unknown"]),
        Case("استهدفت طائرة مسيرة سيارة", ["unknown"]),
        Case("قصفت طائرات بدون طيار أمريكية موقعا", ["usa"]),
        Case("ألقت مروحيات براميل على الحي", ["regime"]),
        Case("ألقت مروحيات النظام براميل متفجرة", ["regime"]),
        Case("نفذ الطيران الإسرائيلي غارة", ["israel"]),
        Case("غارات طائرات التحالف العربي في اليمن", []),
        // Fighters and proxies
        Case("قتل جنود أتراك في هجوم", ["turkey"]),
        Case("قتل ثلاثة من مقاتلي حزب الله", ["hezbollah"]),
        Case("هاجمت المليشيات الموالية لإيران البلدة", ["iran"]),
        Case("تقدمت القوات الموالية للحكومة السورية", ["regime"]),
        Case("سيطرت الفصائل المدعومة من تركيا على القرية", ["opposition"]),
        Case("انسحبت فصائل مدعومة من التحالف من المعسكر", ["opposition"]),
        Case("اعتقلت عناصر تابعة لهيئة تحرير الشام ناشطا", ["hts"]),
        Case("قوات النظام السوري والمليشيات الموالية له تقدمت", ["regime"]),
        Case("قوات الأسد وحلفاؤه", ["regime"]),
        Case("اغتال مسلحون مجهولون قياديا", ["unknown"]),
        // Names
        Case("قاتلت وحدات حماية الشعب الكردية", ["sdf"]),
        Case("قوات سوريا الديموقراطية", ["sdf"]),
        Case("الحرس الثوري الإيراني", ["iran"]),
        Case("جيش الاحتلال الإسرائيلي", ["israel"]),
        Case("جبهة فتح الشام وحركة أحرار الشام وجيش الإسلام", ["hts", "ahrar_al_sham", "jaish_al_islam"]),
        Case("ميليشيا الدفاع الوطني والحشد الشعبي", ["ndf", "iraqi_militias"]),
        Case("مقاتلي حزب العمال الكردستاني", ["pkk"]),
        Case("فرع تنظيم القاعدة في سوريا", ["al_qaeda"]),
        Case("الجيش السوري الحر", ["opposition"]),
        Case("قصف تنظيم \"الدولة الإسلامية\" المدينة", ["isis"]),
        // Strikes named by their agent's adjective
        Case("قتل مدنيان في قصف حكومي على البلدة", ["regime"]),
        Case("شنت غارات روسية وسورية على المدينة", ["russia", "regime"]),
        Case("دمرت الضربات الصاروخية الأمريكية المطار", ["usa"]),
        Case("سقطت قذائف النظام على الحي", ["regime"]),
        Case("قصفت مدمرات أميركية القاعدة", ["usa"]),
        Case("ألقت طائرات عمودية براميل على الحي", ["regime"]),
        Case("نفذت مقاتلات عراقية غارات", ["iraq"]),
        Case("قتل جنديا حكوميا في الكمين", ["regime"]),
        Case("اشتبك مقاتلو جيش خالد بن الوليد مع الفصائل", ["jaish_khalid_bin_al_walid"]),
        // Negatives
        Case("وقع الهجوم الكيميائي على البلدة", []),
        Case("أدان قصف النظام الإيراني للمعارضين", []),
        Case("وقع هجوم مسلح على الحاجز", []),
        Case("خلقت الجماعة تحالفا جديدا للقتال", []),
        Case("قال التحالف العربي بقيادة السعودية", []),
        Case("قوات النظام الإيراني والحرس", []),
        Case("التنظيم الدولي للإخوان المسلمين", []),
        Case("تعرضت القاعدة الجوية لهجوم", []),
        Case("عقدت الحكومة اجتماعا", []),
    ]

    @Test(arguments: cases)
    func forms(_ c: Case) {
        let (_, found) = Self.mentions(c.text)
        #expect(found.map(\.slug) == c.slugs)
    }

    // MARK: Flags and ranges

    /// Aircraft named by type only, or said to be unknown, are the "unknown" actor; the
    /// mention covers the aircraft words.
    @Test(arguments: [
        ("قصفت طائرات حربية البلدة", "طائرات حربية"),
        ("قصفت طائرات مجهولة البلدة", "طائرات مجهولة"),
        ("قصف الطيران الحربي البلدة", "الطيران الحربي"),
    ])
    func aircraftByTypeOnlyAreUnknown(_ text: String, _ words: String) {
        let (t, found) = Self.mentions(text)
        #expect(found.map(\.slug) == ["unknown"])
        #expect(found.first.map { t.text(tokens: $0.range) } == words)
    }

    /// «التنظيم» stands for ISIS only when the article named it before or the clause names it.
    struct AnaphorCase: Sendable, CustomTestStringConvertible {
        var text: String
        var namedBefore: Set<String>
        var slugs: [String]
        var testDescription: String { "\(text) after \(namedBefore.sorted())" }
    }

    static let anaphorCases: [AnaphorCase] = [
        AnaphorCase(text: "قصفت الطائرات مواقع التنظيم", namedBefore: [], slugs: []),
        AnaphorCase(text: "قصفت الطائرات مواقع التنظيم", namedBefore: ["isis"], slugs: ["isis"]),
        AnaphorCase(text: "قصفت الطائرات مواقع التنظيم", namedBefore: ["regime"], slugs: []),
        AnaphorCase(text: "قصفت قوات النظام مواقع التنظيم", namedBefore: [], slugs: ["regime"]),
        AnaphorCase(text: "قصفت قوات النظام مواقع التنظيم ومقرات داعش", namedBefore: [], slugs: ["regime", "isis", "isis"]),
    ]

    @Test(arguments: anaphorCases)
    func anaphorsNeedISISNamed(_ c: AnaphorCase) {
        let (_, found) = Self.mentions(c.text)
        #expect(found.contains { $0.isAnaphor })
        let kept = ActorMatcher.resolvingAnaphors(found, namedBefore: c.namedBefore)
        #expect(kept.map(\.slug) == c.slugs)
    }

    @Test func organisationIsAnAnaphor() {
        let (t, found) = Self.mentions("قصفت الطائرات مواقع عناصر التنظيم المتطرف")
        #expect(found.count == 1)
        #expect(found[0].slug == "isis")
        #expect(found[0].isAnaphor)
        #expect(t.text(tokens: found[0].range) == "عناصر التنظيم المتطرف")
    }

    @Test func politicalOppositionIsWeak() {
        let (_, weak) = Self.mentions("رفضت المعارضة السورية المقترح")
        #expect(weak.map(\.slug) == ["opposition"])
        #expect(weak[0].isWeak)
        let (_, armed) = Self.mentions("هاجمت فصائل المعارضة المسلحة الحاجز")
        #expect(armed.map(\.slug) == ["opposition"])
        #expect(!armed[0].isWeak)
    }

    @Test func rangesCoverHeadsTailsAndLoneClitics() {
        let (t, found) = Self.mentions("تقدمت قوات النظام السوري والمليشيات الموالية له في الحي")
        #expect(found.count == 1)
        #expect(t.text(tokens: found[0].range) == "قوات النظام السوري والمليشيات الموالية له")
        let (t2, f2) = Self.mentions("قالت لـ\"داعش\" مصادر")
        #expect(f2.count == 1)
        #expect(f2[0].range.lowerBound == 1)
        #expect(t2.tokens[f2[0].range.lowerBound].key == "ل")
        let (t3, f3) = Self.mentions("أطلق مقاتلو تنظيم داعش الإرهابي النار")
        #expect(t3.text(tokens: f3[0].range) == "مقاتلو تنظيم داعش الإرهابي")
    }

    @Test func rangeArgumentLimitsTheScan() {
        let t = TokenizedText("قصفت قوات النظام البلدة ثم قصف الطيران الروسي القرية")
        let first = ActorMatcher.mentions(in: t.tokens, range: 0..<4)
        #expect(first.map(\.slug) == ["regime"])
        let second = ActorMatcher.mentions(in: t.tokens, range: 4..<t.tokens.count)
        #expect(second.map(\.slug) == ["russia"])
        // A form cut by the end of the range does not match.
        #expect(ActorMatcher.mentions(in: t.tokens, range: 0..<2).isEmpty)
    }

    @Test func everyLexiconFormMatchesItself() {
        for actor in ActorLexicon.all {
            for form in actor.formsAr {
                let (_, found) = Self.mentions(form)
                #expect(found.first?.slug == actor.slug, "\(form)")
            }
        }
    }
}
