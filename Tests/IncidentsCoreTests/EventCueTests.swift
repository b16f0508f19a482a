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

    /// The table depends only on its entries and their order (never on a Set's or a
    /// Dictionary's): where two entries share a surface form, the earlier one keeps it, or
    /// `combine` merges them (at every occurrence of the form); a plain form keeps its own
    /// value.
    @Test(arguments: [
        // surface, value, value with the entries reversed, value combined
        ("للعمليات", 1, 2, 12),
        // One entry giving a form twice («و» + «العمليات», «وال» + «عمليات») combines twice.
        ("والعمليات", 1, 2, 122),
        ("العمليات", 2, 2, 2),
        ("عمليات", 1, 1, 1),
        ("بالغارة", 3, 3, 3),
        ("غاراتها", nil, nil, nil),
    ] as [(String, Int?, Int?, Int?)])
    func cueTablesDependOnlyOnTheirEntries(_ surface: String, _ value: Int?, _ reversed: Int?, _ combined: Int?) {
        let forms: [(String, Int)] = [("عمليات", 1), ("العمليات", 2), ("غارة", 3)]
        let key = ArabicNormalizer.key(surface)
        #expect(WordTable(.procliticsAndSuffixes, forms)[key] == value)
        #expect(WordTable(.procliticsAndSuffixes, forms.reversed())[key] == reversed)
        #expect(WordTable(.procliticsAndSuffixes, forms) { x, y in x * 10 + y }[key] == combined)
    }

    /// Aircraft as the subject of a verb of destroying tell an air strike; dropping leaflets
    /// does not.
    @Test(arguments: [
        ("وقال مسعفون إنهم انتشلوا طفلا من تحت أنقاض بيت دمرته الطائرات الروسية في بلدة عابدين بريف إدلب", 1),
        ("ودمرت الطائرات الروسية مستودعا للذخيرة في بلدة عابدين بريف إدلب", 1),
        ("وألقت مروحيات حربية تابعة للنظام مناشير على بلدة عابدين بريف إدلب", 0),
    ])
    func aircraftThatDestroyStrike(_ text: String, _ strikes: Int) {
        let found = extractArticle(text, published: "2018-09-09")
        #expect(found.filter { $0.subEventType == SubEventType.airStrike.rawValue }.count == strikes)
    }
}
