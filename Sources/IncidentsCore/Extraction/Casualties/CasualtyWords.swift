/// The other word lists the casualty reader compares tokens with.
extension CasualtyWords {
    /// What follows «فيه/فيها» after a passive verb: «قتل فيها 5 أشخاص».
    static let resumptive = WordSet(.exact, [
        "فيه", "فيها", "فيهم", "خلاله", "خلالها", "جراءه", "جراءها", "بها", "به", "منهم", "منها",
    ])

    /// Nouns after a number that make it something other than people.
    static let units = WordSet(.exact, [
        "غارة", "غارات", "ضربة", "ضربات", "صاروخ", "صواريخ", "صاروخا", "قذيفة", "قذائف", "برميل", "براميل",
        "برميلا", "طلعة", "طلعات", "قرية", "قرى", "بلدة", "بلدات", "مدينة", "مدن", "منزل", "منازل", "منزلا",
        "مبنى", "مباني", "موقع", "مواقع", "موقعا", "نقطة", "نقاط", "حاجز", "حواجز", "سيارة", "سيارات",
        "دبابة", "دبابات", "آلية", "آليات", "طائرة", "طائرات", "مروحية", "كلم", "كم", "كيلومتر", "كيلومترا",
        "كيلومترات", "متر", "مترا", "أمتار", "ميل", "عام", "عاما", "سنة", "سنوات", "أعوام", "شهر", "شهرا",
        "أشهر", "شهور", "يوم", "يوما", "أيام", "ساعة", "ساعات", "دقيقة", "دقائق", "أسبوع", "أسابيع",
        "أسبوعا", "دولار", "دولارا", "ليرة", "يورو", "طن", "أطنان", "بالمئة", "بالمائة", "هجوم", "هجمات",
        "هجوما", "عملية", "عمليات", "انفجار", "تفجير", "تفجيرات", "مرة", "مرات", "عبوة", "عبوات", "لغم",
        "ألغام", "جثة", "جثث", "جثمان", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
        "حزيران", "تموز", "آب", "أيلول", "تشرين", "عائلة", "عائلات", "أسرة", "أسر", "مليون", "مليار",
    ])
    static let inKeys = WordSet(.exact, ["في", "فى"])
    static let percentWords = WordSet(.exact, ["المئة", "المائة", "المية"])
    static let scaleWords = WordSet(.exact, ["ألف", "آلاف", "مئة", "مائة", "مليون", "ألفا"])

    /// Breakdowns that are not added: «بينهم 63 ضابطاً».
    static let subset = WordSet(.exact, [
        "بينهم", "بينهن", "بينهما", "بينها", "منهم", "منهن", "منهما", "ومنهم", "ومنهن", "وبينهم", "وبينهن",
        "غالبيتهم", "معظمهم", "أغلبهم", "أكثرهم", "جميعهم", "بعضهم",
    ])
    /// Words that end a figure's noun phrase.
    static let stops = WordSet(.exact, [
        "في", "فى", "على", "جراء", "جرّاء", "إثر", "اثر", "خلال", "بعد", "قبل", "منذ", "بسبب", "نتيجة",
        "أثناء", "عقب", "وسط", "حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "مما", "ما", "عندما",
        "حين", "لدى", "عند", "إلى", "الى", "بين", "بينما", "فيما", "أن", "إن", "بأن", "بحسب", "وفق", "حسب",
        "وفقا", "كما", "قرب", "داخل", "جنوب", "شمال", "شرق", "غرب", "شرقي", "غربي", "شمالي", "جنوبي",
    ])
    static let woundPhrase = WordSet(.exact, ["بجروح", "بجراح", "بإصابات", "بإصابة", "بشظايا"])
    static let woundAdjectives = WordSet(.exact, [
        "متفاوتة", "خطيرة", "بالغة", "طفيفة", "متوسطة", "خطرة", "بليغة", "مختلفة",
    ])
    static let injuryContext = WordSet(.exact, [
        "بجروح", "بجراح", "بإصابات", "بإصابة", "بشظايا", "برصاص", "بالرصاص", "بطلق", "بطلقات", "بطلقة",
        "بنيران", "بقذيفة", "بانفجار", "جراء", "جرّاء", "إثر", "اثر", "خلال", "برصاصة", "بقصف", "بغارة",
    ])
    static let lives = WordSet(.exact, ["بحياة", "بأرواح", "بحياه"])
    static let humanLosses = WordSet(.exact, ["بشرية"])
    static let lifeWords = WordSet(.exact, ["الأرواح"])
    static let deathObjects: [String: CasualtyLexicon.NounNumber] = {
        var t: [String: CasualtyLexicon.NounNumber] = [:]
        for stem in ["حتف", "مصرع"] {
            for s in ["ه", "ها"] { t[ArabicNormalizer.key(stem + s)] = .singular }
            t[ArabicNormalizer.key(stem + "هما")] = .dual
            for s in ["هم", "هن"] { t[ArabicNormalizer.key(stem + s)] = .plural }
        }
        return t
    }()
    static let countWords = WordSet(.exact, [
        "عدد", "حصيلة", "أعداد", "إجمالي", "مجموع", "الحصيلة", "وعدد", "وحصيلة", "بعدد", "لعدد",
    ])
    static let among = WordSet(.exact, ["بين", "وبين"])
    static let betweenWord = ArabicNormalizer.key("بين")
    static let versus = WordSet(.exact, ["مقابل", "ومقابل"])
    /// «آخر», «أخرى»: a victim after a verb («وأصيب آخر»), never a subject before one
    /// («من جهة أخرى، قتل»).
    static let others = WordSet(.exact, ["آخر", "أخرى", "الآخر", "الأخرى"])
    static let toWords = WordSet(.exact, ["إلى", "الى", "إلي", "لـ", "ل"])

    static let illness = WordSet(.exact, [
        "بمرض", "بأمراض", "بالمرض", "بفيروس", "بالفيروس", "بسرطان", "بالسرطان", "بالكوليرا", "بالحصبة",
        "بالإيدز", "بالملاريا", "بالتهاب", "بنوبة", "بجلطة", "بوعكة", "بصدمة", "بالصدمة", "بخيبة", "بالإحباط",
        "بالذعر", "بالهلع", "بالإنفلونزا", "بإنفلونزا", "بالسكري", "بعدوى", "بالعدوى", "بكسر", "بالتسمم",
        "بتسمم", "بأزمة", "بسكتة", "بشلل", "بالشلل", "بإعاقة", "بالجرب", "بالتيفوئيد", "بحمى", "بالحمى",
    ])
    static let negators = WordSet(.exact, [
        "لم", "ولم", "فلم", "دون", "بدون", "ودون", "وبدون", "عدم", "وعدم", "لن", "ولن", "دونما",
    ])
    /// «لا إصابات», «ولا قتلى».
    static let notRightBefore = WordSet(.exact, ["لا", "ولا", "أي"])
    /// «قتلى أو جرحى»: a trigger joined to a negated one is negated too.
    static let orWords = WordSet(.exact, ["أو", "او", "ولا"])
    /// «لن»: a negated future, not a report that nobody was hurt.
    static let futureNegators = WordSet(.exact, ["لن", "ولن"])
    /// «لم ترد أنباء عن إصابات»: no news of casualties is not news of none.
    static let noNewsWords = WordSet(.exact, [
        "أنباء", "معلومات", "تقارير", "ترد", "يرد", "يعرف", "تعرف", "يتضح", "تتضح", "يتسن", "يتسنى",
        "تأكيد", "تأكيدات", "يعلن", "تعلن", "يذكر", "تذكر", "يتبين", "يحدد", "تحدد", "عدد",
        "حصيلة", "بعد",
    ])
    /// Words that start a person's name: «أبو محمد», «المدعو».
    static let nameMarkers = WordSet(.exact, ["أبو", "أبي", "المدعو", "المدعوة", "الشيخ", "الدكتور"])
    /// Kin and title words in apposition to a name: «…، ابن زعيم التنظيم».
    static let appositions = WordSet(.exact, [
        "ابن", "نجل", "ابنة", "زوجة", "والد", "أمير", "الأمير", "المتحدث", "الناطق", "أحد", "إحدى",
    ])
    static let materialLosses = WordSet(.exact, ["مادية", "المادية"])
    static let only = WordSet(.exact, ["فقط"])
    static let limitedTo = WordSet(.exact, ["اقتصرت", "اقتصر", "واقتصرت", "واقتصر", "اقتصار", "تقتصر", "يقتصر"])
    static let courtWords = WordSet(.exact, [
        "حكم", "حكما", "حكمها", "حكمه", "بحكم", "أحكام", "أحكاما", "قضت", "يهدد", "تهدد", "هدد", "هددت",
        "يتوعد", "يتوعدون", "توعد", "مطالبات", "يطالب", "طالب", "طالبت", "يأمر", "بتهمة", "عقوبة",
    ])
}
