import Testing

@testable import IncidentsCore

/// The precision filters read their trigger in context: each fires on talk about an act,
/// the past recalled, a period, an act not done — and not on the innocent words around a
/// real report (a victim's age, «ما إذا», «حالة», «لتحقيق تقدم», a place under someone's
/// control, a report made earlier).
@Suite struct PrecisionFilterTests {
    /// `text` read as the one clause of an article published on 2018-03-15.
    static func facts(_ text: String) -> (ArticleBuilder, ClauseFacts) {
        let t = TokenizedText(text)
        var builder = ArticleBuilder(text: t, published: "2018-03-15")
        builder.clauseIndex = 0
        let range = 0..<t.tokens.count
        let f = builder.read(range, cues: CueReader.cues(t.tokens, in: range), shifts: false)
        return (builder, f)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var isNews: Bool
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Talk about an act: the trigger frames the act.
        Case(text: "هددت أنقرة بشن هجوم على مدينة منبج", isNews: false),
        Case(text: "في حال شنت قوات النظام هجوما على بلدة جسر الشغور", isNews: false),
        Case(text: "إذا قصفت الطائرات بلدة معرة النعمان فسيكون الرد قاسيا", isNews: false),
        Case(text: "طالبت المنظمة بفتح تحقيق في قصف مستشفى بلدة كفرنبل", isNews: false),
        Case(text: "نفت موسكو أن تكون طائراتها قصفت بلدة سراقب", isNews: false),
        // … and not when it only looks like one.
        Case(text: "سجلت 12 حالة اختناق في بلدة سقبا بعد قصف جوي لقوات النظام", isNews: true),
        Case(text: "قتل 6 مدنيين بقصف جوي على قرية التح ولم يعرف إن كان الطيران سوريا", isNews: true),
        Case(text: "تمكنت فصائل المعارضة من تحقيق تقدم بعد اشتباكات مع قوات النظام قرب بلدة اللطامنة", isNews: true),
        Case(text: "قتل 9 مدنيين بقصف على بلدة كفرنبل وسط مخاوف من ارتفاع عدد القتلى", isNews: true),
        Case(text: "نفت روسيا أن تكون طائراتها ضربت مخبزا في بلدة كفرنبل وقتل في الضربة 9 مدنيين", isNews: true),
        // The past recalled, and a report made earlier.
        Case(text: "وكانت قوات النظام قد قصفت بلدة اللطامنة بالبراميل المتفجرة", isNews: false),
        Case(text: "وكانت وكالة سانا ذكرت أن قوات النظام سيطرت على بلدة حزرما", isNews: true),
        // Periods, and ages and descriptions that are not periods.
        Case(text: "قصفت قوات النظام بلدة كفرزيتا خلال السنوات الماضية", isNews: false),
        Case(text: "قتل طفل يبلغ من العمر 10 سنوات بقصف على بلدة كفرزيتا", isNews: true),
        Case(text: "أعدم التنظيم شابا عمره 19 عاما في بلدة الميادين", isNews: true),
        Case(text: "قتل 5 مدنيين بقصف على بلدة كفرزيتا التي تسيطر عليها المعارضة منذ سنوات", isNews: true),
        Case(text: "تقصف قوات النظام مدينة دوما منذ سنوات", isNews: false),
        Case(text: "تدور اشتباكات عنيفة في بلدة حرستا منذ ساعات الصباح", isNews: true),
        // A past month recalled; the publication's own month is news.
        Case(text: "لكن في يناير شنت القوات التركية هجوما على بلدة راجو", isNews: false),
        Case(text: "شنت القوات التركية في آذار هجوما على بلدة راجو قتل فيه 3 مدنيين", isNews: true),
        // The publication's month with «الماضي» is last year's.
        Case(text: "وشنت القوات التركية في آذار الماضي هجوما على بلدة راجو", isNews: false),
        // What ought to be, a prosecution's case, acts done in the past.
        Case(text: "شدد الباحث على ضرورة وقف القصف على بلدة كفرنبل", isNews: false),
        Case(text: "وقالت النيابة إن المتهمين نفذوا هجوما على حاجز في بلدة كفرنبل", isNews: false),
        Case(text: "وقال الجيش التركي، الذي شن في السابق غارات على مواقع الوحدات الكردية، إنه يراقب الوضع في مدينة منبج", isNews: false),
        Case(text: "وكانت الطائرات قد قصفت سابقا بلدة كفرنبل", isNews: false),
        Case(text: "قتل خمسة مدنيين الأربعاء الماضي بقصف على بلدة كفرزيتا", isNews: true),
        Case(text: "قال القائد السابق للفصيل إن قوات النظام قصفت بلدة كفرزيتا أمس", isNews: true),
        // This year's toll, and a first report since corrected.
        Case(text: "وخلفت الغارات على مدينة أريحا هذا العام مئات القتلى", isNews: false),
        Case(text: "قتل خمسة مدنيين في غارة على مدينة أريحا، وهي الغارة الأعنف على المدينة هذا العام", isNews: true),
        Case(text: "وكانت وكالة محلية في البداية قد ذكرت أن ثلاثة عناصر قتلوا في كمين قرب بلدة السخنة", isNews: false),
        // The past at the time of an act told before, recently, or over recent days.
        Case(text: "وأحصى المرصد حينها مقتل 23 مقاتلا في قصف على بلدة الميادين", isNews: false),
        Case(text: "وعاد السكان إلى مدينة دوما التي سيطر عليها الجيش مؤخرا", isNews: false),
        Case(text: "وتقع البلدة في ريف إدلب، حيث كثفت القوات الحكومية قصفها لمواقع المسلحين في الأيام الماضية", isNews: false),
        Case(text: "قتل 20 مدنيا في غارات على مدينة دوما خلال الساعات الماضية", isNews: true),
        Case(text: "قتل خمسة مدنيين اليوم في قصف على بلدة كفرنبل التي تتعرض لقصف مكثف في الأيام الأخيرة", isNews: true),
        // An act supposed or feared is not done.
        Case(text: "وأكد القائد أن قواته في بلدة تل رفعت مستعدة للتصدي لأي هجوم", isNews: false),
        Case(text: "ونزح آلاف المدنيين من بلدة سراقب خوفا من هجوم لقوات النظام", isNews: false),
        Case(text: "قتل خمسة مدنيين في قصف على بلدة سراقب ونزح آخرون خوفا من هجوم جديد", isNews: true),
        // An act named only as the time of something else; with people hurt it is the act.
        Case(text: "ونصت التسوية التي أبرمت عقب هجوم كبير لقوات النظام على خروج المسلحين من بلدة الحارة", isNews: false),
        Case(text: "قتل خمسة مدنيين إثر قصف مدفعي على بلدة الحارة", isNews: true),
        Case(text: "سجلت 12 حالة اختناق في بلدة الحارة بعد قصف جوي لقوات النظام", isNews: true),
        // An act named only as the cause of something else; with people hurt it is the act.
        Case(text: "وأغلقت السلطات المعابر انتقاما لهجوم على حاجز في بلدة اللطامنة", isNews: false),
        Case(text: "وقرر المجلس فرض عقوبات ردا على الهجمات الكيماوية في بلدة اللطامنة", isNews: false),
        Case(text: "قتل خمسة عناصر من الفصائل ردا على هجوم لهم على حاجز في بلدة اللطامنة", isNews: true),
        // A story someone tells is not a report; witnesses' accounts are.
        Case(text: "روى الأمين العام للحزب كيف وصله خبر مقتل ابنه في بلدة الزبداني", isNews: false),
        Case(text: "روى شهود عيان أن الطائرات قصفت سوق بلدة الزبداني وقتلت 7 مدنيين", isNews: true),
        // Acts denied or only intended.
        Case(text: "أكدت القيادة العسكرية أنها لم تشن أي ضربات على مدينة جسر الشغور", isNews: false),
        Case(text: "تسعى قوات النظام لاقتحام بلدة اللطامنة", isNews: false),
        Case(text: "تعرضت بلدة اللطامنة لقصف عنيف من قوات النظام", isNews: true),
        // A report's or a study's count, and a news report of one day.
        Case(text: "ووثق التقرير مقتل 200 مدني بينهم 40 طفلا في محافظة إدلب", isNews: false),
        Case(text: "ذكر تقرير لوكالة رويترز أن غارة قتلت 5 مدنيين في بلدة سراقب أمس", isNews: true),
    ]

    @Test(arguments: cases)
    func news(_ c: Case) {
        let (builder, f) = Self.facts(c.text)
        #expect(builder.isNews(f) == c.isNews, "\(builder.notNews(f)?.why ?? "news")")
    }

    /// «مناطق سيطرة المعارضة» says who holds an area; «سيطرت على» is a capture.
    @Test func areaControlIsNotACapture() {
        let (b1, held) = Self.facts("تدور اشتباكات قرب بلدة الحراك في مناطق سيطرة المعارضة")
        let (agent1, other1) = b1.pickActors(held)
        #expect(EventTyping.subEventType(of: b1.eventClause(held, agent: agent1, other: other1)) == .armedClash)
        let (b2, taken) = Self.facts("سيطرت قوات النظام على بلدة الحراك بعد اشتباكات")
        let (agent2, other2) = b2.pickActors(taken)
        #expect(EventTyping.subEventType(of: b2.eventClause(taken, agent: agent2, other: other2)) == .governmentRegainsTerritory)
    }

    /// Every dropped clause says which rule dropped it.
    @Test func traceNamesTheRule() {
        var lines: [String] = []
        let article = Article(source: "t", text: "هددت أنقرة بشن هجوم على مدينة منبج", published: "2018-03-15")
        _ = IncidentExtractor().extract(article) { lines.append($0) }
        #expect(lines.contains { $0.contains("dropped by talk about an act") })
    }
}
