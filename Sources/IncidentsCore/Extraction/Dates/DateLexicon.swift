extension DateReader {
    /// Parts of today, hours and minutes: after «منذ» they make fresh news («منذ صباح
    /// اليوم», «منذ ساعات», «منذ قليل»), not a period («منذ الأحد», «منذ يوم الأحد» are a
    /// campaign's days). The one list of them, read by the precision filters and by the
    /// figures.
    static let withinToday = WordSet(.procliticsAndSuffixes, [
        "صباح", "الصباح", "صباحا", "فجر", "الفجر", "ظهر", "الظهر", "ظهيرة", "الظهيرة", "عصر",
        "العصر", "مساء", "المساء", "ليل", "الليل", "ليلة", "الليلة", "منتصف", "أمس", "الأمس",
        "البارحة", "اليوم", "ساعة", "ساعتين", "ساعات", "الساعات", "دقائق", "لحظات", "قليل",
    ])

    /// What a token that can start (or anchor) a date expression is.
    enum Anchor: Equatable, Sendable {
        case today
        case yesterday
        case weekday(Int)
        /// «قبل» / «منذ» + a count of days.
        case ago
        /// «الليلة» (only with «الماضية»).
        case night
        /// An ordinal day word («الخامس» in «الخامس عشر من أكتوبر»).
        case ordinal(Int)
        /// An English month before its day: «December 1, 2024» (a post's date line).
        case month(Int)
    }

    struct Entry<Value: Sendable>: Sendable {
        let value: Value
        /// Key scalars of a glued conjunction or preposition before the word.
        let prefix: Int
    }

    /// The word lists, written in ordinary Arabic and keyed with `ArabicNormalizer.key` once.
    enum Lexicon {
        static func k(_ s: String) -> String { ArabicNormalizer.key(s) }

        /// Keys of `pairs`; spellings that share a key keep the first value.
        static func dict(_ pairs: [(String, Int)]) -> [String: Int] {
            Dictionary(pairs.map { (k($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
        }

        static func set(_ words: [String], prefixes: [String] = [""]) -> WordSet {
            var out = Set<String>()
            for w in words {
                for p in prefixes { out.insert(k(p + w)) }
            }
            return WordSet(keys: out)
        }

        /// Keys of `words` with each of `prefixes` glued on, recording the prefix length.
        static func table<V: Sendable>(_ words: [(String, V)], prefixes: [String]) -> [String: Entry<V>] {
            var out: [String: Entry<V>] = [:]
            for (w, v) in words {
                for p in prefixes {
                    let key = k(p + w)
                    if out[key] == nil { out[key] = Entry(value: v, prefix: k(p).unicodeScalars.count) }
                }
            }
            return out
        }

        static let conj = ["", "و", "ف"]

        static let weekdayNames: [(String, Int)] = [
            ("الأحد", 1), ("الإثنين", 2), ("الاثنين", 2), ("الثلاثاء", 3), ("الثلاثا", 3),
            ("الأربعاء", 4), ("الاربعا", 4), ("الخميس", 5), ("الجمعة", 6), ("السبت", 7),
        ]

        static let ordinals: [(String, Int)] = [
            ("الأول", 1), ("الحادي", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4),
            ("الخامس", 5), ("السادس", 6), ("السابع", 7), ("الثامن", 8), ("التاسع", 9),
            ("العاشر", 10), ("العشرين", 20), ("الثلاثين", 30),
        ]
        static let ordinalOneOnly = k("الحادي")
        static let ordinalTens = dict([("عشر", 10), ("والعشرين", 20), ("والثلاثين", 30)])

        static let anchors: WordTable<Entry<Anchor>> = {
            var out = table(weekdayNames.map { ($0.0, Anchor.weekday($0.1)) }, prefixes: conj)
            out.merge(table([("اليوم", Anchor.today)], prefixes: conj)) { a, _ in a }
            out.merge(
                table(
                    [("أمس", Anchor.yesterday), ("الأمس", .yesterday), ("البارحة", .yesterday)],
                    prefixes: conj)
            ) { a, _ in a }
            out.merge(table([("الأمس", Anchor.yesterday)], prefixes: ["ب", "وب", "فب"])) { a, _ in a }
            out.merge(table([("قبل", Anchor.ago), ("منذ", .ago)], prefixes: conj)) { a, _ in a }
            out.merge(table([("الليلة", Anchor.night)], prefixes: conj)) { a, _ in a }
            out.merge(table(ordinals.map { ($0.0, Anchor.ordinal($0.1)) }, prefixes: [""])) { a, _ in a }
            out.merge(table(englishMonths.map { ($0.0, Anchor.month($0.1)) }, prefixes: [""])) { a, _ in a }
            return WordTable(keys: out)
        }()

        /// Times of day that can stand before a day: «مساء الخميس», «فجر اليوم».
        static let timesOfDay: [String: Int] = table(
            ["صباح", "مساء", "ظهر", "ظهيرة", "فجر", "ليل", "ليلة", "عصر", "صبيحة", "نهار", "ضحى",
             "عشية", "غروب", "سحر"].map { ($0, 0) },
            prefixes: conj
        ).mapValues(\.prefix)

        /// Times of day after the day: «الأحد صباحا», «أمس مساء».
        static let timesAfter = set(["صباحا", "صباحاً", "مساء", "مساءً", "مساءا", "ظهرا", "ظهراً", "ليلا", "ليلاً", "فجرا", "فجراً", "عصرا", "عصراً"])

        /// Words before a time of day: «بعد ظهر», «منتصف ليل», «قبيل فجر».
        static let timeModifiers: [String: Int] = table(
            ["بعد", "قبيل", "قبل", "منتصف", "عند", "حوالي", "بُعيد"].map { ($0, 0) }, prefixes: conj
        ).mapValues(\.prefix)

        /// «يوم الخميس», «يوم أمس», «يومي الخميس والجمعة».
        static let dayWords: [String: Int] = table([("يوم", 0), ("يومي", 0)], prefixes: conj).mapValues(\.prefix)

        static let firstWords: [String: Int] = table([("أول", 0)], prefixes: conj).mapValues(\.prefix)
        static let first = k("الأول")
        static let from = k("من")
        static let before = k("قبل")
        static let this = k("هذا")
        static let corresponding = k("الموافق")
        static let prayer = k("صلاة")
        static let monthWord = k("شهر")
        static let theMonth = k("الشهر")

        static let pastWords = set(["الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة"])
        static let futureWords = set(["المقبل", "المقبلة", "القادم", "القادمة"])
        static let currentWords = set(["الجاري", "الحالي"])
        static let monthDelta: [String: Int] = {
            var out: [String: Int] = [:]
            for w in currentWords { out[w] = 0 }
            for w in pastWords { out[w] = -1 }
            for w in futureWords { out[w] = 1 }
            return out
        }()

        /// «اليوم» followed by these is not today: اليوم التالي، اليوم العالمي، اليوم الأول.
        static let todayStopNext = set([
            "التالي", "الذي", "العالمي", "الدولي", "الوطني", "الأول", "الثاني", "الثالث", "الرابع",
            "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخير", "السابق",
            "نفسه", "ذاته", "الموعود", "التاريخي", "المشهود", "الأشد", "الأكثر", "الأعنف",
            "الأسوأ", "الأطول", "الأهم", "الأصعب", "الأخطر", "الأكبر", "الأدمى",
        ])
        /// «قال ... اليوم إن»: the conjunction that opens reported speech.
        static let speechOpeners = set(["إن", "أن", "بأن", "عن"])
        static let thatOpeners = set(["إن", "أن", "بأن"])
        /// «بالأمس القريب» (not long ago), «في أمسّ الحاجة» (in dire need).
        static let yesterdayStopNext = set(["القريب", "الحاجة", "حاجة", "الحاجه"])
        /// «ذلك اليوم», «نفس اليوم»: a day named by the story, not the day of the report.
        static let thatWords = set(["ذلك", "تلك", "نفس", "ذات", "بذلك", "وذلك", "بهذا", "لهذا", "وهذا", "بنفس"])
        static let likeWords = set(["مثل", "بمثل", "ومثل"])
        /// «حتى اليوم», «إلى اليوم»: until today.
        static let untilWords = set(["حتى", "إلى", "لغاية", "لحين", "لحد"], prefixes: conj)
        static let startingWords = set(["اعتباراً", "ابتداءً", "بدءاً", "انطلاقاً"])
        static let sinceWords = set(["منذ"], prefixes: conj)
        /// «الجمعة» in «صلاة الجمعة», «الاثنين» in «كلا الاثنين», «أيام الجمعة».
        static let weekdayStopPrev = set(
            ["صلاة", "خطبة", "خطيب", "أيام", "كل", "كلا", "خطب", "صلوات"],
            prefixes: ["", "و", "ف", "ب", "ل", "وب", "ول", "فب"])
        static let tens = set(["عشر", "عشرة"])
        static let spanWords = set(["على", "إلى", "و"])
        static let relativeTo = set(["من", "على"])
        static let rangeWords = set(["إلى", "حتى", "وحتى", "و", "الى"])
        static let yearWords = set(["عام", "العام", "سنة", "السنة", "لعام", "لسنة"])

        static let prayerHeads = set(["عقب", "بعد", "قبيل", "قبل", "أثناء", "خلال", "إثر", "اثر"])
        static let prayerNames = set(["الجمعة", "الظهر", "العصر", "المغرب", "العشاء", "الفجر", "العيد", "الصبح"])

        /// A bare «اليوم» right after these dates the report, not the event.
        static let reportingVerbs = set(
            ["قال", "قالت", "أفاد", "أفادت", "ذكر", "ذكرت", "أعلن", "أعلنت", "أكد", "أكدت", "أوضح",
             "أوضحت", "أضاف", "أضافت", "صرح", "صرحت", "نقل", "نقلت", "أشار", "أشارت", "أفادت",
             "يقول", "تقول", "أعلنت", "نشر", "نشرت", "أصدر", "أصدرت"],
            prefixes: conj)

        /// A statement or a report named as such («في بيان», «تقريرا عن»).
        static let statementNouns = set(["بيان", "بيانا", "تقرير", "تقريرا", "تصريح", "تصريحات"], prefixes: conj)

        /// Counts after «قبل»/«منذ» that need no unit.
        static let agoDirect = dict([
            ("يوم", 1), ("يومين", 2), ("يومان", 2), ("أسبوع", 7), ("أسبوعين", 14), ("أسبوعان", 14),
        ])
        static let numberWords: [String: Int] = {
            let words: [(String, Int)] = [
                ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5),
                ("ستة", 6), ("ست", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("ثماني", 8),
                ("ثمان", 8), ("تسعة", 9), ("تسع", 9), ("عشرة", 10), ("عشر", 10),
            ]
            return dict(words)
        }()
        static let agoUnits = dict([
            ("أيام", 1), ("يوما", 1), ("يوماً", 1), ("يوم", 1), ("أسابيع", 7), ("أسبوعا", 7), ("أسبوعاً", 7),
        ])

        /// Month names: Levantine, Egyptian/Gulf and Maghrebi.
        static let months: [String: Int] = {
            let names: [(String, Int)] = [
                ("شباط", 2), ("آذار", 3), ("أذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6),
                ("تموز", 7), ("آب", 8), ("أيلول", 9),
                ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("مايو", 5),
                ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("سبتمبر", 9),
                ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
                ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7),
                ("يوليوز", 7), ("أوت", 8), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
            ]
            return dict(names + englishMonths)
        }()
        /// English month names and abbreviations of social-media posts («1 December 2024»,
        /// «Dec 1, 2024»), as keys (lower case).
        static let englishMonths: [(String, Int)] = [
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
            ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
            ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
            ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        /// Two-word Levantine months: كانون الثاني، تشرين الأول.
        static let monthHeads: [String: [String: Int]] = [
            k("كانون"): dict([("الثاني", 1), ("ثاني", 1), ("الأول", 12), ("أول", 12)]),
            k("تشرين"): dict([("الأول", 10), ("أول", 10), ("الثاني", 11), ("ثاني", 11)]),
        ]
    }
}
