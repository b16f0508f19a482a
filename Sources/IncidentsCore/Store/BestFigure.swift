/// The "best figure" rule: which of several reports' killed (or wounded) figures an event
/// keeps, and the range they span. The one home of the rule: the grouper folds each new
/// report into the stored state with `add`, and recomputes an event by folding all its
/// reports in publication order.
///
/// - Only exact numbers, lower bounds and approximations count: a vague word («عشرات»),
///   stripped digits or a bare mention never give a figure (nor widen the range).
/// - The most precise figure wins: exact over a lower bound (`at_least`, `more_than`) over
///   an approximation (`about`).
/// - Between equally precise figures, the one from the most recently published article
///   wins (an article without a date counts as the oldest).
/// - Between equally precise and recent figures, the lowest (ACLED's conservative rule);
///   between equal ones, the first report.
/// - With no figure at all, the qualifier kept is the most telling one any report gives:
///   the first that is not `unspecified`, else `unspecified`.
struct BestFigure: Equatable {
    /// Smallest and largest figure given.
    var low: Int?
    var high: Int?
    /// The figure kept, and its `rank`.
    var best: Int?
    var rank: Int?
    /// The qualifier code of `best` (nil: exact), or without a figure the most telling one.
    var qualifier: String?

    /// 3 exact (no qualifier), 2 a lower bound, 1 approximate, 0 not a figure at all.
    static func precision(_ qualifier: String?) -> Int {
        switch qualifier {
        case nil: return 3
        case "at_least", "more_than": return 2
        case "about": return 1
        default: return 0
        }
    }

    /// The rank stored in `events.killed_rank` / `wounded_rank`: precision * 100000000 +
    /// the publication day as YYYYMMDD (0 when unknown). A higher rank is a better figure.
    static func rank(qualifier: String?, published: String?) -> Int {
        let day = published.map { Int($0.replacingOccurrences(of: "-", with: "")) ?? 0 } ?? 0
        return precision(qualifier) * 100_000_000 + day
    }

    /// Folds one report's figure in. Returns true when this report now gives `best` (the
    /// event's lead report is the one that gave its killed figure).
    @discardableResult
    mutating func add(_ value: Int?, qualifier q: String?, published: String?) -> Bool {
        guard let value, Self.precision(q) > 0 else {
            // No figure: remember why, unless a figure or a more telling reason is known.
            if best == nil, let q, qualifier == nil || qualifier == "unspecified" { qualifier = q }
            return false
        }
        let r = Self.rank(qualifier: q, published: published)
        low = min(low ?? value, value)
        high = max(high ?? value, value)
        let wins: Bool
        if let rank, let best {
            wins = r > rank || (r == rank && value < best)
        } else {
            wins = true
        }
        if wins {
            best = value
            qualifier = q
        }
        rank = max(rank ?? r, r)
        return wins
    }
}
