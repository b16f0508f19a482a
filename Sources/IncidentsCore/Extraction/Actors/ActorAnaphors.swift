extension ActorMatcher {
    /// «التنظيم» (an anaphor, slug "isis") names ISIS only when the article has named the
    /// actor before this clause (`namedBefore`) or the clause names ISIS itself; otherwise
    /// the anaphor is dropped. Other mentions are kept, in order.
    static func resolvingAnaphors(_ mentions: [ActorMention], namedBefore: Set<String>) -> [ActorMention] {
        mentions.filter { !$0.isAnaphor || namedBefore.contains($0.slug) || mentions.contains { !$0.isAnaphor && $0.slug == "isis" } }
    }
}
