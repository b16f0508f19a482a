/// The role one actor mention plays in its clause, read from the words before and after it
/// (see `ActorRole`): victim, object, controller, source, or a possible agent.
enum ActorRoleReader {
    /// `clause`: the clause's token range; `cueAt`: token positions of the clause's event cues.
    static func role(
        of a: ActorMention, among all: [ActorMention], _ t: [Token], clause: Range<Int>, cueAt: Set<Int>
    ) -> ActorRole {
        let lo = a.range.lowerBound
        func at(_ i: Int) -> Token? { i >= clause.lowerBound && i < clause.upperBound ? t[i] : nil }
        let b1 = at(lo - 1), b2 = at(lo - 2), b3 = at(lo - 3)
        if isSource(a, t, clause: clause, b1, b2, b3) { return .source }
        if isController(b1, b2, b3) { return .controller }
        if isVictim(a, t, b1, b2) { return .victim }
        if isObject(a, among: all, t, clause: clause, cueAt: cueAt, b1, b2, b3) { return .object }
        return .candidate
    }

    /// The speaker claims the act itself: «أعلن جيش الإسلام أنه قتل», «قال التحالف إنه شن».
    static func selfClaim(_ a: ActorMention, _ t: [Token], clause: Range<Int>) -> Bool {
        let lo = a.range.lowerBound
        guard lo > clause.lowerBound,
            Words.speech.contains(t[lo - 1]) || (lo - 2 >= clause.lowerBound && Words.speech.contains(t[lo - 2]))
        else { return false }
        return claims(a, t, clause: clause) == true
    }

    /// After a speaker: true for «أنه/إنها ...» or «أن غاراتها/قواتها ...» (the speaker
    /// tells its own act), false for a plain «أن/إن» (it tells another's), nil for neither
    /// within a few words.
    static func claims(_ a: ActorMention, _ t: [Token], clause: Range<Int>) -> Bool? {
        let hi = min(clause.upperBound, a.range.upperBound + 8)
        for i in a.range.upperBound..<hi {
            if Words.claimThat.contains(t[i]) { return true }
            if Words.that.contains(t[i]) {
                guard i + 1 < clause.upperBound else { return false }
                let k = t[i + 1].key
                let own = k.hasSuffix("ها") || k.hasSuffix("هم") || k.hasSuffix("ه")
                return own && Words.ownActs.contains { k.hasPrefix($0) }
            }
        }
        return nil
    }

    // MARK: - Roles

    /// «مصادر المعارضة», «مصادر في المعارضة», «مركز إعلام ... التابع للمعارضة», «وفق
    /// التحالف», «أكد الجيش الروسي أن» (but not «أعلن X أنه ...», a claim of the act).
    static func isSource(
        _ a: ActorMention, _ t: [Token], clause: Range<Int>, _ b1: Token?, _ b2: Token?, _ b3: Token?
    ) -> Bool {
        guard let b1 else { return false }
        if Words.sourceNouns.contains(b1) || Words.accordingTo.contains(b1) { return true }
        if b1 == Words.an, let b2, Words.accordingTo.contains(b2) { return true }
        // «مصادر في المعارضة», «المكتب الإعلامي التابع للفصائل».
        if Words.sourceLinks.contains(b1) {
            let lo = a.range.lowerBound
            for i in stride(from: lo - 2, through: max(clause.lowerBound, lo - 4), by: -1)
            where Words.sourceNouns.contains(t[i]) {
                return true
            }
        }
        // A speaker with «أن/إن» after it tells what someone did.
        if Words.speech.contains(b1) || (b2.map { Words.speech.contains($0) } ?? false) {
            return claims(a, t, clause: clause) == false
        }
        return false
    }

    /// «مناطق سيطرة X», «الخاضعة لسيطرة X», «تحت سيطرة X», «التي تسيطر عليها [فصيل] X».
    static func isController(_ b1: Token?, _ b2: Token?, _ b3: Token?) -> Bool {
        guard let b1 else { return false }
        if Words.areaOf.contains(b1) { return true }
        if Words.control.contains(b1), let b2, Words.controlledArea.contains(b2) { return true }
        // «يسيطر عليه [فصيل] X».
        let (c1, c2) = Words.groupNouns.contains(b1) ? (b2, b3) : (b1, b2)
        if let c1, let c2, Words.onIt.contains(c1), Words.controls.contains(c2) { return true }
        return false
    }

    /// Counted among the dead or hurt: «مقتل 9 جنود من قوات النظام», «قتلى في صفوف X»,
    /// «مقتل عناصر من داعش», «مقتل مسلحين إيرانيين», «خسائر النظام».
    static func isVictim(_ a: ActorMention, _ t: [Token], _ b1: Token?, _ b2: Token?) -> Bool {
        guard let b1 else { return false }
        if Words.victimHeads.contains(b1) { return true }
        let fighters = Words.countedFighters.contains(t[a.range.lowerBound])
            || ActorMatcher.Tables.groupHeads.contains(t[a.range.lowerBound].key)
                && !Words.forces.contains(t[a.range.lowerBound])
        if b1 == FunctionWords.min || b1 == FunctionWords.bayn, let b2 {
            if isNumber(b2) || Words.countedFighters.contains(b2) || Words.deathNouns.contains(b2) {
                return true
            }
            // «أوقعت مئة قتيل بين مقاتلين موالين لدمشق».
            if b1 == FunctionWords.bayn && fighters { return true }
        }
        // The mention starts with a fighter noun right after a number or a death noun.
        if fighters, isNumber(b1) || Words.deathNouns.contains(b1) { return true }
        return false
    }

    static func isNumber(_ t: Token) -> Bool {
        t.isNumber || NumberParser.isNumberWord(t.key)
    }

    /// What the act hit: «مواقع X», «موقعا للجيش», «مواقع عسكرية تابعة لـX», «ضد X», «على X»
    /// after a cue, «غارة استهدفت X», «قصفت قوات النظام داعش».
    static func isObject(
        _ a: ActorMention, among all: [ActorMention], _ t: [Token], clause: Range<Int>,
        cueAt: Set<Int>, _ b1: Token?, _ b2: Token?, _ b3: Token?
    ) -> Bool {
        let lo = a.range.lowerBound
        if Words.objectNouns.contains(t[lo]) { return true }
        guard let b1 else { return false }
        if Words.objectNouns.contains(b1) || b1 == FunctionWords.didd { return true }
        // «مقرات فصيل جيش العزة», «مقرات تنظيم ...».
        if Words.groupNouns.contains(b1), let b2, Words.objectNouns.contains(b2) { return true }
        // «مواقع عسكرية للنظام», «مستودع أسلحة تابعا لـ».
        if let b2, Words.objectNouns.contains(b2),
            Words.objectAdjectives.contains(b1) || ActorMatcher.Tables.belonging.contains(b1.key)
        {
            return true
        }
        if let b3, Words.objectNouns.contains(b3), ActorMatcher.Tables.belonging.contains(b1.key) { return true }
        // «للضغط على جيش الإسلام», «لطرد مقاتلي داعش», «لإجبار الفصائل»: whom the act means
        // to press or drive out.
        if b1 == Words.ala, let b2, Words.pressure.contains(b2) { return true }
        if Words.driveOut.contains(b1) { return true }
        if let b2, Words.driveOut.contains(b2), Words.countedFighters.contains(b1) || Words.groupNouns.contains(b1) {
            return true
        }
        // «على X» after a cue.
        if b1 == Words.ala, cueAt.contains(where: { $0 < lo && $0 >= clause.lowerBound }) { return true }
        // «غارة استهدفت X», «الصواريخ التي استهدفت X»: a verb whose subject came before it.
        if Words.hitVerbs.contains(b1), let b2 {
            if Words.relatives.contains(b2) || cueAt.contains(lo - 2) || cueAt.contains(lo - 3)
                || ActorMatcher.Tables.strikeTypes.contains(b2.key)
            {
                return true
            }
            // SVO: another actor right before the verb is its subject.
            if all.contains(where: { $0.range.upperBound == lo - 1 }) { return true }
        }
        // VSO: «هاجمت قوات النظام داعش», the second of two adjacent names after a verb.
        if let prev = all.last(where: { $0.range.upperBound <= lo }), prev.range.upperBound == lo,
            !t[lo].key.hasPrefix("و"), prev.range.lowerBound > clause.lowerBound,
            cueAt.contains(prev.range.lowerBound - 1)
        {
            return true
        }
        return false
    }

    /// A verb of launching right after a name: its subject («الطيران السوري شن غارات»).
    static func beforeLaunchVerb(_ a: ActorMention, _ t: [Token], clause: Range<Int>) -> Bool {
        let e = a.range.upperBound
        return e < clause.upperBound && t[e].boundary <= .quote && Words.launchVerbs.contains(t[e])
    }

    /// A military site hit with no owner named («مطار التيفور العسكري», «موقعا عسكريا»).
    static func hitsMilitarySite(_ t: [Token], clause: Range<Int>) -> Bool {
        var i = clause.lowerBound
        while i < clause.upperBound {
            if Words.sites.contains(t[i]) {
                let hi = min(clause.upperBound, i + 4)
                for j in (i + 1)..<hi where Words.military.contains(t[j]) { return true }
            }
            i += 1
        }
        return false
    }

    enum Words {
        /// Stems of «غاراتها», «قواتها», «طائراتها»: the speaker's own strikes or forces.
        static let ownActs: [String] = [
            "غارات", "ضربات", "قوات", "طائرات", "قصف", "مقاتلات", "طيران", "هجوم", "هجمات",
            "صواريخ", "عمليات", "مدفعيت", "جنود", "عناصر", "مقاتلي",
        ].map { ArabicNormalizer.key($0) }
        static let launchVerbs = WordSet(.exact, [
            "شن", "شنت", "نفذ", "نفذت", "ألقى", "ألقت", "أطلق", "أطلقت", "قصف", "قصفت",
            "استهدف", "استهدفت", "يشن", "تشن", "ينفذ", "تنفذ",
        ])
        static let sites = WordSet(.proclitics(minStem: 3), [
            "مطار", "موقع", "موقعا", "مواقع", "قاعدة", "قواعد", "ثكنة", "معسكر", "مواقعنا",
            "مطارا", "مستودع", "مستودعات", "مقر", "مقرات",
        ])
        static let military = WordSet(.exact, [
            "العسكري", "عسكري", "عسكريا", "العسكرية", "عسكرية", "الجوي", "الجوية",
        ])
        static let ala = Word("على")
        static let pressure = WordSet(.exact, ["الضغط", "للضغط", "بالضغط", "ضغط", "ضغطا", "والضغط"])
        static let driveOut = WordSet(.exact, [
            "لطرد", "طرد", "بطرد", "لإجبار", "إجبار", "لإخراج", "إخراج", "لإرغام", "إرغام", "لدحر", "دحر",
        ])
        static let an = Word("عن")
        static let sourceNouns = WordSet(.proclitics(minStem: 3), [
            "مصادر", "مصدر", "ناشطون", "ناشطين", "ناشطو", "ناشطي", "وكالة", "إعلام", "الإعلام",
            "مركز", "ناطق", "الناطق", "متحدث", "المتحدث", "بيان", "وسائل", "مراسل", "صحيفة",
            "قناة", "شبكة", "مكتب", "مسؤول", "مسؤولون", "مسؤولين", "المرصد", "تلفزيون",
            "التلفزيون", "إذاعة", "مواقع إعلامية", "معرفات", "حسابات",
        ])
        static let sourceLinks = WordSet(.exact, [
            "في", "من", "باسم", "التابع", "التابعة", "المقربة", "المقرب", "القريبة", "القريب",
            "لدى", "داخل",
        ])
        static let accordingTo = WordSet(.exact, [
            "وفق", "وفقا", "بحسب", "حسب", "حسبما", "لوكالة", "نقلا",
        ])
        static let speech = WordSet(.proclitics(minStem: 3), [
            "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "أفاد", "أفادت", "ذكر", "ذكرت", "نفى",
            "نفت", "زعم", "زعمت", "أشار", "أشارت", "أوضح", "أوضحت", "أضاف", "أضافت", "اتهم",
            "اتهمت", "تتهم", "يتهم", "يقول", "تقول", "نقلت", "نقل", "أورد", "أوردت", "بث", "بثت",
        ])
        /// «أن/إن» that opens what a speaker said.
        static let that = WordSet(.exact, ["أن", "إن", "بأن", "ان", "بان"])
        /// «أنه/إنها ...»: the speaker is the subject of what it says.
        static let claimThat = WordSet(.exact, [
            "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأنه", "بأنها", "انه", "انها", "انهم",
            "أنهما", "إنهما",
        ])
        static let areaOf = WordSet(.proclitics(minStem: 3), [
            "مناطق", "المناطق", "منطقة", "أحياء", "الأحياء",
        ])
        static let control = WordSet(.exact, ["سيطرة", "لسيطرة", "نفوذ", "لنفوذ", "قبضة"])
        static let controlledArea = WordSet(.proclitics(minStem: 3), [
            "مناطق", "المناطق", "منطقة", "المنطقة", "الخاضعة", "خاضعة", "الخاضع", "خاضع",
            "تحت", "ضمن", "الواقعة", "الواقع", "مدن", "المدن", "قرى", "بلدات", "أحياء", "الأحياء",
        ])
        static let onIt = WordSet(.exact, ["عليها", "عليه", "عليهما", "عليهم"])
        static let groupNouns = WordSet(.exact, ["فصيل", "تنظيم", "حركة", "قوات", "فصائل", "جماعة"])
        static let controls = WordSet(.exact, [
            "تسيطر", "يسيطر", "تسيطران", "يسيطران", "سيطرت", "سيطر", "تحكم", "يحكم",
        ])
        static let victimHeads = WordSet(.proclitics(minStem: 3), [
            "صفوف", "قتلى", "جرحى", "خسائر", "أسرى", "مصابين", "ضحايا", "جثث", "جثامين",
            "قتيلا", "قتيل",
        ])
        static let deathNouns = WordSet(.proclitics(minStem: 3), [
            "مقتل", "مصرع", "إصابة", "استشهاد", "إعدام", "أسر", "اعتقال", "قتلى", "جرحى",
            "قتيلا", "مصابا", "جريحا", "اغتيال", "تصفية",
        ])
        /// Counted people: «14 عنصرا من ...», «عناصر من ...».
        static let countedFighters = WordSet(.exact, [
            "عنصرا", "عنصر", "عناصر", "عنصرين", "عنصران", "مقاتلا", "مقاتلين", "مقاتل",
            "مسلحا", "مسلحين", "مسلح", "جنديا", "جنود", "جندي", "جنديين", "ضابطا", "ضباط",
            "ضابط", "عسكريا", "عسكريين", "شخصا", "أشخاص", "قياديا", "قياديين", "قادة",
            "أفراد", "فردا", "عضوا", "أعضاء", "مرتزقة", "مرتزقا", "آخرين", "آخرون",
        ])
        static let forces = WordSet(.exact, ["قوات", "القوات", "فصائل", "الفصائل"])
        static let objectNouns = WordSet(.proclitics(minStem: 3), [
            "مواقع", "موقع", "موقعا", "مقرات", "مقر", "مقرا", "نقاط", "نقطة", "حواجز", "حاجز",
            "حاجزا", "تجمعات", "تجمع", "تجمعا", "معاقل", "معقل", "مستودع", "مستودعات",
            "مستودعا", "مخازن", "مخزن", "رتل", "رتلا", "أرتال", "آليات", "آلية", "دبابات",
            "دبابة", "عربة", "مدرعة", "مطار", "قاعدة", "قواعد", "ثكنة", "معسكر", "معسكرات",
            "أهداف", "هدفا", "اجتماعا", "اجتماع", "قيادات", "تحصينات", "خطوط", "مخبأ",
        ])
        static let objectAdjectives = WordSet(.exact, [
            "عسكرية", "العسكرية", "عسكريا", "عسكري", "العسكري", "أسلحة", "للأسلحة", "ذخيرة",
            "متقدمة", "المتقدمة", "أمامية", "الأمامية",
        ])
        static let hitVerbs = WordSet(.exact, [
            "استهدفت", "استهدف", "تستهدف", "يستهدف", "طالت", "طال", "ضربت", "قصفت", "أصابت",
            "استهدفا", "استهدفتا", "قصفتا",
        ])
        static let relatives = WordSet(.exact, ["التي", "الذي", "اللتين", "الذين"])
    }
}

extension ArticleBuilder {
    func role(of a: ActorMention, in f: ClauseFacts) -> ActorRole {
        ActorRoleReader.role(
            of: a, among: f.actors, tokens, clause: f.range, cueAt: Set(f.cues.map(\.at)))
    }

    func selfClaim(_ a: ActorMention, in f: ClauseFacts) -> Bool {
        ActorRoleReader.selfClaim(a, tokens, clause: f.range)
    }
}
