/// One actor named in the text.
public struct ActorMention: Sendable, Equatable {
    /// Canonical slug (`ActorLexicon`).
    public var slug: String
    /// Token indices of the words that name the actor (a head noun such as «طائرات»,
    /// «عناصر» and a lone proclitic token «لـ» included).
    public var range: Range<Int>
    /// «التنظيم» (and «التنظيم المتطرف» ...): ISIS only when the article has been speaking
    /// of it. The caller decides from context; the slug is "isis".
    public var isAnaphor: Bool
    /// A name that is often political rather than armed («المعارضة», «المعارضة السورية»,
    /// «الحكومة السورية», a bare country name «تركيا»): weak evidence of who acted.
    public var isWeak: Bool
    /// Aircraft named by type only («طائرات حربية», «الطيران الحربي», «طائرة مسيرة»): slug
    /// "unknown". It stands for the attacker only when no other actor is named in the
    /// same clause (see `ActorMatcher.resolved`).
    public var isGeneric: Bool

    public init(
        slug: String, range: Range<Int>, isAnaphor: Bool = false, isWeak: Bool = false,
        isGeneric: Bool = false
    ) {
        self.slug = slug
        self.range = range
        self.isAnaphor = isAnaphor
        self.isWeak = isWeak
        self.isGeneric = isGeneric
    }
}

/// Finds actor names in a token range: the longest match of `ActorLexicon` forms, with
/// proclitics on the first token («للتحالف», «لقوات», «بطيران», «وقسد», «لداعش»), plus
/// small grammars for the phrasings reports build around names:
///
/// - aircraft: «طيران/طائرات/مقاتلات/مروحيات [الحربية] + nationality | actor | التابعة لـ X
///   | مجهولة الهوية», with coordination («الطيران السوري والروسي» → regime, russia);
///   aircraft named by type only are `unknown` + `isGeneric`; helicopters with no owner
///   are the regime's (only the regime flies them over Syria in these reports).
/// - fighters: «عناصر/مسلحي/مقاتلي/ميليشيا ... [من] + actor», «جنود أتراك».
/// - proxies: «القوات/الفصائل الموالية لـ/المدعومة من + patron» (the regime, Iran, Russia;
///   Turkey's proxies are the Syrian opposition factions).
/// - tails that stay with the actor: «قوات النظام السوري والمليشيات الموالية له»,
///   «وحلفاؤه», «الإرهابي», «المتطرف».
///
/// False hits avoided: «التحالف» followed by «العربي», «الوطني» ... (other alliances; the
/// indefinite «تحالفا جديدا» never matches), «قوات النظام الإيراني», «التنظيم الدولي».
public enum ActorMatcher {
    /// Mentions in `tokens[range]`, in text order, not overlapping.
    public static func mentions(in tokens: [Token], range: Range<Int>) -> [ActorMention] {
        let end = min(range.upperBound, tokens.count)
        var out: [ActorMention] = []
        var i = max(0, range.lowerBound)
        while i < end {
            if let found = match(tokens, at: i, end: end), let last = found.last {
                out.append(contentsOf: found)
                i = max(i + 1, last.range.upperBound)
            } else {
                i += 1
            }
        }
        return out
    }

    /// The mentions that name who acted, for a caller that has one clause: generic aircraft
    /// are dropped when another (non-weak) actor is named; anaphors are dropped when ISIS
    /// is named explicitly. Order is kept.
    public static func resolved(_ mentions: [ActorMention]) -> [ActorMention] {
        let hasSpecific = mentions.contains { !$0.isGeneric && !$0.isWeak && !$0.isAnaphor }
        let hasIsis = mentions.contains { $0.slug == "isis" && !$0.isAnaphor }
        return mentions.filter { m in
            if m.isGeneric && hasSpecific { return false }
            if m.isAnaphor && hasIsis { return false }
            return true
        }
    }

    // MARK: - One position

    private static func match(_ t: [Token], at i: Int, end: Int) -> [ActorMention]? {
        // «لـ"داعش"»: a lone proclitic token glued by a tatweel or a quote to the next word.
        if t[i].key.utf8.count <= 4, Tables.loneClitics.contains(t[i].key), i + 1 < end,
            t[i + 1].boundary <= .quote
        {
            if var found = matchWord(t, at: i + 1, end: end), !found.isEmpty {
                found[0].range = i..<found[0].range.upperBound
                return found
            }
            return nil
        }
        return matchWord(t, at: i, end: end)
    }

    private static func matchWord(_ t: [Token], at i: Int, end: Int) -> [ActorMention]? {
        let readings = Tables.index.readings(t[i])
        guard !readings.isEmpty else { return nil }
        var best: [ActorMention]? = nil
        var bestEnd = i
        func consider(_ c: [ActorMention]?) {
            guard let c, let last = c.last else { return }
            let e = c.map(\.range.upperBound).max() ?? last.range.upperBound
            if e > bestEnd { best = c; bestEnd = e }
        }
        for r in readings {
            if Tables.aircraftHeads.contains(r.stem) { consider(aircraft(t, head: i, end: end)) }
            if Tables.groupHeads.contains(r.stem) { consider(group(t, head: i, end: end)) }
        }
        if let lex = lexicon(t, at: i, end: end, readings: readings) {
            var m = lex
            m.range = m.range.lowerBound..<absorbTail(t, from: m.range.upperBound, end: end)
            if m.range.upperBound > bestEnd { best = [m]; bestEnd = m.range.upperBound }
        }
        return best
    }

    // MARK: - Lexicon

    /// The longest lexicon form at `i` over all clitic readings of the first token.
    static func lexicon(
        _ t: [Token], at i: Int, end: Int, readings: [CliticReading]? = nil,
        requireLam: Bool = false
    ) -> ActorMention? {
        var best: (form: Tables.Form, end: Int)? = nil
        for r in readings ?? Tables.index.readings(t[i]) {
            if requireLam && !r.proclitic.hasLam { continue }
            guard let forms = Tables.formsByFirst[r.stem] else { continue }
            for f in forms {
                let e = i + 1 + f.rest.count
                if e > end { continue }
                if let b = best, e <= b.end { break }
                var ok = true
                for (k, w) in f.rest.enumerated() {
                    let tok = t[i + 1 + k]
                    if tok.boundary > .quote || !sameKey(tok.key, w) { ok = false; break }
                }
                if ok && !rejected(f, t, next: e, end: end) {
                    best = (f, e)
                    break
                }
            }
        }
        guard let b = best else { return nil }
        return ActorMention(
            slug: b.form.slug, range: i..<b.end, isAnaphor: b.form.anaphor,
            isWeak: b.form.weak, isGeneric: b.form.generic)
    }

    /// Context that shows a form names something else.
    private static func rejected(_ f: Tables.Form, _ t: [Token], next: Int, end: Int) -> Bool {
        guard next < end, t[next].boundary <= .quote else { return false }
        let k = t[next].key
        if sameKey(f.last, Tables.alliance) { return Tables.otherAlliances.contains(k) }
        if sameKey(f.last, Tables.regimeWord) {
            // «قوات النظام الإيراني», «النظام الدولي».
            return !sameKey(k, Tables.syrianM) && hasArticle(k) && k.unicodeScalars.last == "ي"
        }
        if sameKey(f.last, Tables.organisation) { return Tables.otherOrganisations.contains(k) }
        return false
    }

    /// Words after an actor that still belong to it: «الإرهابي», «والمليشيات الموالية له»,
    /// «وحلفاؤه», «المسلحة الموالية له».
    private static func absorbTail(_ t: [Token], from start: Int, end: Int) -> Int {
        var j = start
        while j < end, t[j].boundary <= .quote {
            let k = t[j].key
            if Tables.epithets.contains(k) { j += 1; continue }
            if Tables.allies.contains(k) { j += 1; continue }
            // [و]ال-group + الموالية/المساندة ... + له/لها/معه
            var m = j
            if Tables.followerHeads.contains(stripWa(k)) || Tables.armedAdjectives.contains(k) {
                m += 1
            }
            if m < end, t[m].boundary <= .quote, Tables.loyal.contains(t[m].key),
                m + 1 < end, t[m + 1].boundary <= .quote,
                Tables.pronounObjects.contains(t[m + 1].key)
            {
                j = m + 2
                continue
            }
            break
        }
        return j
    }

    @inline(__always)
    private static func stripWa(_ k: String) -> String {
        k.unicodeScalars.first == "و" ? String(k.unicodeScalars.dropFirst()) : k
    }

    // MARK: - Aircraft

    private static func aircraft(_ t: [Token], head: Int, end: Int) -> [ActorMention]? {
        let headStems = Tables.index.readings(t[head]).map(\.stem)
        var helicopter = headStems.contains { Tables.helicopters.contains($0) }
        var typed = !headStems.contains { Tables.planesGeneral.contains($0) }
        var warplane = false
        var j = head + 1
        // Type words: «الحربية», «المروحية», «المسيرة», «بدون طيار».
        while j < end, t[j].boundary <= .quote {
            let k = stripWa(t[j].key)
            if Tables.warWords.contains(k) { warplane = true; j += 1; continue }
            if Tables.helicopterWords.contains(k) { helicopter = true; j += 1; continue }
            if Tables.droneWords.contains(k) { warplane = true; j += 1; continue }
            if Tables.withoutWords.contains(k), j + 1 < end, t[j + 1].key == "طيار" {
                warplane = true; j += 2; continue
            }
            if k == "من", j + 2 < end, t[j + 1].key == "دون", t[j + 2].key == "طيار" {
                warplane = true; j += 3; continue
            }
            break
        }
        typed = typed || warplane || helicopter
        if j < end, t[j].boundary <= .quote {
            let k = t[j].key
            // Nationality adjectives, coordinated: «السوري والروسي».
            if let slug = Tables.aircraftNationality[k] {
                var out = [ActorMention(slug: slug, range: head..<(j + 1))]
                var n = j + 1
                while n < end, t[n].boundary <= .quote,
                    t[n].key.unicodeScalars.first == "و",
                    let s2 = Tables.aircraftNationality[stripWa(t[n].key)]
                {
                    if !out.contains(where: { $0.slug == s2 }) {
                        out.append(ActorMention(slug: s2, range: n..<(n + 1)))
                    }
                    n += 1
                }
                return out
            }
            // «مجهولة الهوية».
            if Tables.unknownWords.contains(k) {
                var e = j + 1
                if e < end, t[e].key == "الهويه" { e += 1 }
                return [ActorMention(slug: "unknown", range: head..<e)]
            }
            // «التابعة للنظام», «تابعة لقوات التحالف».
            if Tables.belonging.contains(k), j + 1 < end,
                let p = patron(t, at: j + 1, end: end, viaLam: true)
            {
                return [ActorMention(slug: p.slug, range: head..<p.end, isWeak: p.weak)]
            }
            // «يعتقد أنها روسية».
            if k == "يعتقد", j + 2 < end, t[j + 1].key == "انها",
                let slug = Tables.aircraftNationality[t[j + 2].key]
            {
                return [ActorMention(slug: slug, range: head..<(j + 3), isWeak: true)]
            }
            // Genitive: «طائرات التحالف», «طيران النظام».
            if let a = lexicon(t, at: j, end: end), !a.isAnaphor {
                var m = a
                m.range = head..<absorbTail(t, from: a.range.upperBound, end: end)
                // «طيران النظام الحربي».
                while m.range.upperBound < end,
                    Tables.warWords.contains(t[m.range.upperBound].key)
                        || Tables.helicopterWords.contains(t[m.range.upperBound].key)
                {
                    m.range = head..<(m.range.upperBound + 1)
                }
                return [m]
            }
        }
        if helicopter {
            return [ActorMention(slug: "regime", range: head..<j)]
        }
        if typed && j > head + 1 || warplane {
            return [ActorMention(slug: "unknown", range: head..<j, isGeneric: true)]
        }
        return nil
    }

    // MARK: - Fighters and proxies

    private static func group(_ t: [Token], head: Int, end: Int) -> [ActorMention]? {
        var j = head + 1
        guard j < end, t[j].boundary <= .quote else { return nil }
        // «جنود أتراك», «مستشارين إيرانيين».
        if let slug = Tables.groupNationality[t[j].key] {
            return [ActorMention(slug: slug, range: head..<(j + 1))]
        }
        // «عناصر من داعش».
        if t[j].key == "من", j + 1 < end { j += 1 }
        if let a = lexicon(t, at: j, end: end) {
            var m = a
            m.range = head..<absorbTail(t, from: a.range.upperBound, end: end)
            return [m]
        }
        // «القوات [السورية] الموالية للنظام», «الفصائل المدعومة من تركيا».
        j = head + 1
        if Tables.syrianAdjectives.contains(t[j].key), j + 1 < end { j += 1 }
        guard t[j].boundary <= .quote else { return nil }
        let rel = t[j].key
        if Tables.loyal.contains(rel) || Tables.belonging.contains(rel) {
            guard j + 1 < end, let p = patron(t, at: j + 1, end: end, viaLam: true) else {
                return nil
            }
            return [ActorMention(slug: proxy(p.slug), range: head..<p.end, isWeak: p.weak)]
        }
        if Tables.backed.contains(rel), j + 1 < end {
            var n = j + 1
            if t[n].key == "من", n + 1 < end { n += 1 }
            if t[n].key == "قبل", n + 1 < end { n += 1 }
            if let p = patron(t, at: n, end: end, viaLam: false) {
                return [ActorMention(slug: proxy(p.slug), range: head..<p.end, isWeak: p.weak)]
            }
        }
        return nil
    }

    /// Forces loyal to a patron fight for it; the factions Turkey, the coalition and the
    /// United States back are opposition factions.
    private static func proxy(_ patron: String) -> String {
        switch patron {
        case "turkey", "coalition", "usa": return "opposition"
        default: return patron
        }
    }

    /// The patron named at `i` («للنظام», «لتركيا», «لقوات النظام», «من إيران»).
    private static func patron(
        _ t: [Token], at i: Int, end: Int, viaLam: Bool
    ) -> (slug: String, end: Int, weak: Bool)? {
        guard i < end, t[i].boundary <= .quote else { return nil }
        for r in Tables.index.readings(t[i]) {
            if viaLam && !r.proclitic.hasLam { continue }
            if let slug = Tables.patrons[r.stem] {
                var e = i + 1
                while e < end, t[e].boundary <= .quote, Tables.patronTails.contains(t[e].key) {
                    e += 1
                }
                return (slug, e, false)
            }
        }
        if let a = lexicon(t, at: i, end: end, requireLam: viaLam), !a.isAnaphor {
            return (a.slug, a.range.upperBound, false)
        }
        return nil
    }

    // MARK: - Tables

    enum Tables {
        struct Form: Sendable {
            var first: String
            var rest: [String]
            var last: String
            var slug: String
            var weak: Bool
            var anaphor: Bool
            var generic: Bool
        }

        static let alliance = k("التحالف")
        static let regimeWord = k("النظام")
        static let organisation = k("التنظيم")
        static let syrianM = k("السوري")

        /// Forms that are often political: weak evidence of an armed actor.
        static let weakForms = WordSet(.exact, [
            "المعارضة", "المعارضة السورية", "الائتلاف الوطني السوري", "الحكومة السورية",
            "روسيا", "تركيا", "إيران", "الولايات المتحدة", "إسرائيل",
            // «النصرة» is also a common noun («واجب النصرة»).
            "النصرة",
        ])
        /// Aircraft by type only.
        static let genericForms = WordSet(.exact, ["طائرات حربية", "طيران حربي"])
        /// ISIS referred back to.
        static let anaphorForms: [String] = [
            "التنظيم", "التنظيم المتطرف", "التنظيم المتشدد", "التنظيم الإرهابي",
            "التنظيم الارهابي",
        ]

        static let forms: [Form] = {
            var out: [Form] = []
            var seen = Set<String>()
            func add(_ text: String, _ slug: String, anaphor: Bool = false) {
                let key = ArabicNormalizer.wordKey(text)
                let words = key.split(separator: " ").map(String.init)
                guard let first = words.first, seen.insert(key + "|" + slug).inserted else {
                    return
                }
                out.append(Form(
                    first: first, rest: Array(words.dropFirst()), last: words.last ?? first,
                    slug: slug, weak: weakForms.contains(key), anaphor: anaphor,
                    generic: genericForms.contains(key)))
            }
            for a in ActorLexicon.all { for f in a.formsAr { add(f, a.slug) } }
            for f in anaphorForms { add(f, "isis", anaphor: true) }
            return out
        }()

        static let formsByFirst: WordTable<[Form]> = {
            var d = WordTable<[Form]>()
            for f in forms { d[f.first, default: []].append(f) }
            return d.mapValues { v in v.sorted { $0.rest.count > $1.rest.count } }
        }()

        static let aircraftHeads = WordSet(.exact, [
            "طيران", "الطيران", "طائرات", "الطائرات", "طائرة", "الطائرة", "مقاتلات",
            "المقاتلات", "مقاتلة", "المقاتلة", "مروحيات", "المروحيات", "مروحية", "المروحية",
            "قاذفات", "القاذفات", "طائرتان", "طائرتين", "مقاتلتان", "مقاتلتين",
        ])
        static let planesGeneral = WordSet(.exact, ["طيران", "الطيران"])
        static let helicopters = WordSet(.exact, [
            "مروحيات", "المروحيات", "مروحية", "المروحية",
        ])
        static let warWords = WordSet(.exact, [
            "الحربي", "الحربية", "حربي", "حربية", "المقاتلة", "مقاتلة", "الحربيه",
            "العسكرية", "عسكرية", "الحربيتين", "حربيتين",
        ])
        static let helicopterWords = WordSet(.exact, [
            "المروحي", "مروحي", "المروحية", "مروحية", "المروحيه",
        ])
        static let droneWords = WordSet(.exact, [
            "المسيرة", "مسيرة", "المسير", "مسير", "الاستطلاع", "استطلاع",
        ])
        static let withoutWords = WordSet(.exact, ["بدون", "بلا", "دون"])
        static let unknownWords = WordSet(.exact, [
            "مجهولة", "مجهول", "المجهولة", "المجهول", "مجهولي",
        ])
        static let belonging = WordSet(.exact, [
            "التابعة", "تابعة", "التابع", "تابع", "التابعين", "تابعين", "التابعون",
        ])
        static let loyal = WordSet(.exact, [
            "الموالية", "موالية", "الموالي", "موال", "الموالين", "موالين", "الموالون",
            "موالون", "المساندة", "مساندة", "الرديفة", "رديفة", "المتحالفة", "متحالفة",
            "الحليفة", "حليفة", "المقربة", "مقربة",
        ])
        static let backed = WordSet(.exact, ["المدعومة", "مدعومة", "المدعومين", "مدعومين"])
        static let pronounObjects = WordSet(.exact, [
            "له", "لها", "لهم", "لهما", "معه", "معها", "معهم",
        ])
        static let followerHeads = WordSet(.exact, [
            "المليشيات", "الميليشيات", "مليشيات", "ميليشيات", "المسلحين", "مسلحين",
            "القوات", "قوات", "الفصائل", "فصائل", "المجموعات", "العناصر", "المقاتلين",
        ])
        static let armedAdjectives = WordSet(.exact, ["المسلحة", "المسلحين"])
        static let allies = WordSet(.exact, [
            "وحلفاؤه", "وحلفائه", "وحلفاءه", "وحلفاؤها", "وحلفائها", "وحلفاءها",
        ])
        static let epithets = WordSet(.exact, [
            "الإرهابي", "الإرهابية", "المتطرف", "المتشدد", "الارهابي",
        ])
        static let otherAlliances = WordSet(.exact, [
            "العربي", "الإسلامي", "الوطني", "الخليجي", "السعودي", "الثلاثي", "الاستراتيجي",
            "الجديد", "الحاكم", "الانتخابي", "الشيعي", "السني", "الكردي", "السياسي", "بين",
            "مع", "العسكري",
        ])
        static let otherOrganisations = WordSet(.exact, [
            "الدولي", "السري", "السياسي", "النسائي", "الإداري", "العالمي", "الإخواني",
            "الطلابي", "النقابي",
        ])
        static let groupHeads = WordSet(.exact, [
            "عناصر", "العناصر", "عنصر", "عنصرا", "عنصران", "عنصرين", "مسلحي", "مسلحو",
            "مسلحين", "مسلحون", "مقاتلي", "مقاتلو", "مقاتلين", "مقاتلون", "ميليشيا",
            "مليشيا", "ميليشيات", "مليشيات", "الميليشيات", "المليشيات", "جنود", "الجنود",
            "جندي", "جنديا", "جنديين", "قوات", "القوات", "مجموعة", "مجموعات", "خلايا",
            "خلية", "كتائب", "فصائل", "الفصائل", "قيادي", "قياديا", "قادة", "أمير",
            "انتحاري", "انتحاريا", "انتحاريين", "قناص", "قناصة", "مدفعية", "المدفعية",
            "راجمات", "دبابات", "دبابة", "مستشارين", "مستشارون", "عسكريين", "عسكريون",
            "ضباط", "ضابط", "ضابطا", "دورية", "دوريات", "رتل", "أرتال", "تعزيزات",
        ])
        static let syrianAdjectives = WordSet(.exact, [
            "السورية", "سورية", "السوري", "المسلحة", "مسلحة",
        ])
        static let aircraftNationality: WordTable<String> = table([
            ("regime", ["السوري", "السورية", "سوري", "سورية", "النظامي"]),
            ("russia", ["الروسي", "الروسية", "روسي", "روسية", "الروس", "روس"]),
            ("turkey", ["التركي", "التركية", "تركي", "تركية"]),
            ("usa", ["الأمريكي", "الأميركي", "الأمريكية", "الأميركية", "أمريكي", "أميركي",
                     "أمريكية", "أميركية"]),
            ("israel", ["الإسرائيلي", "الإسرائيلية", "إسرائيلي", "إسرائيلية"]),
            ("iran", ["الإيراني", "الإيرانية", "إيراني", "إيرانية"]),
            ("coalition", ["الفرنسي", "الفرنسية", "فرنسي", "فرنسية", "البريطاني",
                           "البريطانية", "بريطاني", "بريطانية"]),
        ])
        static let groupNationality: WordTable<String> = table([
            ("russia", ["روس", "الروس", "روسيين", "الروسيين", "روسيان"]),
            ("turkey", ["أتراك", "الأتراك", "تركيين", "التركيين", "تركيان"]),
            ("usa", ["أمريكيين", "أميركيين", "الأمريكيين", "الأميركيين", "أمريكيون",
                     "أميركيون", "أمريكان", "الأمريكان"]),
            ("iran", ["إيرانيين", "الإيرانيين", "إيرانيون", "إيرانيان"]),
            ("israel", ["إسرائيليين", "الإسرائيليين"]),
        ])
        /// Patrons named by a country or a person rather than a force.
        static let patrons: WordTable<String> = table([
            ("regime", ["النظام", "الحكومة", "الرئيس", "دمشق", "الأسد"]),
            ("iran", ["إيران", "طهران"]),
            ("russia", ["روسيا", "موسكو"]),
            ("turkey", ["تركيا", "أنقرة"]),
            ("usa", ["واشنطن", "أمريكا", "أميركا"]),
        ])
        static let patronTails = WordSet(.exact, [
            "السوري", "السورية", "بشار", "الأسد", "السوري،",
        ])
        static let loneClitics = WordSet(.exact, [
            "ل", "ب", "و", "ف", "ك", "لل", "ول", "وب", "فل", "فب",
        ])

        static let index: CliticReadings = {
            var stems = Set(formsByFirst.keys)
            stems.formUnion(aircraftHeads.keys)
            stems.formUnion(groupHeads.keys)
            stems.formUnion(patrons.keys)
            return CliticReadings(stems: stems)
        }()

        static func k(_ s: String) -> String { ArabicNormalizer.key(s) }
        static func table(_ rows: [(String, [String])]) -> WordTable<String> {
            var d = WordTable<String>()
            for (slug, words) in rows { for w in words { d[ArabicNormalizer.key(w)] = slug } }
            return d
        }
    }
}
