/// The killed and wounded figures one clause gives.
public struct CasualtyReading: Sendable, Equatable {
    public var killed: Casualty
    public var wounded: Casualty
    /// The tokens of the death expression that gave `killed` («مقتل 25 عنصراً»).
    public var killedRange: Range<Int>?
    /// The tokens of the injury expression that gave `wounded`.
    public var woundedRange: Range<Int>?

    public init(
        killed: Casualty = .none, wounded: Casualty = .none,
        killedRange: Range<Int>? = nil, woundedRange: Range<Int>? = nil
    ) {
        self.killed = killed
        self.wounded = wounded
        self.killedRange = killedRange
        self.woundedRange = woundedRange
    }

    public static let none = CasualtyReading()
}

/// Finds death and injury expressions in a clause and the figure attached to each.
///
/// Where the figure is looked for, by the kind of trigger word:
/// * nouns of the event («مقتل», «مصرع», «استشهاد», «إصابة», «إعدام», «وفاة»): right after
///   it, behind an optional hedge («مقتل ما لا يقل عن 7 مسعفين»);
/// * verbs («قتل», «قتلوا», «أصيب», «قضوا»): right after it (a passive subject), right before
///   it («سبعة وعشرين شخصاً على الأقل قتلوا», «طفلة قُتلت»), or after the subject of an
///   active verb («قتلت قوات النظام 5 مدنيين»);
/// * casualty nouns («قتلى», «قتيلاً», «جرحى», «مصابين», «ضحايا»): right before it
///   («ستة قتلى», «عشرات الجرحى»);
/// * «لقي … مصرعهم/حتفهم», «أودى بحياة …», «خسائر بشرية».
///
/// A singular person noun with no number is 1 («مقتل طفل»), a dual is 2 («بإعدام شخصين»).
/// Hedges give `.atLeast`, `.moreThan` or `.about`. A casualty noun after a double space
/// (digits stripped by the source) gives `.digitsMissing`; vague quantities give
/// `.vague(word)`; casualties with no quantity give `.unspecified`.
///
/// Groups joined by و in one expression add up («مقتل 25 من المعارضة و9 من قوات النظام» =
/// 34); a breakdown after بينهم/منهم does not. A figure near a cumulative-toll cue
/// («ارتفعت حصيلة القتلى إلى», «منذ بداية», «خلال الشهر») is returned as value nil,
/// `.vague("حصيلة")`: it is not one incident's count.
///
/// When a clause holds several expressions of one kind, the strongest wins (an exact figure,
/// then digits missing, then a vague word, then a toll, then unspecified); between equals,
/// the first. A combined figure («مقتل وإصابة 20 شخصاً») gives both kinds `.unspecified`
/// (or both the vague word). A negated mention («لم تسفر عن إصابات») is ignored.
public enum CasualtyReader {
    public static func read(_ tokens: [Token], in clause: Range<Int>) -> CasualtyReading {
        let lo = max(0, clause.lowerBound)
        let hi = min(tokens.count, clause.upperBound)
        guard lo < hi else { return .none }
        var reader = CasualtyScan(tokens: tokens, lo: lo, hi: hi)
        reader.run()
        return reader.reading()
    }

    /// The clause names a span of days of violence («في ثلاثة أيام من القصف», «خلال يومين»).
    static func spansPeriod(_ tokens: [Token], in clause: Range<Int>) -> Bool {
        let lo = max(0, clause.lowerBound)
        let hi = min(tokens.count, clause.upperBound)
        guard lo < hi else { return false }
        return CasualtyScan(tokens: tokens, lo: lo, hi: hi).isSpanOfViolence(lo, hi)
    }

    /// The toll qualifier: a cumulative count, not one incident's.
    public static let tollQualifier = Casualty.Qualifier.toll
}

/// The two kinds of casualty a clause counts.
enum CasualtyKind { case killed, wounded }

struct CasualtyFigure {
    var casualty: Casualty
    var range: Range<Int>
    /// Read from a number (digits, words, vague quantity), not implied by a noun.
    var hasNumber = false
    /// The number has its counted noun or «من» group («25 عنصراً», «5 من عناصر»).
    var hasNoun = false

    var strength: Int { casualty.strengthInClause }
}

/// Where a figure is read, which decides what it needs.
enum FigureMode {
    /// Right after a trigger: a bare number is enough.
    case slot
    /// After skipping other words: needs a counted person noun.
    case strict
    /// Ending right before a verb trigger.
    case beforeVerb
    /// Ending right before a casualty noun («ستة قتلى»): the noun is the trigger itself.
    case beforeCountNoun
}

/// One pass over a clause: each trigger word is handled once (`CasualtyTriggers.swift`), and
/// the strongest figure of each kind is kept (`Casualty.strengthInClause`).
struct CasualtyScan {
    let tokens: [Token]
    let lo: Int
    let hi: Int
    var consumedEnd: Int
    /// The last trigger read as negated («لم تسفر عن قتلى»), for one joined to it.
    var lastNegated = -10
    var bestKilled: CasualtyFigure? = nil
    var bestWounded: CasualtyFigure? = nil

    init(tokens: [Token], lo: Int, hi: Int) {
        self.tokens = tokens
        self.lo = lo
        self.hi = hi
        self.consumedEnd = lo
    }

    func reading() -> CasualtyReading {
        CasualtyReading(
            killed: bestKilled?.casualty ?? .none, wounded: bestWounded?.casualty ?? .none,
            killedRange: bestKilled?.range, woundedRange: bestWounded?.range)
    }

    mutating func offer(_ kind: CasualtyKind, _ f: CasualtyFigure) {
        switch kind {
        case .killed:
            if let b = bestKilled, b.strength >= f.strength { return }
            bestKilled = f
        case .wounded:
            if let b = bestWounded, b.strength >= f.strength { return }
            bestWounded = f
        }
    }

    @inline(__always) func key(_ j: Int) -> String { tokens[j].key }

    mutating func run() {
        var k = lo
        while k < hi {
            guard let trigger = CasualtyWords.triggers[tokens[k]], k >= consumedEnd else {
                k += 1
                continue
            }
            handle(trigger, at: k)
            k = max(k + 1, consumedEnd)
        }
    }
}
