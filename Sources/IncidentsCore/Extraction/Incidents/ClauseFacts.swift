/// Everything the lexical layers find in one clause, before any decision is made.
struct ClauseFacts {
    var range: Range<Int>
    var cues: [(cue: EventCue, at: Int)]
    var casualties: CasualtyReading
    var actors: [ActorMention]
    var places: [PlaceMention]
    var targets: [String]
    var date: DateMention?
    /// The clause opens with a marker that changes the topic («من جهة أخرى», «إلى ذلك»).
    var shiftsTopic: Bool
    /// The clause names a place abroad (outside any actor's name).
    var foreign = false
    /// The clause names a place abroad that the place finder knows (Turkey's, Lebanon's,
    /// Iraq's towns...): an incident it alone places is abroad (counted, not stored).
    var placedAbroad = false

    func has(_ cue: EventCue) -> Bool { cues.contains { $0.cue == cue } }
}
