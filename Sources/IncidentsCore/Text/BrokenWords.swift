/// Words broken up on social media to slip past platform filters: a dot or a space inside
/// a word, marked by tatweel on its side («قـ.ـصف», «اسـ.ـتشهاد», «غـ ـارة»). The tokenizer
/// reads them as the one word they stand for; the token's offsets span the whole broken
/// spelling, so evidence still shows what was written.
///
/// The rule decides with the pieces, never with a dictionary:
/// * dots only between two letters («قـ.ـصف», «است.ـشهاد»): joined when a tatweel touches
///   the dots on either side. A dot between letters with no tatweel («د.محمد») is an
///   abbreviation, not a break;
/// * a space («غـ ـارة», «قـ. ـصف»): joined only when the piece before ends in tatweel and
///   the piece after begins with one. A word ending in tatweel before an ordinary word
///   («1445 هـ الموافق», «الـ 25») is left alone, so two real words are never glued.
///
/// Hot path: the tokenizer asks only at a tatweel inside a word or at a dot right after a
/// letter, both rare in news text.
enum BrokenWords {
    static let tatweel: UInt32 = 0x0640
    /// Longest separator run looked at (tatweels, dots, spaces and harakat).
    static let maxRun = 12

    /// The index of the letter that continues the word whose last letter stands right
    /// before `i` (`i`: a tatweel or a dot), or nil when the word ends here.
    /// Out of line: rare, and the tokenizer's loop stays small.
    @inline(never)
    static func continuation(at i: Int, in s: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        var j = i
        var tatweelBefore = false
        var sawDot = false
        var sawSpace = false
        var lastWasTatweel = false
        let limit = min(s.count, i + maxRun)
        while j < limit {
            let v = s[j].value
            if v == tatweel {
                if !sawDot && !sawSpace { tatweelBefore = true }
                lastWasTatweel = true
            } else if (v >= 0x064B && v <= 0x065F) || v == 0x0670 {
                // Harakat: transparent.
            } else if v == 0x2E || v == 0x06D4 {
                sawDot = true
                lastWasTatweel = false
            } else if v == 0x20 {
                sawSpace = true
                lastWasTatweel = false
            } else {
                break
            }
            j += 1
        }
        guard j < limit, sawDot || sawSpace, isLetter(s[j]) else { return nil }
        if sawSpace { return tatweelBefore && lastWasTatweel ? j : nil }
        return tatweelBefore || lastWasTatweel ? j : nil
    }

    /// An Arabic letter (not a digit, mark or punctuation of the Arabic block).
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x0621 && v <= 0x063A) || (v >= 0x0641 && v <= 0x064A) || (v >= 0x0671 && v <= 0x06D3)
    }
}
