/// Martyrdom and obituary phrasing, the death reports of local pages and channels:
/// * «ارتقى ثلاثة شهداء», «ارتقاء 4 شهداء»: «ارتقى» with a figure is a death verb
///   (`CasualtyTriggerTable`);
/// * «نعت الفعاليات … الشهيد محمد الأحمد الذي قضى …»: «الشهيد» with a name after an obituary
///   verb (or before «الذي قضى/استشهد») is one death, a list of them is counted;
/// * «استشهاد الشاب أحمد … والطفل محمد …»: named victims instead of a number, each a
///   definite person noun (or «الشهيد») and a name, counted;
/// * «حصيلة أولية:»: a label for the first count of one incident, not a campaign's rising
///   toll.
extension CasualtyScan {
    /// «الشهيد فلان» in an obituary: one death per named martyr.
    mutating func martyr(_ t: CasualtyTrigger, at k: Int) {
        guard isObituary(around: k), let end = nameEnd(after: k) else {
            consumedEnd = k + 1
            return
        }
        if let list = namedVictims(from: k) {
            finish(t.kind, Casualty(value: list.count), k, list.end)
        } else {
            finish(t.kind, Casualty(value: 1), k, end)
        }
    }

    /// A list of named victims from token j («الشاب أحمد الحسين والطفل محمد الحسين»): two
    /// or more definite singular person nouns, each followed by a name, joined by و or a
    /// comma. Returns their number and the end of the list; nil for fewer than two.
    func namedVictims(from j: Int) -> (count: Int, end: Int)? {
        guard j < hi, isVictimHead(j, first: true) else { return nil }
        var count = 1
        var names = 0
        var end = j + 1
        var s = j + 1
        while s < min(hi, j + MartyrdomWords.longestList) {
            let t = tokens[s]
            if isVictimHead(s, first: false) {
                guard names > 0 else { break }
                count += 1
                names = 0
            } else {
                // «علي» is a name right after the person noun («الشاب علي»), not «على».
                let name = isNameWord(s) || (names == 0 && t.hash == MartyrdomWords.ali.hash)
                if t.boundary >= .comma || !name { break }
                names += 1
                if names > MartyrdomWords.longestName { break }
                end = s + 1
            }
            s += 1
        }
        // A last person noun with no name after it is not a victim of the list.
        if names == 0 { count -= 1 }
        return count >= 2 ? (count, end) : nil
    }

    /// «الشاب», «والطفل», «، الشهيدة»: a definite singular person (or martyr) noun that
    /// starts a named victim; after the first, joined by و or after a comma.
    private func isVictimHead(_ s: Int, first: Bool) -> Bool {
        let t = tokens[s]
        let joined = first || t.boundary == .comma || t.key.unicodeScalars.first == "و"
        guard joined, t.boundary < .hard || first else { return false }
        if MartyrdomWords.martyrTitles.contains(t) { return true }
        guard let p = person(s), p.number == .singular, p.definite else { return false }
        return first ? !p.conjoined : (p.conjoined || t.boundary == .comma)
    }

    /// A word that may be part of a name: no number, trigger, stop word or person noun.
    private func isNameWord(_ s: Int) -> Bool {
        let t = tokens[s]
        return !t.isNumber && !NumberParser.isNumberWord(t.key) && CasualtyWords.triggers[t] == nil
            && !CasualtyWords.stops.contains(t) && person(s) == nil && !MartyrdomWords.afterName.contains(t)
    }

    /// The end of the name right after k («الشهيد محمد الأحمد»), or nil when none follows.
    private func nameEnd(after k: Int) -> Int? {
        var s = k + 1
        while s < min(hi, k + 1 + MartyrdomWords.longestName), tokens[s].boundary < .comma, isNameWord(s) {
            s += 1
        }
        return s > k + 1 ? s : nil
    }

    /// An obituary verb before k («نعت», «ننعى», «تزف») or a death told of the name after it
    /// («الذي قضى», «الذي ارتقى»).
    private func isObituary(around k: Int) -> Bool {
        var s = k - 1
        while s >= max(lo, k - MartyrdomWords.obituaryReach) {
            if MartyrdomWords.obituaryVerbs.contains(tokens[s]) { return true }
            s -= 1
        }
        s = k + 1
        while s + 1 < min(hi, k + MartyrdomWords.obituaryReach) {
            if MartyrdomWords.relatives.contains(tokens[s]), MartyrdomWords.diedVerbs.contains(tokens[s + 1]) {
                return true
            }
            s += 1
        }
        return false
    }
}

enum MartyrdomWords {
    /// Most tokens a victim's name takes («محمد خالد أحمد العلي أبو …»).
    static let longestName = 6
    /// Most tokens a list of named victims takes.
    static let longestList = 40
    /// How far an obituary verb stands from «الشهيد».
    static let obituaryReach = 12

    static let ali = Word("علي")
    /// «الشهيد», «والشهيدة»: a martyr named next.
    static let martyrTitles = WordSet(.exact, [
        "الشهيد", "الشهيدة", "والشهيد", "والشهيدة", "للشهيد", "للشهيدة", "الشهيدين", "والشهيدين",
    ])
    /// Obituary verbs: «نعت», «ننعى», «تنعى», «زفت» (a martyr announced to the town).
    static let obituaryVerbs = WordSet(.exact, [
        "نعت", "نعى", "ننعى", "تنعى", "ينعى", "ونعت", "ونعى", "نعوة", "زفت", "تزف", "نزف", "يزف",
        "وزفت",
    ])
    static let relatives = WordSet(.exact, ["الذي", "التي", "الذين", "اللذين"])
    /// Deaths told after the name: «الذي قضى», «الذي ارتقى».
    static let diedVerbs = WordSet(.exact, [
        "قضى", "قضت", "قضوا", "ارتقى", "ارتقت", "ارتقوا", "استشهد", "استشهدت", "استشهدوا", "قتل",
        "قتلت", "قتلوا", "توفي", "توفيت", "لقي", "لقيت",
    ])
    /// Words that end a name: a relative pronoun, «جراء» and the like are in
    /// `CasualtyWords.stops`; these are the rest.
    static let afterName = WordSet(.exact, [
        "بعد", "متأثرا", "متأثرة", "متاثرا", "إثر", "بقصف", "بغارة", "بغارات", "برصاص", "بانفجار",
        "بنيران", "بقذيفة", "بصاروخ", "ابن", "ابنة", "من", "وهو", "وهي", "وذلك", "اليوم", "أمس",
    ])

    /// «حصيلة أولية», «حصيلة غير نهائية»: a first count of one incident.
    static let preliminary = WordSet(.exact, ["أولية", "اولية", "الأولية", "مبدئية", "المبدئية"])
    static let countNouns = WordSet(.exact, ["حصيلة", "الحصيلة", "وحصيلة", "بحصيلة"])
}

extension CasualtyReader {
    /// The clause is labelled a first count of one incident («حصيلة أولية: استشهاد 5
    /// مدنيين», «… في حصيلة أولية»), which is not a campaign's rising toll. Only the label,
    /// set off by punctuation or ending the clause: a count reported earlier and revised
    /// since («وكان المرصد أفاد في حصيلة أولية عن 18 قتيلا، إلا أنها واصلت الارتفاع») is the
    /// rising count it was.
    static func isPreliminaryCount(_ tokens: [Token], in range: Range<Int>) -> Bool {
        for i in range.dropFirst() where MartyrdomWords.preliminary.contains(tokens[i]) {
            guard MartyrdomWords.countNouns.contains(tokens[i - 1]) else { continue }
            if i + 1 == range.upperBound || tokens[i + 1].boundary >= .quote { return true }
        }
        return false
    }
}
