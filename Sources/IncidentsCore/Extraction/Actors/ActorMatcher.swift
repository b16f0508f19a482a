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

    public init(
        slug: String, range: Range<Int>, isAnaphor: Bool = false, isWeak: Bool = false
    ) {
        self.slug = slug
        self.range = range
        self.isAnaphor = isAnaphor
        self.isWeak = isWeak
    }
}

/// Finds actor names in a token range: the longest match of `ActorLexicon` forms, with
/// proclitics on the first token («للتحالف», «لقوات», «بطيران», «وقسد», «لداعش»), plus
/// small grammars for the phrasings reports build around names:
///
/// - aircraft: «طيران/طائرات/مقاتلات/مروحيات [الحربية] + nationality | actor | التابعة لـ X
///   | مجهولة الهوية», with coordination («الطيران السوري والروسي» → regime, russia);
///   aircraft named by type only are `unknown` (the extractor prefers any named actor to
///   them when it chooses who acted); helicopters with no owner
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

    // MARK: - One position

    static func match(_ t: [Token], at i: Int, end: Int) -> [ActorMention]? {
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

    static func matchWord(_ t: [Token], at i: Int, end: Int) -> [ActorMention]? {
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
            if Tables.strikeHeads.contains(r.stem) { consider(strike(t, head: i, end: end)) }
        }
        if let lex = lexicon(t, at: i, end: end, readings: readings) {
            var m = lex
            m.range = m.range.lowerBound..<absorbTail(t, from: m.range.upperBound, end: end)
            if m.range.upperBound > bestEnd { best = [m]; bestEnd = m.range.upperBound }
        }
        // «أن الجيش بدأ دك مواقع», «الجيش اشتبك»: «الجيش» with no adjective after it is the
        // Syrian army in reports on Syria (another country's army is named with its
        // adjective, «الجيش التركي», which the lexicon reads).
        if best == nil, readings.contains(where: { $0.stem == Tables.army }),
            i + 1 >= end || !t[i + 1].key.hasPrefix("ال") || t[i + 1].boundary > .space
        {
            best = [ActorMention(slug: "regime", range: i..<(i + 1))]
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
            isWeak: b.form.weak)
    }

    /// Context that shows a form names something else.
    static func rejected(_ f: Tables.Form, _ t: [Token], next: Int, end: Int) -> Bool {
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
    static func absorbTail(_ t: [Token], from start: Int, end: Int) -> Int {
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
    static func stripWa(_ k: String) -> String {
        k.unicodeScalars.first == "و" ? String(k.unicodeScalars.dropFirst()) : k
    }
}

extension ActorMatcher {
    /// «التنظيم» (an anaphor, slug "isis") names ISIS only when the article has named the
    /// actor before this clause (`namedBefore`) or the clause names ISIS itself; otherwise
    /// the anaphor is dropped. Other mentions are kept, in order.
    static func resolvingAnaphors(_ mentions: [ActorMention], namedBefore: Set<String>) -> [ActorMention] {
        mentions.filter { !$0.isAnaphor || namedBefore.contains($0.slug) || mentions.contains { !$0.isAnaphor && $0.slug == "isis" } }
    }
}
