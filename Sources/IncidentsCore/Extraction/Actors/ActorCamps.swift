/// Sides that fight as one: the government of Syria and the forces fighting beside it. The
/// one home of that camp, read by event typing, actor roles and in-article merging.
enum ActorCamps {
    /// The government's camp (actor slugs).
    static let progovernment: Set<String> = ["regime", "russia", "iran", "hezbollah", "ndf", "iraqi_militias"]

    /// The same actor, or two actors of the government's camp.
    static func sameCamp(_ x: String?, _ y: String?) -> Bool {
        guard let x, let y else { return false }
        return x == y || (progovernment.contains(x) && progovernment.contains(y))
    }

    /// Actors with aircraft over Syria (and `unknown`, «طائرات مجهولة»): the only possible
    /// agents of an air or drone strike.
    static let airForces: Set<String> = [
        "regime", "russia", "coalition", "usa", "israel", "turkey", "iraq", "jordan", "unknown",
    ]

    static func canStrikeFromTheAir(_ slug: String) -> Bool { airForces.contains(slug) }
}
