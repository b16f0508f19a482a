/// Splits an article into clauses: token ranges that cover every token, in order.
///
/// 1. Hard punctuation (. ! ? ; newline) always ends a clause.
/// 2. A comma followed by a discourse marker («، في حين», «، بينما»), or by و/ف + a
///    reporting verb («، وأضاف»), starts a clause.
/// 3. Where punctuation is missing (a run of `softRun` or more tokens with no comma or full
///    stop), a clause also starts before a discourse marker and before و/ف + a reporting or
///    event verb («وقال», «وقتل», «فيما», «من جهة أخرى»). In a very long sentence (no full
///    stop for `longSentence` tokens) a comma before و + an event verb splits too.
///
/// No split leaves a piece of fewer than `minClause` tokens; shorter hard-bounded pieces
/// (datelines, «(أ ف ب)») join the clause before them, or the next one at the start.
/// Not split: bare و + noun («قوات النظام والمسلحين»), أن/إن complements, relative clauses,
/// «فيما يتعلق/يخص/بعد/بين…».
public enum ClauseSplitter {
    static let minClause = 3
    static let softRun = 30
    static let longSentence = 60

    public static func clauses(_ text: TokenizedText) -> [Range<Int>] {
        clauses(text.tokens)
    }

    static func clauses(_ tokens: [Token]) -> [Range<Int>] {
        let n = tokens.count
        guard n > 0 else { return [] }

        // Sentences between hard boundaries.
        var pieces: [Range<Int>] = []
        var sentenceStart = 0
        for k in 1...n where k == n || tokens[k].boundary == .hard {
            splitSentence(tokens, sentenceStart..<k, into: &pieces)
            sentenceStart = k
        }
        return mergeShort(pieces)
    }

    /// Splits one hard-bounded sentence at commas + markers and, where punctuation is
    /// missing, at markers and و + verbs.
    private static func splitSentence(_ tokens: [Token], _ sentence: Range<Int>, into out: inout [Range<Int>]) {
        let long = sentence.count >= longSentence
        // The comma-free run that contains the current token.
        func runEnd(from j: Int) -> Int {
            var e = j
            while e < sentence.upperBound && tokens[e].boundary < .comma { e += 1 }
            return e
        }
        var runStart = sentence.lowerBound
        var currentRunEnd = runEnd(from: sentence.lowerBound + 1)
        var clauseStart = sentence.lowerBound
        var k = sentence.lowerBound + 1
        while k < sentence.upperBound {
            let t = tokens[k]
            if t.boundary >= .comma {
                runStart = k
                currentRunEnd = runEnd(from: k + 1)
            }
            let split: Bool
            if k - clauseStart < minClause || sentence.upperBound - k < minClause {
                split = false
            } else if t.boundary >= .comma {
                switch startsClause(tokens, at: k, end: sentence.upperBound) {
                case .marker, .reportingVerb: split = true
                case .eventVerb: split = long
                case .none: split = false
                }
            } else if currentRunEnd - runStart >= softRun {
                split = startsClause(tokens, at: k, end: sentence.upperBound) != .none
            } else {
                split = false
            }
            if split {
                out.append(clauseStart..<k)
                clauseStart = k
            }
            k += 1
        }
        out.append(clauseStart..<sentence.upperBound)
    }

    /// Joins pieces shorter than `minClause` to the previous clause (or the next one when
    /// the piece comes first).
    private static func mergeShort(_ pieces: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(pieces.count)
        var pendingStart: Int? = nil
        for p in pieces {
            if p.count < minClause {
                if let last = out.popLast() {
                    out.append(last.lowerBound..<p.upperBound)
                } else if pendingStart == nil {
                    pendingStart = p.lowerBound
                }
                continue
            }
            if let s = pendingStart {
                out.append(s..<p.upperBound)
                pendingStart = nil
            } else {
                out.append(p)
            }
        }
        if let s = pendingStart {
            // Nothing but short pieces: one clause.
            out.append(s..<(pieces.last?.upperBound ?? s))
        }
        return out
    }

    enum Opener: Equatable { case none, marker, reportingVerb, eventVerb }

    /// What kind of clause opener starts at token k, if any.
    static func startsClause(_ tokens: [Token], at k: Int, end: Int) -> Opener {
        let token = tokens[k]
        // One cheap lookup (by the token's hash) rules out almost every token.
        guard firstWords.contains(token) else { return .none }
        if let sequences = markers[token] {
            for rest in sequences where k + rest.count < end {
                var ok = true
                for j in rest.indices where tokens[k + 1 + j] != rest[j] {
                    ok = false
                    break
                }
                if ok && (rest.count == 0 || noBreakInside(tokens, k + 1, k + 1 + rest.count)) {
                    return .marker
                }
            }
        }
        if connectives.contains(token) {
            if k + 1 < end, notAfterFiima.contains(tokens[k + 1]) { return .none }
            return .marker
        }
        if let v = conjoinedVerbs[token] { return v }
        // «وقد قتل», «كما أفاد»: a particle, then a bare verb.
        if verbParticles.contains(token), k + 1 < end, tokens[k + 1].boundary < .comma,
            let v = bareVerbs[tokens[k + 1]]
        {
            return v
        }
        return .none
    }

    private static func noBreakInside(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        var j = from
        while j < to {
            if tokens[j].boundary >= .comma { return false }
            j += 1
        }
        return true
    }

    // MARK: - Lexicon (written Arabic, normalised at load)

    private static let markerPhrases: [String] = [
        "من جهة أخرى", "من جهة ثانية", "من ناحية أخرى", "من ناحية ثانية", "من جانب آخر",
        "من جهته", "من جهتها", "من جانبه", "من جانبها", "على صعيد متصل", "على صعيد آخر",
        "على صعيد منفصل", "في سياق متصل", "في سياق آخر", "في سياق منفصل", "في شأن متصل",
        "في الشأن ذاته", "في الشأن نفسه", "في تطور آخر", "في تطور لاحق", "في غضون ذلك",
        "في هذه الأثناء", "في الأثناء", "في الوقت نفسه", "في الوقت ذاته", "إلى ذلك",
        "بالإضافة إلى ذلك", "إضافة إلى ذلك", "في المقابل", "في حين", "يأتي ذلك", "جاء ذلك",
        "تزامن ذلك", "بالتزامن مع ذلك", "بحسب", "وفق", "وفقا", "ميدانيا",
    ]
    /// Phrases that open a clause only with a و («وبحسب», «ووفق»): bare, they are inside one.
    private static let conjunctionOnly = WordSet(.exact, ["بحسب", "وفق", "وفقا"])

    /// First token key → the keys of the words that must follow it.
    private static let markerKeys: [String: [[String]]] = {
        var table: [String: [[String]]] = [:]
        for phrase in markerPhrases {
            let words = phrase.split(separator: " ").map { ArabicNormalizer.key(String($0)) }
            guard let first = words.first else { continue }
            let rest = Array(words.dropFirst())
            let starts = conjunctionOnly.contains(first) && rest.isEmpty
                ? ["و" + first] : [first, "و" + first]
            for s in starts { table[s, default: []].append(rest) }
        }
        // Longest first.
        for (k, v) in table { table[k] = v.sorted { $0.count > $1.count } }
        return table
    }()

    /// `markerKeys` as a word table, the following words as `Word`s.
    private static let markers = WordTable(keys: markerKeys.mapValues { $0.map { $0.map(Word.init(key:)) } })

    /// Single-word connectives of contrast and simultaneity.
    private static let connectives = WordSet(.exact, ["بينما", "وبينما", "فيما", "وفيما"])
    /// «فيما يتعلق», «فيما بعد», «فيما بينهم»: not a clause opener.
    private static let notAfterFiima = WordSet(.exact, [
        "يتعلق", "تتعلق", "يخص", "تخص", "يتصل", "بعد", "بين", "بينها", "بينهم", "بينهما", "يلي",
        "إذا", "اذا", "لو", "يبدو", "عدا", "يختص",
    ])

    private static let reportingVerbs = [
        "قال", "قالت", "أفاد", "أفادت", "ذكر", "ذكرت", "أكد", "أكدت", "أشار", "أشارت", "أضاف",
        "أضافت", "تابع", "تابعت", "أوضح", "أوضحت", "أعلن", "أعلنت", "نقل", "نقلت", "اعتبر",
        "اعتبرت", "أورد", "أوردت", "بث", "بثت", "نشر", "نشرت", "حذر", "حذرت", "وثق", "وثقت",
        "تحدث", "تحدثت", "يقول", "تقول", "يضيف", "تضيف", "لفت", "لفتت", "نفى", "نفت", "أفادوا",
        "قالوا", "ذكروا", "أكدوا",
    ]
    private static let eventVerbs = [
        "قتل", "قتلت", "قتلوا", "أصيب", "أصيبت", "أصيبوا", "لقي", "لقيت", "لقوا", "سقط", "سقطت",
        "استهدف", "استهدفت", "شن", "شنت", "قصف", "قصفت", "ألقى", "ألقت", "اندلع", "اندلعت", "دار",
        "دارت", "انفجر", "انفجرت", "فجر", "فجرت", "تمكن", "تمكنت", "تمكنوا", "سيطر", "سيطرت",
        "أسفر", "أسفرت", "قضى", "قضت", "قضوا", "ارتفع", "ارتفعت", "استشهد", "استشهدت", "أعدم",
        "أعدمت", "هاجم", "هاجمت", "اقتحم", "اقتحمت", "اختطف", "اختطفت", "اعتقل", "اعتقلت",
    ]

    private static let bareVerbKeys: [String: Opener] = {
        var table: [String: Opener] = [:]
        for v in eventVerbs { table[ArabicNormalizer.key(v)] = .eventVerb }
        for v in reportingVerbs { table[ArabicNormalizer.key(v)] = .reportingVerb }
        return table
    }()
    private static let bareVerbs = WordTable(keys: bareVerbKeys)

    /// True for و/ف + a reporting or event verb («واعتقل», «وقال»).
    static func isConjoinedVerb(_ key: String) -> Bool { conjoinedVerbs[key] != nil }

    /// و/ف + verb: «وقال», «فقتل».
    private static let conjoinedVerbKeys: [String: Opener] = {
        var table: [String: Opener] = [:]
        for (v, kind) in bareVerbKeys {
            table["و" + v] = kind
            table["ف" + v] = kind
        }
        return table
    }()
    private static let conjoinedVerbs = WordTable(keys: conjoinedVerbKeys)

    /// Every key that can start an opener.
    private static let firstWords: WordSet = {
        var keys = Set(markerKeys.keys).union(connectives.keys).union(verbParticles.keys)
        keys.formUnion(conjoinedVerbKeys.keys)
        return WordSet(keys: keys)
    }()

    /// Particles before a bare verb that open a clause: «وقد», «فقد», «كما», «ثم».
    private static let verbParticles = WordSet(.exact, ["وقد", "فقد", "كما", "وكما", "ثم"])
}
