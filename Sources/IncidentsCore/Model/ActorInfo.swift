/// A canonical actor: the slug every form of its name resolves to.
public struct ActorInfo: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case state = "state", foreignState = "foreign_state", rebel = "rebel",
            jihadist = "jihadist", militia = "militia", civilians = "civilians",
            unknown = "unknown", other = "other"
    }
    public var slug: String
    public var nameAr: String
    public var nameEn: String
    public var kind: Kind
    /// Arabic forms seen in reports (without clitics; the matcher adds them).
    public var formsAr: [String]

    public init(slug: String, nameAr: String, nameEn: String, kind: Kind, formsAr: [String]) {
        self.slug = slug
        self.nameAr = nameAr
        self.nameEn = nameEn
        self.kind = kind
        self.formsAr = formsAr
    }
}
