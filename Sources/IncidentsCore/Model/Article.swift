/// One news article as read from a file or a JSON Lines record.
public struct Article: Sendable, Equatable {
    /// The path or id as ingested: what `export` prints as `article`.
    public var source: String
    public var text: String
    public var title: String?
    public var outlet: String?
    /// Publication date, `YYYY-MM-DD`, when known.
    public var published: String?
    public var url: String?

    public init(
        source: String, text: String, title: String? = nil, outlet: String? = nil,
        published: String? = nil, url: String? = nil
    ) {
        self.source = source
        self.text = text
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
    }
}
