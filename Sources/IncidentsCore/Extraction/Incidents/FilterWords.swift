/// The words the filters read their triggers' context with.
enum FilterWords {
    static let hal = Word("حال")
    static let halForms = WordSet(.procliticsAndSuffixes, ["حال"])
    static let ma = Word("ما")
    static let fi = WordSet(.exact, ["في", "وفي", "فى", "وفى"])
    static let idha = WordSet(.exact, ["إذا", "اذا"])
    static let inquiry = WordSet(.procliticsAndSuffixes, ["تحقيق", "التحقيق", "تحقيقا", "التحقيقات", "تحقيقات"])
    static let inquiryOpeners = WordSet(.procliticsAndSuffixes, [
        "فتح", "لجنة", "لجان", "إجراء", "بإجراء", "طالب", "يطالب", "طالبت", "تطالب", "بدء", "بدأت",
        "بدأ", "أجرت", "أجرى", "تجري", "يجري", "فتحت",
    ])
    static let inquiryObjects = WordSet(.exact, [
        "في", "فى", "دولي", "دولية", "مستقل", "مستقلة", "شامل", "شفاف", "أممي", "عاجل", "حول",
        "بشأن",
    ])
    static let fear = WordSet(.procliticsAndSuffixes, [
        "مخاوف", "يخشى", "تخشى", "خشية", "ترجيحات", "توقعات", "احتمال", "احتمالات",
    ])
    static let rise = WordSet(.procliticsAndSuffixes, [
        "ارتفاع", "يرتفع", "ترتفع", "تزايد", "ازدياد", "زيادة", "تضاعف", "للازدياد", "للارتفاع",
    ])
    static let tell = WordSet(.procliticsAndSuffixes, EventLexicon.storyWords)
    /// Who saw it: their account is a report, not a story.
    static let witnesses = WordSet(.procliticsAndSuffixes, [
        "شهود", "شاهد", "الشهود", "ناجون", "ناجين", "الناجين", "سكان", "السكان", "أهالي", "الأهالي",
        "مسعفون", "مسعفين", "ناشطون", "ناشطين", "عيان",
    ])
    /// Harm the casualty reader does not count («18 حالة اختناق»).
    /// (And a fight's result, «تحقيق تقدم بعد اشتباكات»: the fight is the news.)
    static let harm = WordSet(.procliticsAndSuffixes, [
        "اختناق", "الاختناق", "دمار", "الدمار", "أضرار", "تقدم", "تقدما", "التقدم", "انسحاب",
        "الانسحاب", "انسحبت", "تقدمت",
    ])
    /// «في أعقاب», «عقب», «إثر», «بعد»: what follows an act.
    static let following = WordSet(.exact, [
        "أعقاب", "عقب", "إثر", "اثر", "بعد", "وبعد", "وعقب", "وإثر", "أثر",
    ])
    /// «ردا على», «انتقاما ل»: what an act answers.
    static let cause = WordSet(.exact, [
        "ردا", "وردا", "الرد", "للرد", "بالرد", "والرد", "انتقاما", "وانتقاما", "ثأرا",
    ])
    static let followingOrCause = following.union(cause)
    static let yearWords = WordSet(.exact, ["العام", "السنة"])
    static let this = WordSet(.exact, ["هذا", "هذه"])
    static let current = WordSet(.exact, ["الحالي", "الجاري", "الحالية", "الجارية"])
    /// «في البداية»: what sources said at first, since corrected.
    static let atFirst = WordSet(.exact, ["البداية", "البدء", "بدايةً", "بداية"])
    /// Words of the past before an act («في الماضي», «في السابق», «سابقا»).
    static let past = WordSet(.exact, ["الماضي", "السابق", "سابقا", "سابقاً", "مسبقا"])
    static let pastNouns = WordSet(.exact, ["الماضي", "السابق"])
    /// «حينها», «آنذاك»: at the time of an act told before.
    static let then = WordSet(.exact, [
        "حينها", "وحينها", "آنذاك", "انذاك", "حينذاك", "وقتها", "وقتذاك", "يومها", "حينئذ",
    ])
    /// «مؤخرا»: recently, before the article's news.
    static let recently = WordSet(.exact, ["مؤخرا", "مؤخراً"])
    /// «في الأيام الماضية», «خلال الأسابيع الأخيرة»: a span of recent days or weeks (not
    /// «الساعات الماضية», the day's own hours).
    static let recentSpans = WordSet(.procliticsAndSuffixes, ["الأيام", "الأسابيع", "الفترة", "الآونة", "المرحلة"])
    static let lastOnes = WordSet(.exact, ["الماضية", "الأخيرة", "المنصرمة", "الفائتة"])
    /// «لأي هجوم» (any attack), «خوفا من هجوم», «تحسبا لهجوم»: an act supposed or feared.
    static let anyOf = WordSet(.exact, ["أي", "لأي", "بأي", "وأي", "ولأي", "اي", "لاي", "باي"])
    static let fearOf = WordSet(.exact, ["خوفا", "خوفاً", "تحسبا", "تحسباً", "خشية", "وخشية", "وخوفا"])
    /// The date reader's month names, looked up by token.
    static let months = WordTable<Int>(keys: DateReader.Lexicon.months)
    static let monthHeads = WordTable<[String: Int]>(keys: DateReader.Lexicon.monthHeads)
    static let inMonth = WordSet(.exact, ["في", "وفي", "فى", "خلال", "وخلال"])
    static let reports = WordSet(.procliticsAndSuffixes, [
        "تقرير", "التقرير", "تقارير", "التقارير", "دراسة", "الدراسة", "دراسات", "الدراسات",
        "إحصائية", "الإحصائية", "إحصائيات", "الإحصائيات", "الباحثون", "باحثون",
    ])
    /// Words of intent before «ل + act» («يسعى لاستعادة», «مشروع لقتل»).
    static let intent = EventLexicon.intentWords.union(WordSet(.procliticsAndSuffixes, [
        "مشروع", "خطة", "خطط", "يخطط", "تخطط", "للتخطيط", "جهود", "جهودها", "جهوده", "استعدادا",
        "تحضيرا", "تمهيدا", "يسعون", "تسعى", "يسعى", "سعيا", "محاولة", "محاولتها", "يستعدون",
        "تستعد", "يستعد", "دعوة", "دعوات", "يدعو", "تدعو",
    ]))
    static let negations = WordSet(.exact, [
        "لا", "ولا", "لم", "ولم", "لن", "ولن", "دون", "بدون", "ودون", "عدم", "وعدم", "بعدم", "غير",
    ])
    /// Verbs of doing between a negation and the act («لم تشن أي ضربات»).
    static let doVerbs = WordSet(.exact, [
        "تنفذ", "ينفذ", "تشن", "يشن", "تقم", "يقم", "تقع", "يقع", "تسجل", "يسجل", "تشهد", "يشهد",
        "تستخدم", "يستخدم", "تطلق", "يطلق", "وقوع", "تحدث", "يحدث",
    ])
    /// Verbs of reporting: «وكانت وكالة سانا ذكرت ...» is an earlier report, not a recall.
    static let reportVerbs = WordSet(.exact, [
        "ذكر", "ذكرت", "أعلن", "أعلنت", "قال", "قالت", "أفاد", "أفادت", "أكد", "أكدت", "أشار",
        "أشارت", "نقل", "نقلت", "أورد", "أوردت", "وثق", "وثقت", "أحصى", "أحصت", "بث", "بثت",
        "نشر", "نشرت",
    ])
    /// Words before a number of years that make it an age.
    static let ageWords = WordSet(.procliticsAndSuffixes, [
        "عمر", "العمر", "بعمر", "عمره", "عمرها", "عمرهم", "يبلغ", "تبلغ", "البالغ", "البالغة",
        "البالغين", "يناهز", "سن", "السن", "ابن", "ابنة", "طفل", "طفلة", "الطفل", "الطفلة", "فتى",
        "فتاة", "الفتى", "الفتاة", "شاب", "شابة", "الشاب", "الشابة", "مسن", "مسنة", "رجل", "امرأة",
        "سيدة", "صبي", "رضيع", "رضيعة", "عمرهما",
    ])
    /// Words that open a description of what was just named.
    static let descriptive = WordSet(.exact, ["وهي", "وهو", "وهم", "حيث", "ومقره", "ومقرها"])
    /// Words that open a relative or descriptive clause.
    static let relatives = WordSet(.exact, [
        "التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي", "وهي", "وهو", "وهم", "حيث",
        "والتي", "والذي", "ومقره", "ومقرها",
    ])
}
