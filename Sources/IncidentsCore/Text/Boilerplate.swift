/// Platform boilerplate copied with a post: «Shared with Public», «All reactions:», «Like
/// Comment Share», «12 comments 3 shares». Such lines are not words of the report: their
/// tokens are dropped, so a reaction count is never read as a figure.
///
/// A line (text between line breaks) is boilerplate when all its tokens are Latin words or
/// numbers and one of them is a platform word below; a line of numbers only right after a
/// boilerplate line is its count. Emoji and repeated punctuation are never tokens in the
/// first place (`TokenizedText.isWordScalar`). English dates («December 1, 2024») are kept:
/// they have no platform word.
///
/// Runs only when the tokenizer met a Latin word whose hash is a platform word's
/// (`mayBePlatformWord`): news text pays one compare per Latin word.
enum Boilerplate {
    static let platformWords = WordSet(.exact, [
        "shared", "public", "reactions", "reaction", "like", "likes", "comment", "comments",
        "share", "shares", "reply", "replies", "follow", "followers", "following", "views",
        "translation", "edited", "relevant", "facebook", "telegram", "forwarded", "subscribe",
    ])

    /// The hashes of the platform words: the tokenizer compares a Latin word's hash with
    /// them (no String is made or read), and `drop` runs only after a match.
    private static let platformHashes: [UInt64] = platformWords.keys.map { WordHash.of($0) }

    @inline(never)
    static func mayBePlatformWord(_ hash: UInt64) -> Bool { platformHashes.contains(hash) }

    static func drop(from tokens: inout [Token], in source: UnsafeBufferPointer<Unicode.Scalar>) {
        var kept: [Token] = []
        var lineStart = 0
        var previousDropped = false
        var changed = false
        var k = 0
        while k <= tokens.count {
            let lineEnds = k == tokens.count || (k > lineStart && breaksLine(tokens[k - 1], tokens[k], source))
            if lineEnds {
                let line = lineStart..<k
                let drop = isBoilerplate(tokens[line]) || (previousDropped && isCount(tokens[line]))
                if drop {
                    changed = true
                } else {
                    kept.append(contentsOf: tokens[line])
                }
                previousDropped = drop
                lineStart = k
            }
            k += 1
        }
        guard changed else { return }
        // The first word kept after a dropped line starts a sentence.
        for j in kept.indices.dropFirst() where kept[j].boundary < .hard
            && breaksLine(kept[j - 1], kept[j], source)
        {
            kept[j].boundary = .hard
        }
        if let first = kept.first, first.boundary != .space { kept[0].boundary = .space }
        tokens = kept
    }

    private static func breaksLine(_ a: Token, _ b: Token, _ source: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var i = a.end
        while i < b.start {
            let v = source[i].value
            if v == 0x0A || v == 0x2028 || v == 0x2029 { return true }
            i += 1
        }
        return false
    }

    private static func isLatinOrNumber(_ t: Token) -> Bool {
        if t.isNumber { return true }
        guard let b = t.key.utf8.first else { return false }
        return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }

    private static func isBoilerplate(_ line: ArraySlice<Token>) -> Bool {
        guard !line.isEmpty, line.allSatisfy(isLatinOrNumber) else { return false }
        return line.contains { platformWords.contains($0) }
    }

    /// «25», «1.2k»: a count of reactions.
    private static func isCount(_ line: ArraySlice<Token>) -> Bool {
        !line.isEmpty && line.count <= 3 && line.allSatisfy { t in
            t.isNumber || t.key.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        }
    }
}
