import Testing
@testable import IncidentsCore

/// A made-up social-media post (hashtags, broken-up words, martyrdom phrasing, named
/// victims, platform boilerplate, dates) and the one incident a coder would record from it.
/// `plain`, when given, tells the same facts as plain news: it must give the same incident.
struct SocialPost: Sendable, CustomTestStringConvertible {
    var text: String
    var place: String
    var actor: String
    var killed: Int
    var date: String? = nil
    /// The publication date the input gives; nil leaves the post's own date line to say it.
    var published: String? = nil
    var plain: String? = nil
    var testDescription: String { text }
}

@Suite struct SocialPostTests {
    static let posts: [SocialPost] = [
        // Hashtags: words joined by underscores, no space after #, glued place names.
        SocialPost(text: "#عاجل | استشـ.ـهاد 3 مدنيين بقـ.ـصف جوي روسي على مدينة #إدلب صباح اليوم",
                   place: "إدلب", actor: "russia", killed: 3, date: "2024-12-01", published: "2024-12-01",
                   plain: "استشهاد 3 مدنيين بقصف جوي روسي على مدينة إدلب صباح اليوم"),
        SocialPost(text: "#عاجل | استشهاد 3 مدنيين بغارة روسية على #ريف_إدلب_الجنوبي",
                   place: "ريف إدلب الجنوبي", actor: "russia", killed: 3,
                   plain: "استشهاد 3 مدنيين بغارة روسية على ريف إدلب الجنوبي"),
        SocialPost(text: "قصف مدفعي لقوات النظام على #معرة_النعمان يؤدي لمقتل طفلين",
                   place: "معرة النعمان", actor: "regime", killed: 2,
                   plain: "قصف مدفعي لقوات النظام على معرة النعمان يؤدي لمقتل طفلين"),
        SocialPost(text: "مقتل شخصين بقصف لطائرة مسيرة أمريكية على مدينة #ديرالزور",
                   place: "دير الزور", actor: "usa", killed: 2,
                   plain: "مقتل شخصين بقصف لطائرة مسيرة أمريكية على مدينة دير الزور"),
        SocialPost(text: "#ريف_حلب_الغربي | استشهاد 4 مدنيين بقصف صاروخي لقوات النظام على مدينة #الأتارب",
                   place: "الأتارب", actor: "regime", killed: 4,
                   plain: "استشهاد 4 مدنيين بقصف صاروخي لقوات النظام على مدينة الأتارب في ريف حلب الغربي"),
        SocialPost(text: "#ريفادلب | استشهاد طفلة بقصف مدفعي لقوات الأسد على بلدة #كفرنبل",
                   place: "كفر نبل", actor: "regime", killed: 1),
        SocialPost(text: "#جسر_الشغور | استشهاد 5 مدنيين بغارات روسية على أحياء المدينة",
                   place: "جسر الشغور", actor: "russia", killed: 5),
        SocialPost(text: "#ابوالظهور | مقتل 3 مدنيين بقصف مدفعي لقوات النظام على البلدة",
                   place: "أبو الظهور", actor: "regime", killed: 3,
                   plain: "مقتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة أبو الظهور"),
        SocialPost(text: "#درعا #عاجل استشهاد الشاب أحمد المحمد برصاص قناص لقوات النظام في مدينة #درعا",
                   place: "درعا", actor: "regime", killed: 1),
        SocialPost(text: "استشهاد 3 مدنيين بغارة روسية على مدينة #الميادين في #ريف_ديرالزور_الشرقي",
                   place: "الميادين", actor: "russia", killed: 3),

        // Words broken up by tatweel, dots and inner spaces.
        SocialPost(text: "استشـ.ـهاد 4 مدنيين بقـ.ـصف مـيـلـيـشـيـات الأسد على مدينة سراقب",
                   place: "سراقب", actor: "regime", killed: 4,
                   plain: "استشهاد 4 مدنيين بقصف ميليشيات الأسد على مدينة سراقب"),
        SocialPost(text: "غـ ـارة روسـ.ـية على مدينة أريحا تؤدي إلى استـ.ـشهاد 6 مدنيين",
                   place: "أريحا", actor: "russia", killed: 6,
                   plain: "غارة روسية على مدينة أريحا تؤدي إلى استشهاد 6 مدنيين"),
        SocialPost(text: "مقـ.ـتل 3 عناصر من قسـ.ـد بقـ.ـصف تركي على مدينة منبج",
                   place: "منبج", actor: "turkey", killed: 3,
                   plain: "مقتل 3 عناصر من قسد بقصف تركي على مدينة منبج"),
        SocialPost(text: "قـ.ـصف مدفـ.ـعي لقوات النظـ.ـام على بلدة كفرنبل يؤدي لاسـ.ـتشهاد طفلين",
                   place: "كفر نبل", actor: "regime", killed: 2,
                   plain: "قصف مدفعي لقوات النظام على بلدة كفرنبل يؤدي لاستشهاد طفلين"),
        SocialPost(text: "ارتـ.ـقاء 3 شهـ.ـداء بغـ ـارات روسية على مدينة معرة النعمان",
                   place: "معرة النعمان", actor: "russia", killed: 3,
                   plain: "ارتقاء 3 شهداء بغارات روسية على مدينة معرة النعمان"),
        SocialPost(text: "مقـ.ـتل 5 مدنيين بغـ ـارة لطيران التحـ.ـالف الدولي على مدينة البوكمال",
                   place: "البوكمال", actor: "coalition", killed: 5,
                   plain: "مقتل 5 مدنيين بغارة لطيران التحالف الدولي على مدينة البوكمال"),
        SocialPost(text: "انفـ.ـجار عبـ.ـوة ناسـ.ـفة في مدينة عفرين يؤدي لمقـ.ـتل 3 مدنيين",
                   place: "عفرين", actor: "unknown", killed: 3,
                   plain: "انفجار عبوة ناسفة في مدينة عفرين يؤدي لمقتل 3 مدنيين"),
        SocialPost(text: "#عاجل | مقتـ.ـل طفل بانفـ.ـجار لغم أرضي في مدينة البوكمال",
                   place: "البوكمال", actor: "unknown", killed: 1),

        // Martyrdom and obituary phrasing, named victims counted.
        SocialPost(text: "استشهاد الشاب أحمد خالد العلي جراء القصف الجوي الروسي على مدينة إدلب",
                   place: "إدلب", actor: "russia", killed: 1),
        SocialPost(text: "ارتقى ثلاثة شهداء جراء قصف مدفعي لقوات النظام على بلدة كفرنبل",
                   place: "كفر نبل", actor: "regime", killed: 3,
                   plain: "قتل ثلاثة مدنيين جراء قصف مدفعي لقوات النظام على بلدة كفرنبل"),
        SocialPost(text: "نعت الفعاليات المدنية في مدينة سراقب الشهيد محمد الأحمد الذي قضى جراء غارة روسية",
                   place: "سراقب", actor: "russia", killed: 1,
                   plain: "قتل رجل جراء غارة روسية على مدينة سراقب"),
        SocialPost(text: "استشهاد الشاب أحمد الحسين والطفل محمد الحسين جراء قصف قوات النظام على مدينة سراقب",
                   place: "سراقب", actor: "regime", killed: 2,
                   plain: "مقتل شخصين جراء قصف قوات النظام على مدينة سراقب"),
        SocialPost(text: "حصيلة أولية: استشهاد 5 مدنيين بغارات روسية على مدينة أريحا",
                   place: "أريحا", actor: "russia", killed: 5),
        SocialPost(text: "ارتقى الشاب عمر الخطيب برصاص قناص لقوات النظام في مدينة درعا",
                   place: "درعا", actor: "regime", killed: 1),
        SocialPost(text: "نعت الفعاليات في مدينة سراقب الشهيد محمد الأحمد والشهيد خالد العمر اللذين قضيا بغارة روسية",
                   place: "سراقب", actor: "russia", killed: 2),
        SocialPost(text: "استشهاد الطفل محمد العلي، والسيدة مريم الحسن، والشاب علي الحسن بقصف مدفعي لقوات النظام على مدينة سراقب",
                   place: "سراقب", actor: "regime", killed: 3,
                   plain: "مقتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على مدينة سراقب"),
        SocialPost(text: "ارتقاء 4 شهداء بقصف روسي على مدينة أريحا",
                   place: "أريحا", actor: "russia", killed: 4),
        SocialPost(text: "تزف مدينة اللطامنة الشهيد خالد الأحمد الذي ارتقى بقصف لقوات النظام",
                   place: "اللطامنة", actor: "regime", killed: 1),
        SocialPost(text: "استشهاد الشابين أحمد ومحمد العمر بغارة روسية على بلدة كفرنبل",
                   place: "كفر نبل", actor: "russia", killed: 2),
        SocialPost(text: "استشهاد الشاب محمد الخالد والشاب أحمد الخالد والطفل عمر الخالد بقصف روسي على مدينة معرة النعمان",
                   place: "معرة النعمان", actor: "russia", killed: 3),

        // Dates: Syrian month names, English dates, the post's own date line.
        SocialPost(text: "December 1, 2024 at 10:15 AM\n#عاجل | استشهاد 3 مدنيين بقصف روسي على مدينة إدلب صباح اليوم",
                   place: "إدلب", actor: "russia", killed: 3, date: "2024-12-01"),
        SocialPost(text: "الأحد 1 كانون الأول 2024\nارتقى ثلاثة شهداء جراء قصف روسي على مدينة سراقب أمس",
                   place: "سراقب", actor: "russia", killed: 3, date: "2024-11-30"),
        SocialPost(text: "استشهاد 3 مدنيين بقصف روسي على مدينة إدلب يوم الأحد 1 كانون الأول 2024",
                   place: "إدلب", actor: "russia", killed: 3, date: "2024-12-01"),
        SocialPost(text: "مقتل شخصين بقصف مدفعي لقوات النظام على مدينة دوما في 1 December 2024",
                   place: "دوما", actor: "regime", killed: 2, date: "2024-12-01"),
        SocialPost(text: "Shared with Public\nDecember 2, 2024\nاستشـ.ـهاد طفلين بغـ ـارة روسية على مدينة أريحا مساء أمس\nAll reactions:\n25\nLike Comment Share",
                   place: "أريحا", actor: "russia", killed: 2, date: "2024-12-01",
                   plain: "قتل طفلان بغارة روسية على مدينة أريحا مساء أمس"),
        SocialPost(text: "Nov 30, 2024\nاستشهاد 4 مدنيين بقصف لقوات النظام على مدينة تلبيسة فجر اليوم",
                   place: "تلبيسة", actor: "regime", killed: 4, date: "2024-11-30"),
        SocialPost(text: "الجمعة 29 تشرين الثاني 2024 الساعة 10:15 مساء\nمقتل 3 مدنيين بغارة روسية على مدينة الرستن مساء اليوم",
                   place: "الرستن", actor: "russia", killed: 3, date: "2024-11-29"),

        // Platform boilerplate, emoji, repeated punctuation.
        SocialPost(text: "🔴🔴 عاجل!!!! استشهاد 3 مدنيين بقصف روسي على مدينة إدلب 💔💔",
                   place: "إدلب", actor: "russia", killed: 3),
        SocialPost(text: "Shared with Public\n‼️ استشهاد شابين بقصف لقوات النظام على مدينة درعا ‼️\nAll reactions:\n12\n3 comments\nLike\nComment\nShare",
                   place: "درعا", actor: "regime", killed: 2,
                   plain: "مقتل شابين بقصف لقوات النظام على مدينة درعا"),
        SocialPost(text: "شبكة أخبار أريحا\n·\nاستشهاد 4 مدنيين بقصف روسي على مدينة أريحا...\nSee translation",
                   place: "أريحا", actor: "russia", killed: 4),
        SocialPost(text: "⭕️ #عاجل ⭕️ استشهاد 3 مدنيين بقصف جوي روسي على مدينة #جسر_الشغور 📍",
                   place: "جسر الشغور", actor: "russia", killed: 3),
        SocialPost(text: "مجزرة جديدة 💔💔 ارتقاء 5 شهداء بقصف مدفعي لقوات النظام على مدينة سراقب",
                   place: "سراقب", actor: "regime", killed: 5),
    ]

    @Test(arguments: posts)
    func postGivesItsIncident(_ post: SocialPost) {
        let found = extractArticle(post.text, published: post.published)
        #expect(found.count == 1, "\(found.map { ($0.place ?? "-", $0.killed) })")
        guard let i = found.first else { return }
        #expect(i.place == post.place)
        #expect(i.actor == post.actor)
        #expect(i.killed.value == post.killed)
        #expect(i.date == post.date)
    }

    @Test(arguments: posts.filter { $0.plain != nil })
    func plainNewsGivesTheSameIncident(_ post: SocialPost) {
        let social = extractArticle(post.text, published: "2024-12-03")
        let plain = extractArticle(post.plain!, published: "2024-12-03")
        #expect(social.count == 1 && plain.count == 1)
        guard let s = social.first, let p = plain.first else { return }
        #expect(s.place == p.place)
        #expect(s.actor == p.actor)
        #expect(s.killed.value == p.killed.value)
        #expect(s.date == p.date)
        #expect(s.eventType == p.eventType)
    }

    /// The issue's example, as `incidents extract` reads it: one incident, Idlib, Russia,
    /// three killed, and the evidence shows the broken spelling as written.
    @Test func issueExample() {
        let text = "#عاجل | استشـ.ـهاد 3 مدنيين بقـ.ـصف جوي روسي على مدينة #إدلب صباح اليوم"
        let found = extractArticle(text, published: nil)
        #expect(found.count == 1)
        guard let i = found.first else { return }
        #expect(i.place == "إدلب" && i.governorate == "إدلب")
        #expect(i.actor == "russia")
        #expect(i.killed.value == 3)
        let scalars = Array(text.unicodeScalars)
        let evidence = String(String.UnicodeScalarView(scalars[i.evidenceStart..<i.evidenceEnd]))
        #expect(evidence == i.evidence)
        #expect(evidence.contains("استشـ.ـهاد") && evidence.contains("بقـ.ـصف"))
    }
}
