/// Whether a text can tell a violent act at all: the exact pre-check that lets the part
/// of a news corpus with no act in it (sport, culture, economy) skip the clause-by-clause
/// reading.
///
/// Why it is exact: an incident is only drafted from a clause in which `CueReader.cues`
/// finds a cue (`ArticleBuilder.add(clause:)` returns before anything else otherwise, and
/// `finish` has nothing to give without a draft; an incident counted abroad needs a cue
/// too). `CueReader` finds one, in a clause, only
/// - at a key of `EventLexicon.words`;
/// - at the first word of an `EventLexicon.pairs` entry followed by one of its second
///   words (a «وقف» before it may only take the cue away);
/// - at a `CueReader.operations` word with `FunctionWords.didd` one or two words on.
/// `mayTell` asks the same of every token of the whole text, without the clause's edges
/// (a clause is a run of the text's tokens, so its cues are among those found here).
/// A text where it finds nothing has no cue in any clause, however it is split: its
/// reading is empty (no incident, none abroad).
///
/// The look-ups are the very tables `CueReader` reads, never a second list: a cue word the
/// lexicon gains is screened for at once. A new KIND of cue (another table read by
/// `CueReader`) must be added here; `CueScreenTests` checks the screen against `CueReader`
/// and against the extractor on sentences of every cue family.
///
/// Cost: one integer-hash probe per token (`heads`; most miss on the hash alone), the
/// exact look-ups only at the few tokens that pass it.
enum CueScreen {
    /// Every token that can start a cue: the single words, the first words of the pairs,
    /// the operation words.
    static let heads: WordSet = {
        var set = WordSet(keys: EventLexicon.words.keys)
        set.formUnion(EventLexicon.pairs.keys)
        set.formUnion(CueReader.operations.keys)
        return set
    }()

    /// False when no clause of `tokens` can hold a cue: the text yields no incident.
    static func mayTell(_ tokens: [Token]) -> Bool {
        let n = tokens.count
        for i in 0..<n where heads.contains(tokens[i]) {
            let t = tokens[i]
            if EventLexicon.words[t] != nil { return true }
            if i + 1 < n, let second = EventLexicon.pairs[t], second[tokens[i + 1]] != nil { return true }
            if CueReader.operations.contains(t),
                (i + 1 < n && tokens[i + 1] == FunctionWords.didd) || (i + 2 < n && tokens[i + 2] == FunctionWords.didd)
            {
                return true
            }
        }
        return false
    }
}
