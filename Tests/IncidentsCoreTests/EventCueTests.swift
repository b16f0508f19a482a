import Testing

@testable import IncidentsCore

/// Cue words, with clitics, read the same way in every run.
@Suite struct EventCueTests {
    static func cues(_ text: String) -> [EventCue] {
        let t = TokenizedText(text)
        return CueReader.cues(t.tokens, in: 0..<t.tokens.count).map(\.cue)
    }

    /// «للعمليات» is ل + «العمليات» and لل + «عمليات»: both heads' pairs apply (the table
    /// used to keep whichever head a Dictionary listed first, which changed from run to run).
    @Test(arguments: ["دعما للعمليات العسكرية", "دعما لعمليات عسكرية", "بدء العملية العسكرية",
                      "وللعمليات العسكرية", "عملية اقتحام"])
    func pairCuesWithClitics(_ text: String) {
        #expect(Self.cues(text).contains(.assault), "\(text)")
    }

    @Test(arguments: ["عمليات التجميل", "العملية الجراحية", "للعمليات الحسابية"])
    func headsWithoutTheirPairAreNotCues(_ text: String) {
        #expect(!Self.cues(text).contains(.assault), "\(text)")
    }

    /// Lexicons built from the same entries in any order give the same table.
    @Test func hashedLexiconDependsOnlyOnItsEntries() {
        let forms: [(String, Int)] = [("عمليات", 1), ("العمليات", 2), ("غارة", 3)]
        let a = WordTable(.procliticsAndSuffixes, forms)
        let b = WordTable(.procliticsAndSuffixes, forms)
        for w in ["للعمليات", "والعمليات", "عمليات", "بالغارة", "غاراتها"] {
            #expect(a[hash: WordHash.of(ArabicNormalizer.key(w))] == b[hash: WordHash.of(ArabicNormalizer.key(w))], "\(w)")
        }
        // The earlier entry keeps a shared surface form unless values are combined.
        #expect(a[hash: WordHash.of("للعمليات")] == 1)
        let merged = WordTable(forms) { x, y in x * 10 + y }
        #expect(merged[hash: WordHash.of("للعمليات")] == 12)
        #expect(merged[hash: WordHash.of("العمليات")] == 2, "plain forms keep their own value")
    }
}
