import Testing

@testable import IncidentsCore

/// `TextWindows`: a long text cut into windows at sentence ends, covering it exactly.
@Suite struct TextWindowsTests {
    /// The windows of `text` (strings and scalar offsets) with a window of `maxBytes`.
    static func windows(_ text: String, maxBytes: Int) -> [(text: String, offset: Int)] {
        var out: [(String, Int)] = []
        TextWindows.forEach(text, maxBytes: maxBytes) { out.append(($0, $1)) }
        return out
    }

    /// Windows join back to the text, each at most `maxBytes` bytes, and each offset is the
    /// scalar count of the windows before it.
    static func expectCover(_ text: String, maxBytes: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let parts = windows(text, maxBytes: maxBytes)
        #expect(parts.map(\.text).joined() == text, sourceLocation: sourceLocation)
        var offset = 0
        for part in parts {
            #expect(part.text.utf8.count <= max(maxBytes, 8), sourceLocation: sourceLocation)
            #expect(!part.text.isEmpty, sourceLocation: sourceLocation)
            #expect(part.offset == offset, sourceLocation: sourceLocation)
            offset += part.text.unicodeScalars.count
        }
    }

    @Test func shortTextIsOneWindowUntouched() {
        let text = "قتل خمسة مدنيين في قصف على بلدة كفرنبل."
        let parts = Self.windows(text, maxBytes: text.utf8.count)
        #expect(parts.count == 1)
        #expect(parts.first?.text == text)
        #expect(parts.first?.offset == 0)
    }

    /// Where each window ends: after the last sentence end in its second half, else after
    /// white space, else at a character boundary.
    @Test(arguments: [
        // (text, window bytes, the windows expected)
        ("أ ب. ج د. هـ و", 12, ["أ ب. ", "ج د. ", "هـ و"]),
        ("أ ب؟ ج د؛ هـ و", 12, ["أ ب؟ ", "ج د؛ ", "هـ و"]),
        ("أب جد\nهو زح طي", 14, ["أب جد\n", "هو زح طي"]),
        // No sentence end: after white space.
        ("أب جد هو زح طي كل", 12, ["أب جد ", "هو زح ", "طي كل"]),
        // A sentence end in the first half of a window is too early: white space instead.
        ("أ. ب جدهو زح", 12, ["أ. ب ", "جدهو ", "زح"]),
        // No white space at all: cut between letters, never inside one.
        ("ابجدهوزحطيكلمن", 9, ["ابجد", "هوزح", "طيكل", "من"]),
        // A word broken up on social media goes on across its dot and space.
        ("جد. قـ. ـصف عنيف كثير", 20, ["جد. قـ. ـصف ", "عنيف كثير"]),
        ("كلمة غـ ـارة جوية", 16, ["كلمة ", "غـ ـارة ", "جوية"]),
    ])
    func cutsAtSentenceEnds(text: String, maxBytes: Int, expected: [String]) {
        #expect(Self.windows(text, maxBytes: maxBytes).map(\.text) == expected)
        Self.expectCover(text, maxBytes: maxBytes)
    }

    @Test func windowsCoverLongMixedText() {
        let sentences = [
            "قتل 3 مدنيين في قصف على بلدة كفرنبل.", "وارتفعت الأسعار! ", "هل يعود النازحون؟\n",
            "كلمةطويلةجدابلامسافاتكلمةطويلةجدابلامسافات ", "Shared with Public; ", "🙂 نص مع رموز 😀.",
        ]
        var text = ""
        for k in 0..<200 { text += sentences[k % sentences.count] + " " }
        for maxBytes in [8, 13, 40, 64, 97, 250, 1000] {
            Self.expectCover(text, maxBytes: maxBytes)
        }
    }
}
