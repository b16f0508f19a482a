/// What event typing reads of one clause: its words and cues, whether anyone was hurt,
/// its victims, and who acted against whom (already chosen by the extractor).
struct EventClause {
    let tokens: [Token]
    let range: Range<Int>
    let cues: [(cue: EventCue, at: Int)]
    /// The clause says someone was killed.
    let killedMentioned: Bool
    /// The clause says someone was killed or wounded.
    let killing: Bool
    /// Victim categories (`TargetReader`).
    let targets: [String]
    /// Who acted, and the mention that names them.
    let agent: String?
    let agentMention: ActorMention?
    /// The other side, when the clause names one.
    let other: String?

    func has(_ cue: EventCue) -> Bool { cues.contains { $0.cue == cue } }

    /// Any word of `set` in the clause.
    func hasWord(_ set: WordSet) -> Bool { set.any(tokens, range) }

    func hasWord(_ set: WordSet, in range: Range<Int>) -> Bool { set.any(tokens, range) }

    var hasCivilianTarget: Bool { CivilianTargets.any(in: targets) }
}

/// The ACLED sub event type (and so the event type) of a clause that reports a violent
/// act, from its cues, its actors and its words; nil when the clause reports no act the
/// product records. The order of the rules matters: the first that applies decides.
enum EventTyping {
    static func subEventType(of c: EventClause) -> SubEventType? {
        let killing = c.killing
        let airActor = c.agentMention.map { isAir($0, in: c) } ?? false
        if c.has(.protest) && (c.has(.shooting) || killing) {
            return .excessiveForceAgainstProtesters
        } else if c.has(.execution) {
            return .attack
        } else if c.has(.abduction) {
            return .abduction
        } else if realCapture(c) && c.hasWord(EventLexicon.generalQuantifiers) && !killing {
            // «استعادت الحكومة السيطرة على أغلب المدن»: the state of the war, not an act.
            return nil
        } else if realCapture(c) && !c.has(.airStrike) || (realCapture(c) && (c.has(.clash) || c.has(.assault))) {
            let lo = c.range.lowerBound
            if c.hasWord(withdrawal, in: lo..<c.range.upperBound) && !c.has(.clash) {
                return .nonViolentTransfer
            } else if let a = c.agent, ActorCamps.progovernment.contains(a) {
                return .governmentRegainsTerritory
            } else {
                return .nonStateActorOvertakesTerritory
            }
        } else if c.has(.clash) || (c.has(.assault) && !saysWeapon(c)) {
            if c.has(.assault) && !c.has(.clash) && c.other == nil && c.hasCivilianTarget {
                return .attack
            } else {
                return .armedClash
            }
        } else if c.has(.assault) && !c.has(.shelling) && !c.has(.bombardment) && !c.has(.suicide)
            && !c.has(.explosive) && !c.has(.chemical) && !c.has(.airStrike)
            && (airActor || assaultWeapon(c, EventLexicon.airWords) || assaultWeapon(c, EventLexicon.groundFireWords))
        {
            // «الهجمات التي تنفذها طائرات»: an assault from the air; «هجوم بالدبابات»: fire
            // from the ground.
            return airActor || assaultWeapon(c, EventLexicon.airWords) ? .airStrike : .shelling
        } else if c.has(.chemical) && (c.has(.airStrike) || c.has(.bombardment) || c.has(.assault) || c.has(.targeting) || killing) {
            return .chemicalWeapon
        } else if c.has(.suicide) {
            return .suicideBomb
        } else if c.has(.explosive) {
            return .remoteExplosive
        } else if c.has(.airStrike) || (airActor && (c.has(.shelling) || c.has(.bombardment)) && !c.hasWord(EventLexicon.strongGroundFireWords)) {
            // An air force firing missiles is an air strike.
            return .airStrike
        } else if c.has(.shelling) {
            return .shelling
        } else if c.has(.targeting) && !airActor && !c.hasWord(EventLexicon.airWords)
            && !c.hasWord(EventLexicon.groundFireWords) && c.other != nil
            && !c.hasCivilianTarget && !killing
        {
            // A ground force hitting another's position: fighting.
            return .armedClash
        } else if c.has(.bombardment) || c.has(.targeting) {
            if c.hasWord(EventLexicon.groundFireWords) {
                return .shelling
            } else if airActor || c.hasWord(EventLexicon.airWords) {
                return .airStrike
            } else if c.has(.bombardment) || killing {
                return .shelling
            }
            return nil
        } else if c.has(.shooting) && (killing || c.agent != nil) {
            if c.hasCivilianTarget || c.other == nil {
                return .attack
            } else {
                return .armedClash
            }
        } else if killing && c.has(.killing) {
            // Deaths with no word for how: a continuation of the incident before, or an
            // attack on whoever died.
            if c.hasWord(EventLexicon.backgroundWords) { return nil }
            if c.hasWord(EventLexicon.nonViolentDeath) { return nil }
            if c.hasWord(EventLexicon.speechWords) && c.agent == nil && !c.killedMentioned {
                return nil
            }
            // «قتل فصيل ... 25 جنديا»: an armed side killing fighters is a clash.
            // The side must be named before the killing word (its subject), not after it
            // as the dead's side («مقتل 5 عناصر من قوات النظام»).
            if let a = c.agent, a != "unknown", !c.hasCivilianTarget, c.hasWord(combatants),
                let m = c.agentMention, let k = c.cues.first(where: { $0.cue == .killing })?.at, m.range.upperBound <= k
            {
                return .armedClash
            }
            return .attack
        }
        return nil
    }

    /// The actor flies (a foreign air force), or an air word stands in or just before its
    /// name («طيران النظام»).
    static func isAir(_ m: ActorMention, in c: EventClause) -> Bool {
        if ["coalition", "russia", "israel", "usa"].contains(m.slug) { return true }
        let lo = max(c.range.lowerBound, m.range.lowerBound - 2)
        return c.hasWord(EventLexicon.airWords, in: lo..<m.range.upperBound)
    }

    /// A capture cue counts unless an intent word stands just before it, it names who
    /// holds an area («مناطق سيطرة المعارضة», «الخاضعة لسيطرة التنظيم», «تحت سيطرة»), or
    /// it is a purpose («لاستعادة», «للسيطرة»: to take, not taken) or a state
    /// («سيطرتها»: whose control).
    static func realCapture(_ c: EventClause) -> Bool {
        for (cue, at) in c.cues where cue == .capture {
            let lo = max(c.range.lowerBound, at - 3)
            if c.hasWord(EventLexicon.intentWords, in: lo..<at) { continue }
            if c.hasWord(EventLexicon.controlWords, in: max(c.range.lowerBound, at - 2)..<at) { continue }
            if purposeOrState.contains(c.tokens[at]) { continue }
            return true
        }
        return false
    }

    static let purposeOrState = WordSet(.exact, [
        "لاستعادة", "للسيطرة", "لاستعادتها", "لاستعادته", "سيطرتها", "سيطرته", "سيطرتهم",
        "وسيطرتها", "بسيطرتها", "لسيطرة", "لسيطرتها",
    ])

    /// The clause says with what the act was done (a weapon, the air, a bomb): a «هجوم»
    /// with a weapon is that weapon's strike, not a clash.
    static func saysWeapon(_ c: EventClause) -> Bool {
        if c.has(.airStrike) || c.has(.shelling) || c.has(.bombardment) || c.has(.suicide)
            || c.has(.explosive) || c.has(.chemical)
        {
            return true
        }
        if let m = c.agentMention, isAir(m, in: c) { return true }
        return assaultWeapon(c, EventLexicon.airWords) || assaultWeapon(c, EventLexicon.groundFireWords)
    }

    /// A word of `set` just after an assault cue («هجوما صاروخيا», «الهجمات التي تنفذها
    /// طائرات»): the weapon of that assault, not of another actor named further on.
    static func assaultWeapon(_ c: EventClause, _ set: WordSet) -> Bool {
        for (cue, at) in c.cues where cue == .assault {
            // «الهجوم البري»: by land, whatever flies beside it.
            if at + 1 < c.range.upperBound && groundAssault.contains(c.tokens[at + 1]) { continue }
            let hi = min(c.range.upperBound, at + 6)
            if c.hasWord(set, in: at..<hi) { return true }
        }
        return false
    }

    static let groundAssault = WordSet(.exact, ["البري", "بري", "بريا", "البرية", "برية"])

    /// Fighters, soldiers: killed by an armed side, they fell in a fight, not as civilians.
    static let combatants = WordSet(.procliticsAndSuffixes, [
        "جندي", "جنديا", "جنود", "جنديين", "عنصر", "عنصرا", "عناصر", "عنصرين", "مقاتل", "مقاتلا",
        "مقاتلين", "مسلحا", "مسلحين", "عسكريا", "عسكريين", "ضابط", "ضابطا", "ضباط",
    ])

    static let withdrawal = WordSet(.procliticsAndSuffixes, ["انسحاب", "انسحب", "انسحبت", "انسحابه", "انسحابها", "تسليم", "سلموا"])
}
