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
