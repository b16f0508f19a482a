/// A number read from the tokens of an article.
public struct NumberMatch: Sendable, Equatable {
    /// The integer, or nil for a vague quantity («عشرات», «عدد من»).
    public var value: Int?
    /// For a vague quantity: its words as token keys, without a leading و/ب/ل
    /// («عشرات», «العشرات», «عشرات الالاف», «عدد من», «عدد اخر من», «بضعه»).
    public var vagueWord: String?
    /// True when the number is a dual noun («شخصين», «مدنيان»): value 2, and the token is
    /// also the counted noun.
    public var isDual: Bool
    /// The tokens read, as indices into the token array.
    public var range: Range<Int>

    public init(value: Int?, vagueWord: String? = nil, isDual: Bool = false, range: Range<Int>) {
        self.value = value
        self.vagueWord = vagueWord
        self.isDual = isDual
        self.range = range
    }
}

/// Reads cardinal numbers in digits or words, vague quantifiers and dual nouns.
///
/// The number grammar is the word layer's; which dual nouns count («شخصين», «قتيلين») is
/// the caller's lexicon (`dualNouns`: casualty reading passes the nouns that count people).
///
/// Grammar (big to small, continuation words carry «و»): «خمسة وثلاثين» = 35,
/// «مئة وثمانية وستين» = 168, «ثلاث مئة» = 300, «ثلاثة عشر» = 13, «خمسة وعشرون ألفا» = 25000,
/// «ألف ومئتين وخمسة وثلاثين» = 1235, «40 ألف» = 40000, «2.5 مليون» = 2500000. The first word
/// may carry و, ب or ل («وخمسة»). «أحد/إحدى» before a noun is 1 («أحد عناصر»). «ثلاثة وأربعة»
/// is read as 3: two small numbers joined by و are two numbers, not one. Fractions of a scale
/// word: «نصف مليون» = 500000, «ربع مليون» = 250000, «مليون ونصف» = 1500000; «نصف القتلى»
/// is a share, not a number.
public struct NumberParser: Sendable {
    /// Dual nouns read as the number 2 (keys, matched exactly).
    let dualNouns: WordSet

    init(dualNouns: WordSet) { self.dualNouns = dualNouns }

    public func parse(_ tokens: [Token], at i: Int) -> NumberMatch? {
        parse(tokens, at: i, limit: tokens.count)
    }

    /// As `parse(_:at:)`, reading no token at or after `limit`.
    func parse(_ tokens: [Token], at i: Int, limit: Int) -> NumberMatch? {
        let limit = min(limit, tokens.count)
        guard i >= 0, i < limit else { return nil }
        let token = tokens[i]
        if token.isNumber {
            return Self.parseDigits(tokens, at: i, limit: limit)
        }
        if let entry = Self.table[token] {
            switch entry.word {
            case .vague(let kind):
                return Self.parseVague(tokens, at: i, limit: limit, kind: kind, prefix: entry.prefix)
            case .scale(_, .plural):
                return Self.vagueMatch(tokens, i..<i + 1, prefix: entry.prefix)
            case .fraction(let num, let den):
                // «نصف مليون» = 500000, «ربع مليون»; a fraction of a noun («نصف القتلى») is
                // a share of a count, not a count.
                guard entry.prefix == 0, i + 1 < limit, let s = Self.table[tokens[i + 1]], s.prefix == 0,
                    case .scale(let scale, .singular) = s.word
                else { return nil }
                return NumberMatch(value: scale * num / den, range: i..<i + 2)
            default:
                if let (value, end) = Self.readWords(tokens, at: i, limit: limit) {
                    return NumberMatch(value: value, range: i..<end)
                }
                return nil
            }
        }
        if dualNouns.contains(token) {
            return NumberMatch(value: 2, isDual: true, range: i..<i + 1)
        }
        return nil
    }

    /// True when the key is a number word or vague quantifier (with or without a prefix).
    static func isNumberWord(_ key: String) -> Bool { table[key] != nil }

    // MARK: - Digits

    /// The integer value of an ASCII digit key: «25», «1,200», «2.500» (a thousands dot).
    /// Nil for a fraction («2.5») or a key that is too long.
    static func integerValue(ofDigits key: String) -> Int? {
        guard let (whole, fraction, fractionDigits, thousands) = splitDigits(key) else { return nil }
        if fractionDigits == 0 { return whole }
        if thousands { return whole * 1000 + fraction }
        return nil
    }

    /// Splits a digit key into (whole, fraction, fraction digits, dot-before-three-digits).
    /// «1,200» and «1.250.000» are thousands; «2.5» is a fraction; «2.500» is either (a scale
    /// word after it decides).
    private static func splitDigits(_ key: String) -> (Int, Int, Int, Bool)? {
        var groups: [(value: Int, digits: Int)] = []
        var dots = 0
        var commas = 0
        var value = 0
        var count = 0
        for b in key.utf8 {
            if b >= 0x30 && b <= 0x39 {
                guard count < 13 else { return nil }
                value = value * 10 + Int(b - 0x30)
                count += 1
            } else if b == 0x2C || b == 0x2E {
                guard count > 0 else { return nil }
                if b == 0x2C { commas += 1 } else { dots += 1 }
                groups.append((value, count))
                value = 0
                count = 0
            } else {
                return nil
            }
        }
        guard count > 0 else { return nil }
        groups.append((value, count))
        if groups.count == 1 { return (value, 0, 0, false) }
        let threes = groups.dropFirst().allSatisfy { $0.digits == 3 }
        if threes && (dots == 0 || (commas == 0 && groups.count > 2)) {
            var total = 0
            for g in groups { total = total * 1000 + g.value }
            guard total < 1_000_000_000_000 else { return nil }
            return (total, 0, 0, false)
        }
        guard groups.count == 2 else { return nil }
        return (groups[0].value, groups[1].value, groups[1].digits, threes && dots == 1)
    }

    private static func parseDigits(_ tokens: [Token], at i: Int, limit: Int) -> NumberMatch? {
        guard let (whole, fraction, fractionDigits, thousandsDot) = splitDigits(tokens[i].key) else {
            return nil
        }
        // A scale word after the digits: «40 ألف», «4 آلاف», «2.5 مليون».
        if i + 1 < limit, let e = table[tokens[i + 1]], e.prefix == 0,
            case .scale(let scale, let form) = e.word, form != .dual
        {
            var pow10 = 1
            for _ in 0..<fractionDigits { pow10 *= 10 }
            var value = whole * scale + (fractionDigits > 0 ? fraction * scale / pow10 : 0)
            var end = i + 2
            // «42 ألفا و384», «3 آلاف وخمسمئة»: a smaller part after و.
            if fractionDigits == 0, end < limit {
                if tokens[end].key == "و", end + 1 < limit, tokens[end + 1].isNumber,
                    let rest = integerValue(ofDigits: tokens[end + 1].key), rest < scale
                {
                    value += rest
                    end += 2
                } else if let n = table[tokens[end]], n.prefix == 1, case .fraction(let num, let den) = n.word {
                    // «2 مليون ونصف».
                    value += scale * num / den
                    end += 1
                } else if let n = table[tokens[end]], n.prefix == 1,
                    let (rest, e2) = readWords(tokens, at: end, limit: limit), rest < scale
                {
                    value += rest
                    end = e2
                }
            }
            return NumberMatch(value: value, range: i..<end)
        }
        if fractionDigits == 0 { return NumberMatch(value: whole, range: i..<i + 1) }
        if thousandsDot { return NumberMatch(value: whole * 1000 + fraction, range: i..<i + 1) }
        return nil
    }

    // MARK: - Vague quantities

    private static func parseVague(
        _ tokens: [Token], at i: Int, limit: Int, kind: VagueKind, prefix: UInt8
    ) -> NumberMatch? {
        let next = i + 1 < limit ? tokens[i + 1].key : ""
        switch kind {
        case .plain:
            // «عشرات الآلاف», «بضعة آلاف», «مئات الملايين», «بضع عشرات».
            if thousandsWords.contains(next) || (fewWords.contains(tokens[i].key) && tensWords.contains(next)) {
                return vagueMatch(tokens, i..<i + 2, prefix: prefix)
            }
            return vagueMatch(tokens, i..<i + 1, prefix: prefix)
        case .many:
            // «العديد من»; «العديد» alone.
            return vagueMatch(tokens, i..<(next == minKey ? i + 2 : i + 1), prefix: prefix)
        case .count:
            // «عدد من», «عدد آخر من», «عدد كبير من», «عددا من»; «عدد» alone is not a quantity.
            if next == minKey { return vagueMatch(tokens, i..<i + 2, prefix: prefix) }
            if countAdjectives.contains(next), i + 2 < limit, tokens[i + 2].key == minKey {
                return vagueMatch(tokens, i..<i + 3, prefix: prefix)
            }
            return nil
        }
    }

    private static func vagueMatch(_ tokens: [Token], _ range: Range<Int>, prefix: UInt8) -> NumberMatch {
        var words = ""
        for k in range {
            if k > range.lowerBound { words += " " }
            if k == range.lowerBound && prefix != 0 {
                words += String(String.UnicodeScalarView(tokens[k].key.unicodeScalars.dropFirst()))
            } else {
                words += tokens[k].key
            }
        }
        return NumberMatch(value: nil, vagueWord: words, range: range)
    }

    // MARK: - Number words

    /// Reads a number in words starting at i. Returns its value and the end index.
    private static func readWords(_ tokens: [Token], at i: Int, limit: Int) -> (Int, Int)? {
        var total = 0
        var p = i
        var first = true
        var lastScale = Int.max
        while p < limit {
            guard let e = table[tokens[p]], first ? true : e.prefix == 1 else { break }
            var consumedScale = false
            if case .scale(let scale, let form) = e.word {
                // A scale word with no coefficient: «ألف» = 1000, «ألفين» = 2000.
                guard scale < lastScale, form != .plural else { break }
                total += (form == .dual ? 2 : 1) * scale
                lastScale = scale
                p += 1
                consumedScale = true
            } else if let (group, end) = readBelowThousand(tokens, at: p, limit: limit, first: first) {
                if group >= lastScale { break }
                p = end
                if p < limit, let s = table[tokens[p]], s.prefix == 0,
                    case .scale(let scale, let form) = s.word, form != .dual, scale < lastScale,
                    group * scale < lastScale
                {
                    total += group * scale
                    lastScale = scale
                    p += 1
                    consumedScale = true
                } else {
                    total += group
                    p = end
                    break
                }
            } else {
                break
            }
            first = false
            // After a scale, a smaller part may follow with و: «ألف ومئتين», «ثلاثة آلاف وخمسمئة»,
            // or a fraction of the scale: «مليون ونصف», «ألف وربع».
            guard consumedScale, p < limit, let n = table[tokens[p]], n.prefix == 1 else { break }
            if case .vague = n.word { break }
            if case .fraction(let num, let den) = n.word {
                total += lastScale * num / den
                p += 1
                break
            }
        }
        return p > i && total > 0 ? (total, p) : nil
    }

    /// A number below 1000: hundreds, then units and tens.
    private static func readBelowThousand(
        _ tokens: [Token], at p: Int, limit: Int, first: Bool
    ) -> (Int, Int)? {
        guard let e = table[tokens[p]], first || e.prefix == 1 else { return nil }
        if case .hundred(let h) = e.word {
            if let (rest, end) = readBelowHundred(tokens, at: p + 1, limit: limit, first: false) {
                return (h + rest, end)
            }
            return (h, p + 1)
        }
        // «ثلاث مئة», «خمس مائة»: a unit and a separate hundred.
        if case .unit(let u) = e.word, (3...9).contains(u), p + 1 < limit,
            let h = table[tokens[p + 1]], h.prefix == 0, case .hundred(100) = h.word
        {
            if let (rest, end) = readBelowHundred(tokens, at: p + 2, limit: limit, first: false) {
                return (u * 100 + rest, end)
            }
            return (u * 100, p + 2)
        }
        return readBelowHundred(tokens, at: p, limit: limit, first: first)
    }

    /// A number below 100: a unit, a teen, a ten, or a unit and a ten («خمسة وثلاثين»).
    private static func readBelowHundred(
        _ tokens: [Token], at p: Int, limit: Int, first: Bool
    ) -> (Int, Int)? {
        guard p < limit, let e = table[tokens[p]], first || e.prefix == 1 else { return nil }
        let nextEntry = p + 1 < limit ? table[tokens[p + 1]] : nil
        let nextIsTen = nextEntry.map { $0.prefix == 0 && $0.word == .unit(10) } ?? false
        var nextTens: Int? = nil
        if let n = nextEntry, n.prefix == 1, case .tens(let t) = n.word { nextTens = t }
        switch e.word {
        case .unit(let u):
            if u <= 9 && nextIsTen { return (10 + u, p + 2) }
            if let t = nextTens, u <= 9 { return (u + t, p + 2) }
            return (u, p + 1)
        case .ahad:
            if nextIsTen { return (11, p + 2) }
            if let t = nextTens { return (1 + t, p + 2) }
            // «أحد عناصر», «إحدى الضحايا»: one of; a noun must follow.
            guard first, p + 1 < limit, nextEntry == nil, !tokens[p + 1].isNumber else { return nil }
            return (1, p + 1)
        case .twelveHead:
            return nextIsTen ? (12, p + 2) : nil
        case .tens(let t):
            return (t, p + 1)
        default:
            return nil
        }
    }

    // MARK: - Tables

    enum ScaleForm: Sendable, Equatable { case singular, dual, plural }
    enum VagueKind: Sendable, Equatable { case plain, many, count }

    enum NumberWord: Sendable, Equatable {
        case unit(Int)
        /// أحد / إحدى: 11 before عشر, 21… before و+tens, "one of" before a noun.
        case ahad
        /// اثنا / اثني / اثنتا / اثنتي: only in 12.
        case twelveHead
        case tens(Int)
        case hundred(Int)
        case scale(Int, ScaleForm)
        case vague(VagueKind)
        /// نصف / ربع / ثلث: num/den of a scale word («نصف مليون», «مليون ونصف»).
        case fraction(Int, Int)
    }

    struct Entry: Sendable {
        var word: NumberWord
        /// 0: none, 1: و, 2: ب, 3: ل.
        var prefix: UInt8
    }

    private static let minKey = ArabicNormalizer.key("من")
    private static let thousandsWords = WordSet(.exact, ["آلاف", "الآلاف", "ألوف", "الألوف", "ملايين", "الملايين"])
    private static let fewWords = WordSet(.exact, ["بضع", "بضعة", "عدة", "وبضع", "وبضعة", "وعدة"])
    private static let tensWords = WordSet(.exact, ["عشرات", "مئات"])
    private static let countAdjectives = WordSet(.exact, ["آخر", "كبير", "قليل", "إضافي", "أكبر"])

    static let table: WordTable<Entry> = {
        var words: [(String, NumberWord)] = []
        let units: [(Int, [String])] = [
            // «أحدهما», «إحداهن»: one of them.
            (1, ["واحد", "واحدة", "واحدا", "أحدهما", "أحدهم", "أحدهن", "إحداهما", "إحداهن", "إحداها", "أحدها"]),
            (2, ["اثنان", "اثنين", "إثنان", "إثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين"]),
            (3, ["ثلاثة", "ثلاث"]), (4, ["أربعة", "أربع"]), (5, ["خمسة", "خمس"]), (6, ["ستة", "ست"]),
            (7, ["سبعة", "سبع"]), (8, ["ثمانية", "ثمان", "ثماني"]), (9, ["تسعة", "تسع"]),
            (10, ["عشرة", "عشر"]),
        ]
        for (v, forms) in units { for f in forms { words.append((f, .unit(v))) } }
        for f in ["أحد", "إحدى"] { words.append((f, .ahad)) }
        for f in ["اثنا", "اثني", "اثنتا", "اثنتي", "إثنا", "إثني"] { words.append((f, .twelveHead)) }
        let tens: [(Int, String)] = [
            (20, "عشر"), (30, "ثلاث"), (40, "أربع"), (50, "خمس"), (60, "ست"), (70, "سبع"), (80, "ثمان"),
            (90, "تسع"),
        ]
        for (v, stem) in tens {
            words.append((stem + "ون", .tens(v)))
            words.append((stem + "ين", .tens(v)))
        }
        for f in ["مئة", "مائة", "مية"] { words.append((f, .hundred(100))) }
        for f in ["مئتان", "مائتان", "مئتين", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي"] {
            words.append((f, .hundred(200)))
        }
        let hundredUnits: [(Int, [String])] = [
            (3, ["ثلاث", "ثلث"]), (4, ["أربع"]), (5, ["خمس"]), (6, ["ست"]), (7, ["سبع"]),
            (8, ["ثمان", "ثماني"]), (9, ["تسع"]),
        ]
        for (u, stems) in hundredUnits {
            for s in stems {
                words.append((s + "مئة", .hundred(u * 100)))
                words.append((s + "مائة", .hundred(u * 100)))
            }
        }
        let scales: [(Int, ScaleForm, [String])] = [
            (1000, .singular, ["ألف", "ألفا"]), (1000, .dual, ["ألفان", "ألفين", "ألفي"]),
            (1000, .plural, ["آلاف", "ألوف"]),
            (1_000_000, .singular, ["مليون", "مليونا"]), (1_000_000, .dual, ["مليونان", "مليونين", "مليوني"]),
            (1_000_000, .plural, ["ملايين"]),
            (1_000_000_000, .singular, ["مليار", "مليارا", "بليون"]),
            (1_000_000_000, .dual, ["ملياران", "مليارين"]), (1_000_000_000, .plural, ["مليارات"]),
        ]
        for (v, form, forms) in scales { for f in forms { words.append((f, .scale(v, form))) } }
        for f in ["عشرات", "العشرات", "مئات", "المئات", "الآلاف", "الألوف", "الملايين", "بضعة", "بضع", "عدة"] {
            words.append((f, .vague(.plain)))
        }
        words.append(("العديد", .vague(.many)))
        for (f, num, den) in [("نصف", 1, 2), ("ربع", 1, 4), ("ثلث", 1, 3)] { words.append((f, .fraction(num, den))) }
        for f in ["عدد", "عددا"] { words.append((f, .vague(.count))) }

        var table: [String: Entry] = [:]
        // Plain forms first, so that a prefixed form never hides a plain one («واحد»).
        for (w, word) in words { table[ArabicNormalizer.key(w)] = Entry(word: word, prefix: 0) }
        for (p, code) in [("و", UInt8(1)), ("ب", 2), ("ل", 3)] {
            for (w, word) in words {
                let key = ArabicNormalizer.key(p + w)
                if table[key] == nil { table[key] = Entry(word: word, prefix: code) }
            }
        }
        return WordTable(keys: table)
    }()
}
