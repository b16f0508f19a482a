/// A casualty figure as the text gives it. Unknown is never zero: `value` is nil whenever
/// the text gives no exact number, and `qualifier` says why.
public struct Casualty: Sendable, Equatable, Hashable {
    public enum Qualifier: Sendable, Equatable, Hashable {
        /// «على الأقل», «ما لا يقل عن», «لا يقل عن»: value is a lower bound.
        case atLeast
        /// «أكثر من», «ما يزيد عن»: value is a strict lower bound.
        case moreThan
        /// «نحو», «حوالي», «قرابة»: value is approximate.
        case about
        /// «عشرات», «مئات», «عدد من»...: no number; the vague word (as written) is kept.
        case vague(String)
        /// The digits were stripped from the source («قتل  مدنيين»): a number existed.
        case digitsMissing
        /// Casualties are mentioned with no quantity at all («جرح مدنيون», «خسائر بشرية»).
        case unspecified

        /// A cumulative toll («ارتفعت حصيلة القتلى إلى»): a count over time, not one
        /// incident's (stored as `vague:حصيلة`).
        public static let toll = Qualifier.vague("حصيلة")

        /// The text stored in the database and exported: `at_least`, `more_than`, `about`,
        /// `vague:عشرات`, `digits_missing`, `unspecified`.
        public var code: String {
            switch self {
            case .atLeast: return "at_least"
            case .moreThan: return "more_than"
            case .about: return "about"
            case .vague(let w): return "vague:" + w
            case .digitsMissing: return "digits_missing"
            case .unspecified: return "unspecified"
            }
        }

        public init?(code: String) {
            switch code {
            case "at_least": self = .atLeast
            case "more_than": self = .moreThan
            case "about": self = .about
            case "digits_missing": self = .digitsMissing
            case "unspecified": self = .unspecified
            default:
                guard code.hasPrefix("vague:") else { return nil }
                self = .vague(String(code.dropFirst(6)))
            }
        }
    }

    /// The number the text gives, or nil when it gives none.
    public var value: Int?
    public var qualifier: Qualifier?

    public init(value: Int? = nil, qualifier: Qualifier? = nil) {
        self.value = value
        self.qualifier = qualifier
    }

    /// Nothing said about this kind of casualty.
    public static let none = Casualty()

    /// True when the text says casualties of this kind happened (with or without a number).
    public var isMentioned: Bool { value != nil || qualifier != nil }
}

// MARK: - Which figure wins

/// The rules that choose between figures live here, side by side, because they differ on
/// purpose: within one clause (`CasualtyReader`), between clauses of one article that tell
/// one incident (the extractor's merging), and between articles (the store's event grouping,
/// which keeps its own copy in `EventGrouper.precision`; `precision` below is the same rule).
extension Casualty {
    /// Within one clause, between expressions of one kind: an exact number, then digits
    /// missing, then a vague word, then a toll, then unspecified or a known zero; equals keep
    /// the first.
    var strengthInClause: Int {
        // A known zero («لم تسفر عن إصابات») gives way to any figure or mention.
        if value == 0 { return 1 }
        if value != nil { return 5 }
        switch qualifier {
        case .digitsMissing: return 4
        case .vague: return qualifier == .toll ? 2 : 3
        case .unspecified: return 1
        default: return 0
        }
    }

    /// Between clauses of one article that tell one incident: a number beats no number, a
    /// mention beats silence; between equals the earlier report (`a`) stays.
    static func betterInArticle(_ a: Casualty, _ b: Casualty) -> Casualty {
        if a.value != nil { return a }
        if b.value != nil { return b }
        if a.qualifier != nil { return a }
        return b
    }

    /// Between articles (event grouping): how precisely a report gives its number. An exact
    /// number 3, a bound («على الأقل», «أكثر من») 2, an approximation («نحو») 1, else 0.
    public static func precision(_ qualifier: Qualifier?) -> Int {
        switch qualifier {
        case nil: return 3
        case .atLeast?, .moreThan?: return 2
        case .about?: return 1
        default: return 0
        }
    }
}
