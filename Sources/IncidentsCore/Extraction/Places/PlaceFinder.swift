/// One place named in the text.
public struct PlaceMention: Sendable, Equatable {
    /// Display name: the gazetteer's `nameAr` when matched (the row's own name, not the
    /// alias the text used: «كوباني» → «عين العرب»), else the words as written with harakat
    /// stripped. Neighbourhood and landmark names keep their noun («حي الحميدية»,
    /// «سد أبو كلة», «بادية تدمر»); settlement nouns are dropped («قرية حطلة» → «حطلة»).
    /// `mentions(in: [Token], ...)` has no original text: unknown names are then given as
    /// their keys («حاره البدو»).
    public var name: String
    /// Token indices, from the place-type noun (and a lone «لـ») to the last word read
    /// (direction adjectives of «ريف حلب الشمالي» included).
    public var range: Range<Int>
    /// The gazetteer row, when the name is in the gazetteer and its reading is certain.
    public var place: Place?
    /// The governorate: the row's, or the anchor's for a place the gazetteer lacks
    /// («حطلة بريف دير الزور» → دير الزور). Nil when the text does not support one.
    public var governorate: Place?
    /// The district, when the row or the anchor gives it.
    public var district: Place?
    /// A back-reference («المدينة», «البلدة», «ريف المدينة»): the caller resolves it from
    /// the places named before.
    public var isGeneric: Bool
    /// Outside Syria («لبنان», «مدينة كلس التركية», «X في تركيا») or a border with another
    /// country («الحدود العراقية»): never given a governorate.
    public var isForeign: Bool
    /// Every gazetteer row the words could name (empty for a name not in the gazetteer).
    /// When they lie in several governorates and nothing in the range decides, `place`
    /// and `governorate` are nil and the caller may decide from the article.
    public var candidates: [Place]
    /// Located relative to a back-reference («ضاحية جزرة غرب المدينة»): the governorate
    /// is that of the place the back-reference points to, which the caller knows.
    public var anchoredToGeneric: Bool

    public init(
        name: String, range: Range<Int>, place: Place? = nil, governorate: Place? = nil,
        district: Place? = nil, isGeneric: Bool = false, isForeign: Bool = false,
        candidates: [Place] = [], anchoredToGeneric: Bool = false
    ) {
        self.name = name
        self.range = range
        self.place = place
        self.governorate = governorate
        self.district = district
        self.isGeneric = isGeneric
        self.isForeign = isForeign
        self.candidates = candidates
        self.anchoredToGeneric = anchoredToGeneric
    }
}

/// Finds places in a token range.
///
/// - Gazetteer names, longest first, with proclitics on the first word only («وبدير
///   الزور», «بريف دمشق», «لحلب»). Names that are common words need a cue: a place-type
///   noun, a preposition or an anchor (`PlaceLexicon.strict`, `needsCue`).
/// - Place-type nouns (`PlaceLexicon.nouns`) introduce places; after one, a name not in
///   the gazetteer is still a place (up to 3 words, ending at punctuation or a stop word).
/// - «ريف X» is governorate X («ريف حلب الشمالي»); «ريف مدينة X» is the town X;
///   «ريف دمشق» is the governorate ريف دمشق; «محافظة X» is the governorate.
/// - Anchors locate a place: «X شمال (مدينة) Y», «X بريف Y», «X في ريف Y», «X قرب Y»,
///   «X التابعة لـ Y», «X الواقعة إلى الشرق من مدينة Y في ...», chained right to left. An
///   unknown X takes Y's governorate (and district when Y gives one); a known X whose
///   governorate contradicts a firm anchor is read as another place of the same name.
/// - Levels: after «مدينة/بلدة/قرية» the town row; after «ناحية» the subdistrict; after
///   «منطقة» the district; after «محافظة» the governorate; a bare name prefers town,
///   governorate, district, subdistrict, in that order.
/// - Foreign places and borders are returned flagged `isForeign`, without a governorate.
public enum PlaceFinder {
    /// Mentions in `tokens[range]`, in text order (names given as keys when unknown).
    public static func mentions(in tokens: [Token], range: Range<Int>) -> [PlaceMention] {
        var f = Finder(t: tokens, scalars: nil, range: range)
        return f.run()
    }

    /// Mentions in `text.tokens[range]`, unknown names spelled as written.
    public static func mentions(in text: TokenizedText, range: Range<Int>) -> [PlaceMention] {
        var f = Finder(t: text.tokens, scalars: text.scalars, range: range)
        return f.run()
    }

    // MARK: - Tables

    enum Tables {
        static let gazetteer = Gazetteer.shared
        static let foreignByFirst: WordTable<[[String]]> = byFirst(PlaceLexicon.foreign)
        static let syriaByFirst: WordTable<[[String]]> = byFirst(PlaceLexicon.syria.keys)
        static let rif = ArabicNormalizer.key("ريف")
        static let prepositionKeys = PlaceLexicon.prepositions
        static let orgHeads = WordSet(.exact, [
            "مجلس", "حملة", "تنسيقية", "شبكة", "جامعة", "نادي", "فريق", "تجمع", "اتحاد",
            "إذاعة", "قناة", "صحيفة", "جريدة", "موقع", "وكالة", "لواء", "كتيبة", "تنسيقيات",
            "ومجلس", "لمجلس",
        ])
        static let nameStarters = WordSet(.exact, ["جديد", "جديدة"])
        static let listIntro = WordSet(.exact, ["هي", "وهي", "هما", "منها"])
        static let loneClitics = WordSet(.exact, [
            "ل", "ب", "و", "ف", "لل", "ول", "وب", "فب", "فل",
        ])
        static let fi = WordSet(.exact, ["في", "فى"])
        static let nounsAfterFi = WordSet(.exact, [
            "ريف", "محافظة", "محيط", "أطراف",
        ])
        /// Foreign adjectives that put a place outside Syria when they follow it (not
        /// «الروسية»: «قاعدة حميميم الروسية» is in Syria).
        static let outsideAdjectives = WordSet(.exact, [
            "العراقية", "العراقي", "التركية", "التركي", "اللبنانية", "اللبناني", "الأردنية",
            "الأردني", "الفلسطينية", "المصرية", "المصري", "السعودية", "الليبية", "اليمنية",
            "الكويتية", "القطرية", "الإماراتية", "التونسية", "الجزائرية", "المغربية",
            "السودانية", "الإسرائيلية", "الأفغانية", "الباكستانية",
        ])
        static let foreignDisplay: [String: String] = {
            var d: [String: String] = [:]
            for f in PlaceLexicon.foreign where d[ArabicNormalizer.wordKey(f)] == nil {
                d[ArabicNormalizer.wordKey(f)] = f
            }
            return d
        }()

        /// What can start a mention: gazetteer names, place-type nouns, back-references,
        /// foreign places, borders, stations.
        static let index: CliticReadings = {
            var words = Set<String>()
            words.formUnion(PlaceLexicon.nouns.keys)
            words.formUnion(PlaceLexicon.generic.keys)
            words.formUnion(foreignByFirst.keys)
            words.formUnion(syriaByFirst.keys)
            words.formUnion(PlaceLexicon.border.keys)
            words.formUnion(PlaceLexicon.station.keys)
            let gaz = Set(gazetteer.scanByFirst.keys).subtracting(words)
            return CliticReadings(groups: [(Array(words), 2), (Array(gaz), 3)])
        }()
        /// Words between a place and its anchor (read only around mentions).
        static let connectorIndex: CliticReadings = {
            var words = Set<String>()
            words.formUnion(PlaceLexicon.directions.keys)
            words.formUnion(PlaceLexicon.connectors.keys)
            words.formUnion(PlaceLexicon.strongConnectors.keys)
            words.formUnion(PlaceLexicon.nouns.keys)
            words.formUnion(PlaceLexicon.generic.keys)
            return CliticReadings(stems: words)
        }()

        static func byFirst(_ list: [String]) -> WordTable<[[String]]> {
            var d = WordTable<[[String]]>()
            for f in list {
                let w = ArabicNormalizer.wordKey(f).split(separator: " ").map(String.init)
                guard let first = w.first else { continue }
                d[first, default: []].append(Array(w.dropFirst()))
            }
            return d.mapValues { $0.sorted { $0.count > $1.count } }
        }
    }
}

// MARK: - The scanner

/// A mention while the range is being read.
private struct Raw {
    var m: PlaceMention
    /// The proclitic on the first token (an anchor needs ب, a list item carries و).
    var proclitic: Proclitic
    /// «ريف X».
    var isRural = false
    /// The name is the gazetteer's but its reading may be corrected by an anchor.
    var hits: [Gazetteer.Hit] = []
    var kind: PlaceLexicon.NounKind? = nil
    /// A landmark located by the known place inside its name («بادية تدمر»).
    var inner: Place? = nil
    /// A common-word name admitted by a preposition or an anchor (not by a noun).
    var byCue = false
    /// A common-word name admitted only because an anchor follows it.
    var byAnchorOnly = false
    /// Dropped after all (an anchor contradicted a common-word name).
    var dropped = false
}

/// How an anchor relates a place to the place that locates it.
private enum Relation {
    /// «X في Y», «X بمدينة Y».
    case inside
    /// «X شمال Y», «X قرب Y», «X الواقعة على بعد ... من Y»: near, maybe across a line.
    case near
    /// «X بريف Y», «X التابعة لـ Y», «X في محافظة Y».
    case firm
}

private struct Finder {
    let t: [Token]
    let scalars: [Unicode.Scalar]?
    let lo: Int
    let end: Int
    let g = PlaceFinder.Tables.gazetteer
    var raws: [Raw] = []

    init(t: [Token], scalars: [Unicode.Scalar]?, range: Range<Int>) {
        self.t = t
        self.scalars = scalars
        self.lo = max(0, range.lowerBound)
        self.end = min(range.upperBound, t.count)
    }

    typealias L = PlaceLexicon
    typealias T = PlaceFinder.Tables

    mutating func run() -> [PlaceMention] {
        var i = lo
        while i < end {
            let before = raws.count
            let next = parse(at: i)
            if raws.count > before || next > i + 1 {
                i = max(i + 1, next)
            } else {
                i += 1
            }
        }
        anchor()
        disambiguate()
        return raws.filter { !$0.dropped }.map(\.m)
    }

    // MARK: Reading one position

    /// Reads what starts at `i`, appends mentions, returns where to continue.
    mutating func parse(at i: Int) -> Int {
        // «لـ"الرقة"»: a lone proclitic glued to the next word.
        if t[i].key.utf8.count <= 4, T.loneClitics.contains(t[i].key), i + 1 < end,
            t[i + 1].boundary <= .quote
        {
            let before = raws.count
            let next = parse(at: i + 1)
            if raws.count > before {
                raws[before].m.range = i..<raws[before].m.range.upperBound
                if raws[before].proclitic.isEmpty {
                    raws[before].proclitic = Proclitic(
                        conjunction: nil, preposition: t[i].key.unicodeScalars.last)
                }
            }
            return next
        }
        let readings = T.index.readings(t[i])
        if readings.isEmpty { return i + 1 }
        for r in readings {
            if let e = matchWords(T.syriaByFirst, r.stem, at: i) { return e }
            if let e = matchWords(T.foreignByFirst, r.stem, at: i) {
                let key = ([r.stem] + t[(i + 1)..<e].map(\.key)).joined(separator: " ")
                add(Raw(
                    m: PlaceMention(
                        name: T.foreignDisplay[key] ?? key, range: i..<e, isForeign: true),
                    proclitic: r.proclitic))
                return e
            }
            if L.border.contains(r.stem), let e = borderEnd(after: i) {
                add(Raw(
                    m: PlaceMention(name: words(i..<e, stripFirst: r.proclitic), range: i..<e,
                                    isForeign: true),
                    proclitic: r.proclitic))
                return e
            }
            if L.station.contains(r.stem), i + 1 < end, t[i + 1].boundary == .space,
                L.ordinals.contains(t[i + 1].key)
            {
                add(Raw(
                    m: PlaceMention(name: words(i..<(i + 2), stripFirst: r.proclitic),
                                    range: i..<(i + 2)),
                    proclitic: r.proclitic, kind: .landmark))
                return i + 2
            }
        }
        // Gazetteer names (whole token first, then proclitics, longest name first).
        if let gm = gazMatch(at: i, readings: readings) {
            let verdict = acceptBare(key: gm.key, at: i, end: gm.end, proclitic: gm.proclitic)
            if verdict.accept {
                var e = gm.end
                var raw = known(key: gm.key, range: i..<e, kind: nil, proclitic: gm.proclitic)
                raw.byCue = verdict.byCue
                raw.byAnchorOnly = verdict.byAnchorOnly
                if gm.key.hasPrefix("ريف ") {
                    raw.isRural = true
                    e = absorbDirections(from: e)
                    raw.m.range = i..<e
                }
                add(raw)
                return markOutside(e)
            }
            return gm.end
        }
        for r in readings {
            if let noun = L.nouns[r.stem] {
                let before = raws.count
                let e = parseNoun(noun, key: r.stem, at: i, proclitic: r.proclitic)
                if raws.count > before || e > i + 1 { return e }
            }
            if L.generic.contains(r.stem) {
                add(Raw(
                    m: PlaceMention(name: words(i..<(i + 1), stripFirst: r.proclitic),
                                    range: i..<(i + 1), isGeneric: true),
                    proclitic: r.proclitic))
                return i + 1
            }
        }
        return i + 1
    }

    mutating func add(_ r: Raw) { raws.append(r) }

    /// A name of the gazetteer at `i`: the longest over all readings of the first word.
    func gazMatch(
        at i: Int, readings: [CliticReading]? = nil, whole: Bool = false
    ) -> (end: Int, key: String, proclitic: Proclitic)? {
        var best: (end: Int, key: String, proclitic: Proclitic)? = nil
        let rs = readings ?? T.index.readings(t[i])
        for r in rs {
            if whole && !r.proclitic.isEmpty { continue }
            guard let rests = g.scanByFirst[r.stem] else { continue }
            for rest in rests {
                let e = i + 1 + rest.count
                if e > end { continue }
                if let b = best, e <= b.end { break }
                var ok = true
                for (n, w) in rest.enumerated() {
                    let tok = t[i + 1 + n]
                    if tok.boundary > .space || !sameKey(tok.key, w) { ok = false; break }
                }
                if ok {
                    best = (e, ([r.stem] + rest).joined(separator: " "), r.proclitic)
                    break
                }
            }
        }
        return best
    }

    func matchWords(_ table: WordTable<[[String]]>, _ stem: String, at i: Int) -> Int? {
        guard let rests = table[stem] else { return nil }
        for rest in rests {
            let e = i + 1 + rest.count
            if e > end { continue }
            var ok = true
            for (n, w) in rest.enumerated() where t[i + 1 + n].boundary > .space
                || !sameKey(t[i + 1 + n].key, w)
            {
                ok = false
                break
            }
            if ok { return e }
        }
        return nil
    }

    /// «الحدود العراقية», «الحدود السورية التركية», «الحدود مع تركيا».
    func borderEnd(after i: Int) -> Int? {
        var e = i + 1
        while e < end, t[e].boundary <= .quote, L.borderAdjectives.contains(t[e].key) { e += 1 }
        if e > i + 1, t[(i + 1)..<e].contains(where: { L.foreignAdjectives.contains($0.key) }) {
            return e
        }
        if i + 2 < end, t[i + 1].key == "مع", t[i + 2].boundary <= .quote,
            T.foreignByFirst[t[i + 2].key] != nil
        {
            return matchWords(T.foreignByFirst, t[i + 2].key, at: i + 2)
        }
        return nil
    }

    // MARK: Cues

    func acceptBare(
        key: String, at i: Int, end e: Int, proclitic: Proclitic
    ) -> (accept: Bool, byCue: Bool, byAnchorOnly: Bool) {
        // «مجلس الرقة المدني», «حملة "الرقة تذبح بصمت"»: an organisation, not a place.
        if i > 0, t[i].boundary <= .quote, proclitic.isEmpty, T.orgHeads.contains(t[i - 1].key) {
            return (false, false, false)
        }
        let strict = L.strict.contains(key)
        let cue = L.needsCue.contains(key)
        guard strict || cue else { return (true, false, false) }
        // «تل أبيض وكوباني»: coordinated with the (Syrian) place just named.
        if proclitic.conjunction != nil, let last = raws.last, last.m.range.upperBound == i,
            !last.m.isForeign, !last.m.isGeneric
        {
            return (true, true, false)
        }
        if !strict {
            if proclitic.hasPlacePreposition { return (true, true, false) }
            if i > 0, t[i].boundary <= .quote, T.prepositionKeys.contains(t[i - 1].key) {
                return (true, true, false)
            }
        }
        if anchorFollows(e) { return (true, true, true) }
        return (false, false, false)
    }

    /// An anchor starts at `e`: a direction or proximity word, «بريف», «في ريف/محافظة»,
    /// followed by a place-type noun or a gazetteer name («الراعي شمال حلب»).
    func anchorFollows(_ e: Int) -> Bool {
        guard e < end, t[e].boundary <= .comma else { return false }
        var j = e
        var seen = false
        while j < end, j - e < 4, t[j].boundary <= .comma {
            var connector = false
            for r in T.connectorIndex.readings(t[j]) {
                if L.directions.contains(r.stem) || L.strongConnectors.contains(r.stem) {
                    connector = true
                    seen = true
                } else if sameKey(r.stem, T.rif) {
                    return seen || r.proclitic.preposition == "ب"
                        || (j > e && T.fi.contains(t[j - 1].key))
                } else if T.nounsAfterFi.contains(r.stem), j > e, T.fi.contains(t[j - 1].key) {
                    return true
                } else if L.connectors.contains(r.stem) {
                    connector = true
                }
            }
            if !connector {
                guard seen else { return false }
                // The word after the direction must start a place.
                for r in T.index.readings(t[j]) {
                    if L.nouns[r.stem] != nil || L.generic.contains(r.stem)
                        || g.scanByFirst[r.stem] != nil
                    {
                        return true
                    }
                }
                return false
            }
            j += 1
        }
        return false
    }

    // MARK: Nouns

    mutating func parseNoun(
        _ noun: L.Noun, key nounKey: String, at i: Int, proclitic: Proclitic
    ) -> Int {
        var n = i + 1
        guard n < end, t[n].boundary <= .quote else { return i + 1 }
        if noun.kind == .rural { return parseRural(at: i, proclitic: proclitic) }
        if noun.plural, T.listIntro.contains(t[n].key), n + 1 < end, t[n + 1].boundary <= .quote {
            n += 1
        }
        // A full alias with the noun: «مخيم اليرموك», «منطقة الباب».
        for len in stride(from: 3, through: 1, by: -1) where n + len <= end {
            if t[(n + 1)..<(n + len)].contains(where: { $0.boundary > .space }) { continue }
            let name = t[n..<(n + len)].map(\.key).joined(separator: " ")
            if let aliasHits = g.byKey[nounKey + " " + name], !aliasHits.isEmpty {
                // The alias and the name itself: the noun then picks the level.
                var hits = aliasHits
                for h in g.byKey[name] ?? [] where !hits.contains(where: { $0.index == h.index }) {
                    hits.append(h)
                }
                var raw = known(hits: hits, range: i..<(n + len), kind: noun.kind, proclitic: proclitic)
                raw.kind = noun.kind
                add(raw)
                return markOutside(n + len)
            }
        }
        // Foreign: «مدينة الموصل».
        if let e = matchWords(T.foreignByFirst, t[n].key, at: n) {
            let key = t[n..<e].map(\.key).joined(separator: " ")
            add(Raw(
                m: PlaceMention(name: T.foreignDisplay[key] ?? key, range: i..<e, isForeign: true),
                proclitic: proclitic))
            return e
        }
        // A landmark noun after an area noun: «منطقة جبل المعزة».
        if noun.kind != .landmark, t[n].boundary == .space,
            let inner = L.nouns[t[n].key], inner.kind == .landmark
        {
            let before = raws.count
            let e = parseNoun(inner, key: t[n].key, at: n, proclitic: .none)
            if raws.count > before {
                raws[before].m.range = i..<raws[before].m.range.upperBound
                raws[before].proclitic = proclitic
                return e
            }
        }
        var e: Int
        if let gm = gazMatch(at: n, whole: true) {
            e = gm.end
            switch noun.kind {
            case .neighbourhood:
                // Towns share names with neighbourhoods: only neighbourhood-level rows.
                let local = (g.byKey[gm.key] ?? []).filter { g.places[$0.index].level == .local }
                if local.isEmpty {
                    add(unknown(
                        name: display(noun) + " " + words(n..<e), range: i..<e,
                        proclitic: proclitic, kind: noun.kind))
                } else {
                    add(known(hits: local, range: i..<e, kind: noun.kind, proclitic: proclitic))
                }
            case .landmark:
                let hits = g.byKey[gm.key] ?? []
                let choice = choose(hits, kind: nil)
                e = absorbDirections(from: e)
                var raw = unknown(
                    name: display(noun) + " " + words(n..<gm.end), range: i..<e,
                    proclitic: proclitic, kind: noun.kind)
                if let p = choice.place {
                    raw.inner = p
                    raw.m.governorate = g.governorate(of: p)
                    raw.m.district = p.level == .governorate ? nil : g.district(of: p)
                }
                add(raw)
            case .governorate:
                let hits = (g.byKey[gm.key] ?? []).filter {
                    g.places[$0.index].level == .governorate
                }
                if hits.isEmpty {
                    add(unknown(name: words(n..<e), range: i..<e, proclitic: proclitic,
                                kind: noun.kind))
                } else {
                    add(known(hits: hits, range: i..<e, kind: .governorate, proclitic: proclitic))
                }
            default:
                var raw = known(key: gm.key, range: i..<e, kind: noun.kind, proclitic: proclitic)
                raw.kind = noun.kind
                add(raw)
            }
        } else if let name = readName(
            at: n, kind: noun.kind, definiteOnly: L.definiteNames.contains(nounKey))
        {
            e = name.upperBound
            let keep = noun.kind == .neighbourhood || noun.kind == .landmark
            if noun.kind == .landmark { e = absorbDirections(from: e) }
            add(unknown(
                name: (keep && !noun.plural ? display(noun) + " " : "") + words(name),
                range: i..<e, proclitic: proclitic, kind: noun.kind))
        } else {
            return i + 1
        }
        e = markOutside(e)
        if noun.plural { e = readList(from: e, kind: noun.kind) }
        return e
    }

    /// «ريف حلب الشمالي» (governorate), «ريف مدينة الباب» (the town), «ريف المدينة»
    /// (generic).
    mutating func parseRural(at i: Int, proclitic: Proclitic) -> Int {
        var j = i + 1
        var after: L.NounKind? = nil
        if let noun = L.nouns[t[j].key], noun.kind != .rural, noun.kind != .landmark,
            noun.kind != .neighbourhood, j + 1 < end, t[j + 1].boundary <= .quote
        {
            after = noun.kind
            j += 1
        }
        if L.generic.contains(t[j].key) {
            let e = absorbDirections(from: j + 1)
            add(Raw(
                m: PlaceMention(name: words(i..<(j + 1), stripFirst: proclitic), range: i..<e,
                                isGeneric: true),
                proclitic: proclitic, isRural: true))
            return e
        }
        guard let gm = gazMatch(at: j, whole: true) else {
            if let name = readName(at: j, kind: .settlement) {
                let e = absorbDirections(from: name.upperBound)
                var raw = unknown(name: words(name), range: i..<e, proclitic: proclitic,
                                  kind: .rural)
                raw.isRural = true
                add(raw)
                return e
            }
            return i + 1
        }
        let hits = g.byKey[gm.key] ?? []
        let govHits = hits.filter { g.places[$0.index].level == .governorate }
        var raw: Raw
        if (after == nil || after == .governorate), !govHits.isEmpty {
            raw = known(hits: govHits, range: i..<gm.end, kind: .governorate, proclitic: proclitic)
        } else {
            raw = known(hits: hits, range: i..<gm.end, kind: after ?? .rural, proclitic: proclitic)
        }
        raw.isRural = true
        let e = absorbDirections(from: gm.end)
        raw.m.range = i..<e
        add(raw)
        return e
    }

    /// The words of an unknown name after a noun: up to 3, ending at punctuation, a stop
    /// word, a number, a conjunction or a place-type noun.
    func readName(at n: Int, kind: L.NounKind, definiteOnly: Bool = false) -> Range<Int>? {
        guard n < end, t[n].boundary <= .quote else { return nil }
        let quoted = t[n].boundary == .quote
        var e = n
        while e < end, e - n < 3 {
            let tok = t[e]
            if e > n && tok.boundary != .space { break }
            let k = tok.key
            if tok.isNumber || L.stopWords.contains(k) || k.unicodeScalars.count < 2 { break }
            if e > n {
                if k.unicodeScalars.first == "و" { break }
                if L.directionAdjectives.contains(k) || L.foreignAdjectives.contains(k)
                    || L.directions.contains(k) || L.cityAdjectives[k] != nil
                {
                    break
                }
                if L.nouns[k] != nil || L.generic.contains(k) { break }
            }
            var isLead = false
            for r in T.connectorIndex.readings(k) where !r.proclitic.isEmpty {
                if L.nouns[r.stem] != nil || L.generic.contains(r.stem)
                    || L.directions.contains(r.stem) || L.connectors.contains(r.stem)
                {
                    isLead = true
                }
            }
            if isLead { break }
            e += 1
        }
        guard e > n else { return nil }
        let first = t[n].key
        // «قرية جديد عكيدات»: «جديد» starts names when another word follows.
        if Self.notName(first) && !(e - n >= 2 && T.nameStarters.contains(first)) { return nil }
        if (kind == .area || definiteOnly) && !quoted {
            let definite = hasArticle(first)
            let construct = e - n >= 2 && hasArticle(t[n + 1].key)
            if !(definite || construct) { return nil }
        }
        return n..<e
    }

    /// A first word that cannot start a name: a description, a back-reference, an actor,
    /// a victim, or any of these behind a proclitic («لخفض», «للنازحين»).
    static func notName(_ k: String) -> Bool {
        func bad(_ w: String) -> Bool {
            L.notNames.contains(w) || L.generic.contains(w) || L.syria.contains(w)
                || L.stopWords.contains(w) || ActorMatcher.Tables.formsByFirst[w] != nil
                || TargetReader.byFirst[w] != nil
        }
        var it = k.unicodeScalars.makeIterator()
        if bad(k) || (it.next() == "ل" && it.next() == "ل") { return true }
        let s = k.unicodeScalars
        if let f = s.first, f == "ل" || f == "ب" || f == "ك" || f == "و", s.count > 3,
            bad(String(s.dropFirst()))
        {
            return true
        }
        return false
    }

    /// Items after a plural noun: «قرى (أم تنك، الجربوع، جرو)», «أحياء البلعوم والبلوط».
    mutating func readList(from start: Int, kind: L.NounKind) -> Int {
        var e = start
        var count = 0
        while e < end, count < 12 {
            let tok = t[e]
            if tok.boundary == .hard { break }
            var stripped = Proclitic.none
            var n = e
            if tok.boundary == .space {
                // Needs a conjunction: «والبلوط», «وكوباني».
                guard tok.key.unicodeScalars.first == "و" else { break }
                stripped = Proclitic(conjunction: "و", preposition: nil)
            }
            // A new noun or a stop word ends the list; the main loop reads it.
            let bare = stripped.isEmpty ? tok.key : String(tok.key.unicodeScalars.dropFirst())
            if L.nouns[bare] != nil || L.stopWords.contains(bare) || L.generic.contains(bare) {
                break
            }
            if let gm = gazMatch(at: n) , gm.proclitic == stripped {
                if kind == .neighbourhood {
                    add(unknown(name: words(n..<gm.end, stripFirst: stripped), range: n..<gm.end,
                                proclitic: stripped, kind: kind))
                } else {
                    var raw = known(key: gm.key, range: n..<gm.end, kind: kind, proclitic: stripped)
                    raw.kind = kind
                    add(raw)
                }
                e = gm.end
            } else {
                guard bare.unicodeScalars.count >= 2, !Self.notName(bare) else { break }
                n = e + 1
                while n < end, n - e < 3, t[n].boundary == .space,
                    t[n].key.unicodeScalars.first != "و", !L.stopWords.contains(t[n].key),
                    !t[n].isNumber, !L.directionAdjectives.contains(t[n].key)
                {
                    n += 1
                }
                add(unknown(name: words(e..<n, stripFirst: stripped), range: e..<n,
                            proclitic: stripped, kind: kind))
                e = n
            }
            count += 1
        }
        return e
    }

    /// «الشرقي», «الشمالي الشرقي» after «ريف حلب».
    func absorbDirections(from start: Int) -> Int {
        var e = start
        while e < end, e - start < 2, t[e].boundary == .space,
            L.directionAdjectives.contains(t[e].key)
        {
            e += 1
        }
        return e
    }

    /// A foreign demonym right after the last mention puts it outside Syria; a city
    /// adjective («حي جوبر الدمشقي») gives an unknown place its governorate.
    mutating func markOutside(_ e: Int) -> Int {
        guard e < end, t[e].boundary == .space, !raws.isEmpty else { return e }
        if let pcode = L.cityAdjectives[t[e].key] {
            let n = raws.count - 1
            if raws[n].m.place == nil, raws[n].m.governorate == nil, !raws[n].m.isForeign,
                let gov = g.place(pcode: pcode)
            {
                raws[n].m.governorate = gov
                raws[n].m.range = raws[n].m.range.lowerBound..<(e + 1)
                return e + 1
            }
            return e
        }
        guard T.outsideAdjectives.contains(t[e].key) else { return e }
        let n = raws.count - 1
        raws[n].m.isForeign = true
        raws[n].m.place = nil
        raws[n].m.governorate = nil
        raws[n].m.district = nil
        raws[n].inner = nil
        raws[n].m.range = raws[n].m.range.lowerBound..<(e + 1)
        return e + 1
    }

    // MARK: Building mentions

    func known(key: String, range: Range<Int>, kind: L.NounKind?, proclitic: Proclitic) -> Raw {
        known(hits: g.byKey[key] ?? [], range: range, kind: kind, proclitic: proclitic)
    }

    func known(
        hits: [Gazetteer.Hit], range: Range<Int>, kind: L.NounKind?, proclitic: Proclitic
    ) -> Raw {
        let c = choose(hits, kind: kind)
        var m = PlaceMention(
            name: c.display, range: range, place: c.place,
            candidates: hits.map { g.places[$0.index] })
        if let p = c.place {
            m.governorate = g.governorate(of: p)
            m.district = g.district(of: p)
        }
        var raw = Raw(m: m, proclitic: proclitic)
        raw.hits = hits
        raw.kind = kind
        return raw
    }

    func unknown(name: String, range: Range<Int>, proclitic: Proclitic, kind: L.NounKind?) -> Raw {
        var raw = Raw(m: PlaceMention(name: name, range: range), proclitic: proclitic)
        raw.kind = kind
        return raw
    }

    /// The reading of a gazetteer name: by the level the noun (or its absence) prefers,
    /// then the row whose own name it is; displayed by a row's own name when one matches
    /// («اللاذقية» → the town row, named «اللاذقية» rather than its «لاذقية»). Nil place
    /// when its rows lie in several governorates.
    func choose(_ hits: [Gazetteer.Hit], kind: L.NounKind?) -> (place: Place?, display: String) {
        guard !hits.isEmpty else { return (nil, "") }
        let pref = L.preference(kind)
        func rank(_ h: Gazetteer.Hit) -> (Int, Int) {
            let lv = pref.firstIndex(of: g.places[h.index].level) ?? pref.count
            return (lv, h.isName ? 0 : 1)
        }
        let sorted = hits.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        let best = sorted[0]
        let bestPlace = g.places[best.index]
        var display = bestPlace.nameAr
        if !best.isName || bestPlace.nameAr.split(separator: " ").contains(where: { $0.count < 2 }) {
            if let own = sorted.first(where: { $0.isName && !g.places[$0.index].nameAr
                .split(separator: " ").contains(where: { $0.count < 2 }) })
            {
                display = g.places[own.index].nameAr
            }
        }
        let govs = Set(hits.compactMap { g.governorate(of: g.places[$0.index])?.pcode })
        if govs.count > 1 { return (nil, display) }
        return (bestPlace, display)
    }

    // MARK: Anchors and ambiguity

    mutating func anchor() {
        guard raws.count > 1 else { return }
        for a in stride(from: raws.count - 2, through: 0, by: -1) {
            let b = a + 1
            let am = raws[a].m
            guard !am.isGeneric, !am.isForeign else { continue }
            if let p = am.place, p.level == .governorate { continue }
            let gapStart = am.range.upperBound, gapEnd = raws[b].m.range.lowerBound
            guard gapEnd >= gapStart, gapEnd - gapStart <= 8 else { continue }
            if t[gapStart...min(gapEnd, t.count - 1)].contains(where: { $0.boundary == .hard }) {
                continue
            }
            let bp = raws[b].proclitic
            if bp.conjunction != nil { continue }
            var firm = raws[b].isRural
            var near = false
            var inside = false
            var allConnect = true
            var lastBelonging = false
            for k in gapStart..<gapEnd {
                let tok = t[k]
                if tok.isNumber { continue }
                var ok = false
                lastBelonging = false
                for r in T.connectorIndex.readings(tok.key) where r.proclitic.conjunction == nil {
                    if L.belonging.contains(r.stem) {
                        ok = true; firm = true; lastBelonging = true
                    } else if L.directions.contains(r.stem) || L.proximity.contains(r.stem) {
                        ok = true; near = true
                    } else if L.connectors.contains(r.stem) {
                        ok = true
                        if T.fi.contains(r.stem) || r.proclitic.preposition == "ب" { inside = true }
                    }
                }
                if !ok { allConnect = false; break }
            }
            guard allConnect else { continue }
            if bp.preposition == "ب" { inside = true }
            if bp.preposition == "ل" && !lastBelonging { continue }
            if bp.preposition == "ك" { continue }
            // «في محافظة Y»: inside a governorate is firm.
            if inside, let p = raws[b].m.place, p.level == .governorate { firm = true }
            let relation: Relation
            if firm { relation = .firm } else if near { relation = .near } else if inside {
                relation = .inside
            } else {
                continue
            }
            apply(anchor: b, to: a, relation)
        }
    }

    mutating func apply(anchor b: Int, to a: Int, _ relation: Relation) {
        let bm = raws[b].m
        if raws[b].dropped { return }
        if bm.isForeign {
            // «مدينة سنجار غرب الموصل», «X في تركيا».
            if raws[a].m.place == nil && raws[a].inner == nil || raws[a].byCue
                || relation != .inside
            {
                raws[a].m.isForeign = true
                raws[a].m.place = nil
                raws[a].m.governorate = nil
                raws[a].m.district = nil
            }
            return
        }
        guard var bg = bm.governorate else {
            if bm.isGeneric || bm.anchoredToGeneric, raws[a].m.place == nil,
                raws[a].m.governorate == nil
            {
                raws[a].m.anchoredToGeneric = true
            }
            return
        }
        var bd: Place? = {
            if let p = bm.place { return p.level == .governorate ? nil : g.district(of: p) }
            return bm.district
        }()
        // Damascus is the city alone: what lies around it («شرق دمشق») is Rif Dimashq,
        // except the city's own neighbourhoods and camps.
        if relation == .near, bg.pcode == "SY01", raws[a].kind != .neighbourhood,
            let rif = g.place(pcode: "SY03")
        {
            bg = rif
            bd = nil
        }
        if raws[a].m.place == nil {
            if raws[a].inner != nil && raws[a].m.governorate != nil { return }
            if !raws[a].hits.isEmpty, pick(a, governorate: bg) { return }
            raws[a].m.governorate = bg
            raws[a].m.district = bd
            return
        }
        guard let ap = raws[a].m.place, g.governorate(of: ap)?.pcode != bg.pcode else { return }
        if pick(a, governorate: bg) { return }
        if raws[a].byAnchorOnly {
            // A common word that only looked like a place.
            raws[a].dropped = true
            return
        }
        if relation == .firm && ap.level >= .subdistrict {
            // Another place of the same name as the gazetteer's.
            raws[a].m.place = nil
            raws[a].m.governorate = bg
            raws[a].m.district = bd
        }
    }

    /// Reads `a` as its gazetteer row in governorate `gov`, if it has one.
    mutating func pick(_ a: Int, governorate gov: Place) -> Bool {
        let inGov = raws[a].hits.filter {
            g.governorate(of: g.places[$0.index])?.pcode == gov.pcode
        }
        guard !inGov.isEmpty else { return false }
        let c = choose(inGov, kind: raws[a].kind)
        guard let p = c.place else { return false }
        raws[a].m.place = p
        raws[a].m.governorate = g.governorate(of: p)
        raws[a].m.district = g.district(of: p)
        return true
    }

    /// An ambiguous name takes the governorate of another place named in the range.
    mutating func disambiguate() {
        for a in raws.indices where raws[a].m.place == nil && raws[a].m.governorate == nil
            && !raws[a].hits.isEmpty
        {
            for b in raws.indices where b != a {
                if let gov = raws[b].m.governorate, pick(a, governorate: gov) { break }
            }
        }
    }

    // MARK: Names as written

    /// A place-type noun as it starts a display name (its key without the original text).
    func display(_ noun: L.Noun) -> String {
        scalars == nil ? ArabicNormalizer.key(noun.display) : noun.display
    }

    /// The words of a range as written (harakat stripped), or their keys without text.
    func words(_ r: Range<Int>, stripFirst p: Proclitic = .none) -> String {
        guard !r.isEmpty else { return "" }
        guard let s = scalars else {
            var keys = t[r].map(\.key)
            if !p.isEmpty { keys[0] = strip(keys[0], p) }
            return keys.joined(separator: " ")
        }
        var start = t[r.lowerBound].start
        var letters = p.length
        let definiteLam = p.preposition == "ل"
            && startsWithLamLam(s, from: start, skip: p.conjunction == nil ? 0 : 1)
        while letters > 0, start < t[r.lowerBound].end {
            if isLetter(s[start]) { letters -= 1 }
            start += 1
        }
        var view = String.UnicodeScalarView()
        if definiteLam { view.append("ا") }
        for k in start..<t[r.upperBound - 1].end { view.append(s[k]) }
        var text = ArabicNormalizer.stripDiacritics(String(view))
        text = String(text.unicodeScalars.filter { !isFormat($0) }.map(Character.init))
        return text
    }

    private func strip(_ key: String, _ p: Proclitic) -> String {
        var s = Array(key.unicodeScalars)
        let n = min(p.length, s.count)
        let lamLam = p.preposition == "ل" && s.count > n && s[n - 1] == "ل" && s[n] == "ل"
        s.removeFirst(n)
        var v = String.UnicodeScalarView()
        if lamLam { v.append("ا") }
        v.append(contentsOf: s)
        return String(v)
    }

    private func startsWithLamLam(_ s: [Unicode.Scalar], from: Int, skip: Int) -> Bool {
        var seen: [Unicode.Scalar] = []
        var k = from
        while k < s.count, seen.count < skip + 2 {
            if isLetter(s[k]) { seen.append(s[k]) }
            k += 1
        }
        return seen.count == skip + 2 && seen[skip] == "ل" && seen[skip + 1] == "ل"
    }

    private func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x0621 && c.value <= 0x064A) || (c.value >= 0x0671 && c.value <= 0x06D3)
    }

    private func isFormat(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x200C...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2060, 0x00AD, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
