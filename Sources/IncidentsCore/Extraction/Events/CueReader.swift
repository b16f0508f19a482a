/// Reads the cues of a clause from the event lexicon.
enum CueReader {
    static let operations = WordSet(.procliticsAndSuffixes, ["عمليات", "عملياتها", "عملياته", "عملية", "حملة", "حملتها"])
    static let ceasefire = WordSet(.exact, ["وقف", "لوقف", "بوقف", "ووقف"])

    static func cues(_ tokens: [Token], in range: Range<Int>) -> [(cue: EventCue, at: Int)] {
        var out: [(cue: EventCue, at: Int)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            if i + 1 < range.upperBound,
                let second = EventLexicon.pairs[token],
                let cue = second[tokens[i + 1]]
            {
                let negated = cue == .shooting && i > range.lowerBound
                    && ceasefire.contains(tokens[i - 1])
                if !negated { out.append((cue, i)) }
                i += 2
                continue
            }
            if let cue = EventLexicon.words[token] {
                out.append((cue, i))
            } else if operations.contains(token), i + 2 < range.upperBound,
                tokens[i + 1] == FunctionWords.didd || tokens[i + 2] == FunctionWords.didd
            {
                // «عملياتها ضد», «عمليات عسكرية ضد»: an offensive against someone.
                out.append((.assault, i))
            }
            i += 1
        }
        return out
    }

    /// Topic-shift markers at the start of a clause.
    static let shiftMarkers: [[Word]] = [
        "من جهة أخرى", "من جهة ثانية", "من ناحية أخرى", "من جانب آخر", "إلى ذلك", "الى ذلك",
        "في غضون ذلك", "على صعيد آخر", "في سياق آخر", "في شأن آخر", "في المقابل",
        "وفي سياق آخر", "ومن جهة أخرى", "ومن ناحية أخرى", "وإلى ذلك", "وفي غضون ذلك",
        "على صعيد متصل", "في سياق متصل", "وفي سياق متصل", "في الأثناء", "في هذه الأثناء",
    ].map { ArabicNormalizer.key($0).split(separator: " ").map { Word(key: String($0)) } }

    static func shiftsTopic(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for m in shiftMarkers where m.count <= range.count {
            var ok = true
            for j in m.indices where tokens[range.lowerBound + j] != m[j] {
                ok = false
                break
            }
            if ok { return true }
        }
        return false
    }
}
