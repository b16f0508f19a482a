/// Words that signal a violent act, and what kind of act. Written in normal Arabic; keys are
/// built with `ArabicNormalizer.key` once. Matching strips one proclitic combination and one
/// pronoun suffix (see `CliticOption.procliticsAndSuffixes`).
enum EventCue: Sendable, Equatable {
    /// غارة، غارات جوية، ضربات جوية، قصف جوي، برميل متفجر
    case airStrike
    /// قصف مدفعي، قذائف، صواريخ، هاون
    case shelling
    /// قصف (no weapon said): an air strike when an air force did it, otherwise shelling.
    case bombardment
    /// استهدف: a strike whose kind depends on the actor.
    case targeting
    /// عبوة ناسفة، لغم، سيارة مفخخة، انفجار
    case explosive
    /// انتحاري، تفجير انتحاري
    case suicide
    /// اشتباكات، معارك، مواجهات
    case clash
    /// هجوم، عملية عسكرية، اقتحام: an assault.
    case assault
    /// سيطر، استعاد، دخل بعد معارك
    case capture
    /// إعدام، ذبح، اغتيال، تصفية
    case execution
    /// خطف، اختطاف
    case abduction
    /// اعتقال، اعتقل، حملة دهم
    case arrest
    /// إطلاق النار/الرصاص (على)، قنص
    case shooting
    /// مظاهرة، تظاهرة، احتجاج، المتظاهرين
    case protest
    /// كيماوي، غاز سام، الكلور
    case chemical
    /// قتل، مقتل when no other cue says how.
    case killing
}

enum EventLexicon {
    /// Single-word cues (the word as written without clitics).
    static let words: WordTable<EventCue> = {
        var m: [(String, EventCue)] = []
        func add(_ cue: EventCue, _ forms: [String]) {
            for f in forms { m.append((f, cue)) }
        }
        add(.airStrike, ["غارة", "غارات", "الغارة", "الغارات", "ضربات", "الضربات", "ضربة",
                         "الضربة", "براميل", "البراميل", "برميل", "غاراته", "غاراتها", "أغارت", "أغار",
                         "يغير", "تغير"])
        add(.shelling, ["قذائف", "القذائف", "قذيفة", "القذيفة", "صواريخ", "الصواريخ", "صاروخ",
                        "صاروخية", "صاروخيا", "هاون", "الهاون", "المدفعية", "مدفعي", "المدفعي", "راجمات",
                        "الراجمات", "مدفعية", "قنابل"])
        add(.bombardment, ["قصف", "القصف", "قصفت", "قصفا", "يقصف", "تقصف", "بقصف", "قصفه",
                           "قصفها", "قصفوا", "قصفتا", "يقصفون", "قصفته"])
        add(.targeting, ["استهدف", "استهدفت", "استهداف", "يستهدف", "تستهدف", "استهدافه",
                         "استهدافها", "استهدفوا"])
        add(.explosive, ["عبوة", "العبوة", "عبوات", "ناسفة", "لغم", "ألغام", "الألغام", "اللغم",
                         "مفخخة", "المفخخة", "انفجار", "الانفجار", "انفجرت", "انفجر", "تفجير",
                         "التفجير", "تفجيرات", "التفجيرات", "ناسفه"])
        add(.suicide, ["انتحاري", "انتحارية", "الانتحاري", "الانتحارية", "انتحاريين"])
        add(.clash, ["اشتباكات", "الاشتباكات", "اشتباك", "الاشتباك", "اشتبكت", "اشتبك",
                     "معارك", "المعارك", "معركة", "المعركة", "مواجهات", "المواجهات", "مواجهة",
                     "المواجهة", "اقتتال", "الاقتتال"])
        add(.assault, ["هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "هجمة", "اقتحام",
                       "اقتحمت", "اقتحم", "كمين", "الكمين", "هاجمت", "هاجم", "يهاجم", "هاجموا",
                       "هجومه", "هجومها"])
        // «سيطرتها», «سيطرته» (whose control, «مناطق سيطرتها») say who holds a place, not
        // that it was taken; «بسطت/أحكمت سيطرتها» take it by the verb.
        add(.capture, ["سيطرت", "سيطر", "السيطرة", "استعادت", "استعاد",
                       "استعادة", "حررت", "بسطت", "انتزعت", "أحكمت"])
        add(.execution, ["إعدام", "اعدام", "أعدم", "أعدمت", "أعدموا", "ذبح", "ذبحت", "اغتيال",
                         "اغتال", "اغتالت", "تصفية", "إعدامه", "إعدامهم", "نحر"])
        add(.abduction, ["خطف", "اختطاف", "اختطف", "اختطفت", "خطفت", "مختطفين", "المختطفين"])
        add(.arrest, ["اعتقال", "اعتقلت", "اعتقل", "اعتقالات", "مداهمة", "دهم", "داهمت"])
        add(.shooting, ["الرصاص", "رصاص", "قنص", "القنص", "قناص", "قناصة", "رصاصة"])
        add(.chemical, ["كيماوي", "كيميائي", "الكيماوي", "الكيميائي", "كيماوية", "الكيماوية",
                        "كيميائية", "الكيميائية", "السارين", "الكلور", "سامة"])
        add(.protest, ["مظاهرة", "مظاهرات", "المظاهرة", "المظاهرات", "تظاهرة", "تظاهرات",
                       "المتظاهرين", "متظاهرين", "المحتجين", "محتجين", "احتجاجات", "الاحتجاجات"])
        add(.killing, ["قتل", "مقتل", "قتلوا", "قتلت", "قتلى", "القتلى", "قتيل", "قتيلا",
                       "لقي", "لقوا", "مصرع", "استشهاد", "استشهد", "إصابة", "أصيب", "جرح",
                       "جرحى", "الجرحى", "ضحايا", "الضحايا", "إصابات", "حتفهم", "قضوا"])
        return WordTable(.procliticsAndSuffixes, m)
    }()

    /// Act nouns with the article: a clause that speaks of «الغارة» or «الهجوم» speaks of
    /// an act already told (with و/ف and ب/ل before them).
    static let definiteActs = WordSet(.proclitics(minStem: 3), actNouns)
    /// The same nouns in a construct with what follows («هجوم الفصائل», «غارات التحالف»):
    /// definite too.
    static let constructActs = WordSet(.proclitics(minStem: 3), actNouns.map { String($0.dropFirst(2)) })
    static let actNouns = [
        "الغارة", "الغارات", "الضربة", "الضربات", "القصف", "الهجوم", "الهجمات", "الهجمة",
        "العملية", "التفجير", "التفجيرات", "الانفجار", "الاستهداف", "الاعتداء", "الكمين",
        "المجزرة", "القذيفة", "القذائف", "الصواريخ", "الصاروخ", "الاشتباكات", "المعارك",
    ]

    /// Two-word cues: first word → (second word → cue).
    static let pairs: WordTable<WordTable<EventCue>> = {
        var m: [String: WordTable<EventCue>] = [:]
        func add(_ cue: EventCue, _ a: String, _ bs: [String]) {
            for b in bs { m[a, default: WordTable()][ArabicNormalizer.key(b)] = cue }
        }
        add(.assault, "عملية", ["عسكرية", "عسكريه", "اقتحام", "تسلل", "انتحارية"])
        add(.assault, "عمليات", ["عسكرية", "عسكريه"])
        add(.assault, "العملية", ["العسكرية"])
        add(.assault, "العمليات", ["العسكرية"])
        add(.shooting, "إطلاق", ["النار", "الرصاص", "نار"])
        add(.shooting, "أطلق", ["النار", "الرصاص"])
        add(.shooting, "أطلقت", ["النار", "الرصاص"])
        add(.protest, "وقفة", ["احتجاجية"])
        add(.execution, "قطع", ["رأس", "رؤوس"])
        // Aircraft as the subject of a verb of destroying: an air strike («بيت دمرته الطائرات
        // الروسية»). (Not of dropping: «ألقت مروحيات مناشير» drop leaflets; what they drop
        // as a weapon, «براميل», is a cue of its own.)
        let aircraft = ["الطائرات", "طائرات", "الطائرة", "طائرة", "المروحيات", "مروحيات", "الطيران"]
        for verb in ["دمرت", "دمرته", "دمرتها", "دمرها", "دمره"] {
            add(.airStrike, verb, aircraft)
        }
        add(.chemical, "غاز", ["سام", "السام", "الخردل", "الأعصاب"])
        add(.chemical, "الغاز", ["السام"])
        add(.chemical, "غازات", ["سامة"])
        // Sorted: one fixed order; a surface form two heads share gets both heads' pairs.
        return WordTable(.procliticsAndSuffixes, m.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) { a, b in
            a.merging(b) { x, _ in x }
        }
    }()

    /// Words that make a following "استهداف/قصف" a shelling or an air strike.
    static let airWords = WordSet(.procliticsAndSuffixes, [
        "طيران", "الطيران", "طائرات", "الطائرات", "طائرة", "الطائرة", "مقاتلات", "المقاتلات",
        "مروحيات", "المروحيات", "مروحية", "المروحية", "حربية", "الحربية", "جوية", "الجوية",
        "جوي", "الجوي", "غارة", "غارات", "الغارات", "بالغارات", "براميل", "البراميل", "درون",
        "مسيرة", "المسيرة", "مسيرات", "الجو", "سلاح الجو", "جويا",
    ])

    /// Words that say a strike was by ground fire.
    static let groundFireWords = WordSet(.procliticsAndSuffixes, [
        "مدفعي", "مدفعية", "المدفعية", "قذائف", "القذائف", "هاون", "صواريخ", "صاروخية",
        "راجمات", "الدبابات", "دبابة", "مدفعيا", "صاروخي", "صاروخيا", "أرض أرض",
    ])

    /// Ground weapons that no air force fires.
    static let strongGroundFireWords = WordSet(.procliticsAndSuffixes, [
        "مدفعي", "مدفعية", "المدفعية", "قذائف", "القذائف", "هاون", "راجمات", "الدبابات", "دبابة",
        "مدفعيا", "أرض أرض", "الهاون", "قذيفة",
    ])

    /// Verbs and nouns that mark a report about words, not acts (a statement, a warning).
    static let speechWords = WordSet(.procliticsAndSuffixes, [
        "حذر", "حذرت", "تحذير", "دعا", "دعت", "طالب", "طالبت", "ندد", "نددت", "أدان", "أدانت",
        "مؤتمر", "مؤتمرا", "اجتماع", "مفاوضات", "محادثات", "تصريح", "تصريحات", "بيان",
    ])

    /// Words that make a clause talk about a possible, denied, threatened, condemned or
    /// investigated act rather than report one: such a clause yields no incident when the
    /// word frames the act (`ArticleBuilder.talkTrigger` reads it in context).
    static let nonFactualWords = WordSet(.procliticsAndSuffixes, [
        "تهديد", "تهديدات", "يهدد", "تهدد", "هدد", "هددت", "يترقب", "ترقب", "محتمل", "محتملة",
        "محتملا", "إمكانية", "احتمال", "احتمالات", "خيار", "يستبعد", "نفى", "نفت", "ينفي", "تنفي",
        "مزاعم", "ادعاءات", "اتهامات", "اتهم", "اتهمت", "يتهم", "تتهم", "سيشن", "ستشن", "سيتم",
        "مستعدة", "مستعد", "أدانت", "أدان", "دانت", "دان", "يدين", "تدين", "إدانة", "ندد", "نددت",
        "يندد", "استنكر", "استنكرت", "دعت", "دعا", "يطالب", "طالبت", "حذر", "حذرت", "تحذير",
        "يحذر", "تحذر", "تحقيق", "للتحقيق", "التحقيق", "مفتشي", "مؤتمر", "محادثات", "مفاوضات",
        "سيناريو", "لتجنب", "تجنب", "منع", "لمنع", "يخشى", "تخشى", "مخاوف", "ستقوم", "سيقوم",
        "تنوي", "ينوي", "تعتزم", "يعتزم", "إذا", "وإذا", "لو", "ولو", "حال", "لئلا",
        // What ought to be («شدد على ضرورة وقف القصف»), and a prosecution's case.
        "ضرورة", "يجب", "ينبغي", "النيابة", "الادعاء",
    ] + storyWords)
    /// A story told by someone («روى الأمين العام ... كيف وصله خبر مقتل»); the filter lets
    /// witnesses' accounts through (`FilterWords.witnesses`).
    static let storyWords = ["روى", "يروي", "روت", "تروي", "رواية", "روايته", "روايتها", "روايات"]
    /// Adjectives of possibility: after the act's noun they make it hypothetical («هجوم
    /// محتمل»).
    static let possibilityAdjectives = WordSet(.procliticsAndSuffixes, [
        "محتمل", "محتملة", "محتملا", "مرتقب", "مرتقبة", "المرتقب", "المرتقبة",
    ])
    /// Denials and accusations: they dispute who did an act, and the act happened when the
    /// clause counts its dead («نفت موسكو أن تكون ضربت المخبز ... وقتل في الضربة 9»).
    static let attributionWords = WordSet(.procliticsAndSuffixes, [
        "نفى", "نفت", "ينفي", "تنفي", "مزاعم", "ادعاءات", "اتهامات", "اتهم", "اتهمت", "يتهم",
        "تتهم",
    ])

    /// Spans of time: with a period word they make a toll cumulative («في الأيام التسعة
    /// الماضية», «خلال 3 أيام», «منذ بدء الهجوم»).
    static let timeSpans = WordSet(.procliticsAndSuffixes, [
        "الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات", "الأعوام", "أيام", "أسابيع", "أشهر",
        "شهور", "سنوات", "أعوام", "يوما", "أسبوعا", "شهرا", "عاما", "الأسبوع", "الشهر", "العام",
        "الفترة", "فترة", "التصعيد",
    ])
    static let periodWords = WordSet(.procliticsAndSuffixes, [
        "الماضية", "الأخيرة", "الماضي", "خلال", "طيلة", "طوال", "مدى", "منذ",
    ])
    /// Words of a total («إجمالي»); «منذ» and «حتى الآن» are read in context by
    /// `ArticleBuilder.isCumulative`.
    static let sinceWords = WordSet(.procliticsAndSuffixes, [
        "إجمالي", "مجموع", "الإجمالية", "الإجمالي", "اجمالي",
    ])

    /// Deaths that are not violence: accidents, disasters, disease.
    static let nonViolentDeath = WordSet(.procliticsAndSuffixes, [
        "حادث", "حادثة", "انقلب", "انقلاب", "غرق", "غرقا", "حريق", "زلزال", "سيول", "فيضانات",
        "فيضان", "تصادم", "اصطدام", "مرض", "وباء", "الكوليرا", "فيروس", "كورونا", "الحصبة",
        "عاصفة", "البرد", "الثلوج", "انهيار", "تسمم", "جرعة", "السرطان", "وفيات",
    ])

    /// Long spans: a clause about years or months is about a period, not an incident.
    static let longSpans = WordSet(.procliticsAndSuffixes, [
        "سنوات", "السنوات", "أعوام", "الأعوام", "سنة", "سنين", "أشهر", "الأشهر", "شهور", "الشهور",
        "عاما", "سنتين", "عامين", "شهرين",
    ])
    /// What may follow «منذ» in fresh news: today's times (`DateReader.withinToday`), and for
    /// the filters two days too («منذ يومين» is not background; as a toll's span it is a
    /// period, which the figures read).
    static let sinceShort = DateReader.withinToday.union(WordSet(.procliticsAndSuffixes, ["يومين"]))
    /// Words that make a capture general rather than one place's («أغلب المدن»).
    static let generalQuantifiers = WordSet(.exact, [
        "أغلب", "معظم", "غالبية", "مساحات", "أنحاء", "أجزاء", "مناطق", "البلاد", "تلو",
    ])

    /// Nouns for a whole campaign or war.
    static let campaignWords = WordSet(.procliticsAndSuffixes, [
        "العملية", "العمليات", "المعارك", "القتال", "الحملة", "معركة", "الحرب", "الهجوم",
        "الصراع", "النزاع", "الحصار", "حملة", "التصعيد", "المتواصل", "المتواصلة", "المستمر",
        "المستمرة",
    ])

    /// Words that start a clause recalling the past («وكانت ... قد شنت»).
    static let pluperfectWords = WordSet(.exact, ["كان", "كانت", "وكان", "وكانت", "سبق", "وسبق"])

    /// Words that say territory changed hands peacefully or intent only.
    static let intentWords = WordSet(.procliticsAndSuffixes, [
        "بغية", "بهدف", "لمحاولة", "تحاول", "يحاول", "تسعى", "يسعى", "محاولات", "اقتربت",
        "اقترب", "تستعد", "يستعد", "تهدد", "يهدد", "ستشن", "سيشن", "ينوي", "تنوي", "المرتقبة",
        "مرتقبة", "مقبلة",
    ])

    /// Words before «سيطرة» that make it who holds an area, not a capture («مناطق سيطرة
    /// المعارضة», «الخاضعة لسيطرة التنظيم», «تحت سيطرة», «نطاق سيطرة»).
    static let controlWords = WordSet(.procliticsAndSuffixes, [
        "مناطق", "منطقة", "المناطق", "المنطقة", "تحت", "الخاضعة", "خاضعة", "الخاضع", "خاضع",
        "الخاضعين", "نطاق", "مساحة", "مساحات", "نفوذ", "ضمن", "خارج", "داخل", "حدود",
    ])

    /// Words that announce a cumulative toll or background, not a new incident.
    static let backgroundWords = WordSet(.procliticsAndSuffixes, [
        "حصيلة", "الحصيلة", "منذ", "إجمالي", "اجمالي", "مجموع", "خلال العام", "خلال الشهر",
        "منذ بداية", "منذ اندلاع", "ذكرى", "الذكرى",
    ])
    /// Drones, which armed groups fly too.
    static let droneWords = WordSet(.procliticsAndSuffixes, [
        "درون", "مسيرة", "المسيرة", "مسيرات", "المسيرات",
    ])
    /// Demonstratives before an act noun («هذا القصف», «تلك الغارات»).
    static let demonstratives = WordSet(.exact, [
        "هذا", "هذه", "تلك", "ذلك", "بهذا", "بهذه", "وهذا", "وهذه", "لهذا", "لهذه", "بتلك", "لتلك",
    ])
    /// «هجوم بري»: an assault on the ground, a battle.
    static let groundWords = WordSet(.exact, ["بري", "البري", "برية", "البرية", "بريا"])
}
