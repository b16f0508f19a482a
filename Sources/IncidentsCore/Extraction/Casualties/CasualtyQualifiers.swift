/// Qualifiers: the hedges before and after a figure («ما لا يقل عن», «نحو», «على الأقل»)
/// and the injury phrase after an injury figure («بجروح متفاوتة»).
extension CasualtyScan {
    func matches(_ seq: [String], at j: Int, limit: Int) -> Bool {
        guard j + seq.count <= limit else { return false }
        for (i, w) in seq.enumerated() where tokens[j + i].key != w { return false }
        return true
    }

    /// A hedge before the number: («ما لا يقل عن», «أكثر من», «نحو», «ما بين»).
    func prefixQualifier(at j: Int, limit: Int) -> (Casualty.Qualifier, Int, Bool)? {
        guard j < limit, let options = CasualtyWords.prefixHedges[key(j)] else { return nil }
        for h in options where matches(h.words, at: j, limit: limit) {
            return (h.qualifier, h.words.count, h.isRange)
        }
        return nil
    }

    /// «على الأقل», «تقريباً» right at `j`.
    func hedgeAfter(_ j: Int, limit: Int) -> (Casualty.Qualifier, Int)? {
        for h in CasualtyWords.postHedges where matches(h.words, at: j, limit: limit) {
            return (h.qualifier, j + h.words.count)
        }
        return nil
    }

    /// «… على الأقل» within two words after the figure («25 شخصاً مدنياً على الأقل»).
    func trailingQualifier(from j: Int) -> (Casualty.Qualifier, Int)? {
        var s = j
        while s < min(hi, j + 3) {
            if s > j && tokens[s].boundary >= .comma { return nil }
            if let r = hedgeAfter(s, limit: hi) { return r }
            let k = key(s)
            if CasualtyWords.triggers[k] != nil || CasualtyWords.stops.contains(k) || CasualtyWords.subset.contains(k) { return nil }
            if k.unicodeScalars.first == "و" { return nil }
            s += 1
        }
        return nil
    }

    /// Skips «بجروح», «بجروح متفاوتة» after an injury figure.
    func skipInjuryPhrase(from j: Int) -> Int {
        guard j < hi, tokens[j].boundary < .comma, CasualtyWords.woundPhrase.contains(key(j)) else { return j }
        if j + 1 < hi, tokens[j + 1].boundary < .comma, CasualtyWords.woundAdjectives.contains(key(j + 1)) {
            return j + 2
        }
        return j + 1
    }
}

struct CasualtyHedge {
    var words: [String]
    var qualifier: Casualty.Qualifier
    var isRange: Bool = false
}

extension CasualtyWords {
    private static func hedges(_ list: [(String, Casualty.Qualifier)], range: Bool = false) -> [CasualtyHedge] {
        list.map { (text, q) in
            CasualtyHedge(words: text.split(separator: " ").map { ArabicNormalizer.key(String($0)) }, qualifier: q,
                  isRange: range)
        }
    }

    /// First word → hedges that start with it, longest first.
    static let prefixHedges: [String: [CasualtyHedge]] = {
        let all = hedges([
            ("ما لا يقل عن", .atLeast), ("ما لا يقل على", .atLeast), ("لا يقل عن", .atLeast),
            ("لا يقل على", .atLeast), ("ما لا تقل عن", .atLeast), ("ما لايقل عن", .atLeast),
            ("لايقل عن", .atLeast), ("على الأقل", .atLeast),
            ("أكثر من", .moreThan), ("أكثر", .moreThan), ("ما يزيد عن", .moreThan), ("ما يزيد على", .moreThan),
            ("يزيد عن", .moreThan), ("يزيد على", .moreThan), ("أزيد من", .moreThan),
            ("ما يربو على", .moreThan), ("ما يربو عن", .moreThan), ("يربو على", .moreThan),
            ("ما يفوق", .moreThan), ("يفوق", .moreThan), ("ما يتجاوز", .moreThan), ("يتجاوز", .moreThan),
            ("نحو", .about), ("حوالي", .about), ("قرابة", .about), ("زهاء", .about), ("ما يقارب", .about),
            ("يقارب", .about), ("ما يقرب من", .about), ("قرابة ال", .about), ("نحو ال", .about),
            ("حوالي ال", .about), ("تقريبا", .about),
        ]) + hedges([("ما بين", .atLeast), ("بين", .atLeast)], range: true)
        var table: [String: [CasualtyHedge]] = [:]
        for h in all {
            table[h.words[0], default: []].append(h)
            // «وأكثر من», «وحوالي».
            var conjoined = h
            conjoined.words[0] = "و" + h.words[0]
            table[conjoined.words[0], default: []].append(conjoined)
        }
        for (k, v) in table { table[k] = v.sorted { $0.words.count > $1.words.count } }
        return table
    }()

    static let postHedges: [CasualtyHedge] = hedges([
        ("على الأقل", .atLeast), ("على أقل تقدير", .atLeast), ("تقريبا", .about), ("على وجه التقريب", .about),
    ])
}
