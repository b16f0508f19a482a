/// ACLED's event types and sub event types: the values the database holds in
/// `event_type` and `sub_event_type`. The raw values are the exact strings stored and
/// exported; schema.sql's CHECK `acled_event_type` allows the same pairs, in the same order.
public enum EventType: String, Sendable, CaseIterable {
    case battles = "Battles"
    case protests = "Protests"
    case riots = "Riots"
    case explosions = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case strategicDevelopments = "Strategic developments"

    /// The sub event types of this type, in ACLED's order.
    public var subEventTypes: [SubEventType] {
        SubEventType.allCases.filter { $0.eventType == self }
    }
}

/// An ACLED sub event type; each belongs to exactly one `EventType`.
public enum SubEventType: String, Sendable, CaseIterable {
    // Battles
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    case armedClash = "Armed clash"
    // Protests
    case excessiveForceAgainstProtesters = "Excessive force against protesters"
    case protestWithIntervention = "Protest with intervention"
    case peacefulProtest = "Peaceful protest"
    // Riots
    case violentDemonstration = "Violent demonstration"
    case mobViolence = "Mob violence"
    // Explosions/Remote violence
    case chemicalWeapon = "Chemical weapon"
    case airStrike = "Air/drone strike"
    case suicideBomb = "Suicide bomb"
    case shelling = "Shelling/artillery/missile attack"
    case remoteExplosive = "Remote explosive/landmine/IED"
    case grenade = "Grenade"
    // Violence against civilians
    case sexualViolence = "Sexual violence"
    case attack = "Attack"
    case abduction = "Abduction/forced disappearance"
    // Strategic developments
    case agreement = "Agreement"
    case arrests = "Arrests"
    case changeToGroup = "Change to group/activity"
    case disruptedWeaponsUse = "Disrupted weapons use"
    case baseEstablished = "Headquarters or base established"
    case looting = "Looting/property destruction"
    case nonViolentTransfer = "Non-violent transfer of territory"
    case other = "Other"

    /// The event type this sub event type belongs to.
    public var eventType: EventType {
        switch self {
        case .governmentRegainsTerritory, .nonStateActorOvertakesTerritory, .armedClash:
            return .battles
        case .excessiveForceAgainstProtesters, .protestWithIntervention, .peacefulProtest:
            return .protests
        case .violentDemonstration, .mobViolence:
            return .riots
        case .chemicalWeapon, .airStrike, .suicideBomb, .shelling, .remoteExplosive, .grenade:
            return .explosions
        case .sexualViolence, .attack, .abduction:
            return .violenceAgainstCivilians
        case .agreement, .arrests, .changeToGroup, .disruptedWeaponsUse, .baseEstablished, .looting,
            .nonViolentTransfer, .other:
            return .strategicDevelopments
        }
    }
}

/// The whole taxonomy as text, event type by event type (what `--type` accepts).
public enum EventTaxonomy {
    public static let table: [(type: String, subTypes: [String])] = EventType.allCases.map { t in
        (t.rawValue, t.subEventTypes.map(\.rawValue))
    }
}
