/// The trigger words of deaths and injuries, with the role that decides where their figure
/// is read; keys are built with every proclitic combination the word takes.
struct CasualtyTrigger {
    enum Role {
        /// «مقتل», «إصابة»: figure after. `alsoCount`: «20 إصابة» reads the number before.
        case eventNoun(needsFigure: Bool, alsoCount: Bool)
        case verb(plural: Bool, needsFigure: Bool)
        /// «أصابت القذيفة 3 أشخاص».
        case activeVerb
        case countNoun(CasualtyLexicon.NounNumber, definite: Bool, needsQuantity: Bool)
        /// لقي … مصرعه/حتفه.
        case meetDeath
        /// أودى بحياة …
        case tookLives
        /// خسائر بشرية.
        case losses
        /// «الشهيد» + a name in an obituary (`MartyrdomPhrases`).
        case martyr

        var isLosses: Bool {
            if case .losses = self { return true }
            return false
        }
    }

    var kind: CasualtyKind
    var role: Role
    /// Carries و or ف.
    var conjoined: Bool = false
    /// «أصيب» alone needs «بجروح» or the like nearby.
    var needsContext: Bool = false
    var blockedByCourt: Bool = false
    /// «قتلا», «أصيبا»: a dual verb makes an ambiguous subject («شرطيين») two.
    var dualVerb: Bool = false

    var isCountNoun: Bool {
        if case .countNoun = role { return true }
        return false
    }

    var isVerb: Bool {
        switch role {
        case .verb, .activeVerb, .meetDeath: return true
        default: return false
        }
    }
}

enum CasualtyWords {
    static let wa = ArabicNormalizer.key("و")
    static let min = ArabicNormalizer.key("من")
    static let article = ArabicNormalizer.key("ال")

    static let triggers = WordTable<CasualtyTrigger>(keys: triggerTable)

    private static let triggerTable: [String: CasualtyTrigger] = {
        var table: [String: CasualtyTrigger] = [:]
        func add(_ forms: [String], _ t: CasualtyTrigger, prefixes: [String]) {
            for f in forms {
                for p in prefixes {
                    let key = ArabicNormalizer.key(p + f)
                    guard table[key] == nil else { continue }
                    var entry = t
                    entry.conjoined = p.hasPrefix("و") || p.hasPrefix("ف")
                    // «بقتل», «لقتل»: a verbal noun, its object follows.
                    if case .verb = t.role, p.contains("ب") || p.contains("ل") {
                        entry.role = .eventNoun(needsFigure: false, alsoCount: false)
                    }
                    table[key] = entry
                }
            }
        }
        let noun = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"]
        let verb = ["", "و", "ف"]
        let definite = ["ال", "وال", "فال", "بال", "وبال", "لل", "ولل"]

        // Deaths.
        add(["مقتل", "مصرع", "استشهاد"], CasualtyTrigger(kind: .killed, role: .eventNoun(needsFigure: false, alsoCount: false)),
            prefixes: noun)
        add(["وفاة"], CasualtyTrigger(kind: .killed, role: .eventNoun(needsFigure: true, alsoCount: false)), prefixes: noun)
        add(["إعدام"], CasualtyTrigger(kind: .killed, role: .eventNoun(needsFigure: true, alsoCount: false),
                               blockedByCourt: true), prefixes: noun)
        add(["قتل", "قتلت", "استشهد", "استشهدت", "أعدم", "أعدمت"],
            CasualtyTrigger(kind: .killed, role: .verb(plural: false, needsFigure: false)), prefixes: noun)
        add(["يقتل", "تقتل", "قضى", "قضت", "توفي", "توفيت", "يعدم"],
            CasualtyTrigger(kind: .killed, role: .verb(plural: false, needsFigure: true)), prefixes: verb)
        add(["قتلوا", "قتلن", "استشهدوا", "أعدموا"],
            CasualtyTrigger(kind: .killed, role: .verb(plural: true, needsFigure: false)), prefixes: verb)
        add(["قضوا", "توفوا"], CasualtyTrigger(kind: .killed, role: .verb(plural: true, needsFigure: true)), prefixes: verb)
        add(["قتلا", "قضيا", "استشهدا"],
            CasualtyTrigger(kind: .killed, role: .verb(plural: true, needsFigure: true), dualVerb: true), prefixes: verb)
        add(["لقي", "لقيت", "لقوا", "لقيا", "يلقى", "لقين"], CasualtyTrigger(kind: .killed, role: .meetDeath), prefixes: verb)
        add(["أودى", "أودت", "يودي", "تودي"], CasualtyTrigger(kind: .killed, role: .tookLives), prefixes: verb)
        add(["قتيل", "قتيلا", "قتيلة", "شهيد", "شهيدا"],
            CasualtyTrigger(kind: .killed, role: .countNoun(.singular, definite: false, needsQuantity: false)), prefixes: noun)
        add(["قتيلان", "قتيلين", "شهيدان", "شهيدين"],
            CasualtyTrigger(kind: .killed, role: .countNoun(.dual, definite: false, needsQuantity: false)), prefixes: noun)
        add(["قتلى", "شهداء"],
            CasualtyTrigger(kind: .killed, role: .countNoun(.plural, definite: false, needsQuantity: false)), prefixes: noun)
        add(["ضحايا"], CasualtyTrigger(kind: .killed, role: .countNoun(.plural, definite: false, needsQuantity: true)),
            prefixes: noun)
        add(["ضحية"], CasualtyTrigger(kind: .killed, role: .countNoun(.singular, definite: false, needsQuantity: true)),
            prefixes: noun)
        add(["قتلى", "شهداء", "ضحايا"],
            CasualtyTrigger(kind: .killed, role: .countNoun(.plural, definite: true, needsQuantity: false)), prefixes: definite)
        add(["خسائر"], CasualtyTrigger(kind: .killed, role: .losses), prefixes: noun)
        // Martyrdom phrasing of local pages (`MartyrdomPhrases`): «ارتقى ثلاثة شهداء»,
        // «ارتقاء 4 شهداء», «نعت … الشهيد فلان».
        add(["ارتقى", "ارتقت"], CasualtyTrigger(kind: .killed, role: .verb(plural: false, needsFigure: true)),
            prefixes: verb)
        add(["ارتقوا"], CasualtyTrigger(kind: .killed, role: .verb(plural: true, needsFigure: true)), prefixes: verb)
        add(["ارتقيا"], CasualtyTrigger(kind: .killed, role: .verb(plural: true, needsFigure: true), dualVerb: true),
            prefixes: verb)
        add(["ارتقاء"], CasualtyTrigger(kind: .killed, role: .eventNoun(needsFigure: true, alsoCount: false)),
            prefixes: noun)
        add(["الشهيد", "الشهيدة"], CasualtyTrigger(kind: .killed, role: .martyr), prefixes: ["", "و"])

        // Injuries.
        add(["إصابة"], CasualtyTrigger(kind: .wounded, role: .eventNoun(needsFigure: true, alsoCount: true)), prefixes: noun)
        add(["أصيب", "أصيبت"], CasualtyTrigger(kind: .wounded, role: .verb(plural: false, needsFigure: false),
                                       needsContext: true), prefixes: verb)
        add(["يصاب", "تصاب", "جرح", "جرحت"],
            CasualtyTrigger(kind: .wounded, role: .verb(plural: false, needsFigure: true)), prefixes: verb)
        add(["أصيبوا", "جرحوا", "أصبن"],
            CasualtyTrigger(kind: .wounded, role: .verb(plural: true, needsFigure: false)), prefixes: verb)
        add(["أصيبا", "جرحا"],
            CasualtyTrigger(kind: .wounded, role: .verb(plural: true, needsFigure: false), dualVerb: true), prefixes: verb)
        add(["أصاب", "أصابت", "يصيب", "تصيب", "أصابوا"], CasualtyTrigger(kind: .wounded, role: .activeVerb), prefixes: verb)
        add(["جريح", "جريحا"],
            CasualtyTrigger(kind: .wounded, role: .countNoun(.singular, definite: false, needsQuantity: false)), prefixes: noun)
        // «مصاب بمرض»: the singular counts only with a number.
        add(["مصاب", "مصابا"],
            CasualtyTrigger(kind: .wounded, role: .countNoun(.singular, definite: false, needsQuantity: true)), prefixes: noun)
        add(["جريحان", "جريحين", "مصابان"],
            CasualtyTrigger(kind: .wounded, role: .countNoun(.dual, definite: false, needsQuantity: false)), prefixes: noun)
        add(["جرحى", "مصابين", "مصابون", "إصابات"],
            CasualtyTrigger(kind: .wounded, role: .countNoun(.plural, definite: false, needsQuantity: false)), prefixes: noun)
        add(["جرحى", "مصابين", "مصابون"],
            CasualtyTrigger(kind: .wounded, role: .countNoun(.plural, definite: true, needsQuantity: false)), prefixes: definite)
        return table
    }()
}
