import Testing
@testable import IncidentsCore

@Suite struct TargetReaderTests {
    static func targets(_ text: String) -> [String] {
        let t = TokenizedText(text)
        return TargetReader.targets(in: t.tokens, range: 0..<t.tokens.count)
    }

    @Test(arguments: SeedCase.all)
    func seedClauses(_ c: SeedCase) {
        #expect(Self.targets(c.text) == c.targets)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var categories: [String]
        var testDescription: String { text }
        init(_ text: String, _ categories: [String]) {
            self.text = text
            self.categories = categories
        }
    }

    static let cases: [Case] = [
        Case("مقتل طفل بقصف مدفعي", ["children", "civilians"]),
        Case("أصيب طفلان بجروح", ["children", "civilians"]),
        Case("قتلت طفلة وأصيب قاصر", ["children", "civilians"]),
        Case("مقتل رضيع ووالدته", ["children", "civilians"]),
        Case("مقتل خمسة من العاملين في المجال الطبي", ["medical"]),
        Case("استهداف الكوادر الطبية في المشفى", ["medical"]),
        Case("مقتل ممرضة وطبيب", ["medical"]),
        Case("مقتل ثلاثة مسعفين", ["medical"]),
        Case("إصابة متطوع في الدفاع المدني", ["medical"]),
        Case("أطلق الرصاص على المتظاهرين", ["protesters"]),
        Case("فرقت مظاهرة سلمية بالقوة", ["protesters"]),
        Case("اعتقل عددا من المحتجين", ["protesters"]),
        Case("مقتل عشرة مدنيين", ["civilians"]),
        Case("قتل مدنيون بينهم نساء", ["civilians"]),
        Case("وللمدنيين حق الحماية", ["civilians"]),
        Case("نزوح الأهالي من القرية", ["civilians"]),
        Case("مقتل امرأة ومسن", ["civilians"]),
        Case("قتل صحفي في القصف", ["civilians"]),
        Case("مقتل طفل ومسعف خلال مظاهرة في البلدة", ["children", "medical", "protesters", "civilians"]),
        // Not victims
        Case("قتل خمسة عناصر من قوات النظام", []),
        Case("دعا المجتمع المدني إلى الحوار", []),
        Case("مقتل شخصين في انفجار", []),
    ]

    @Test(arguments: cases)
    func categories(_ c: Case) {
        #expect(Self.targets(c.text) == c.categories)
    }

    @Test func rangeArgumentLimitsTheScan() {
        let t = TokenizedText("قتل جنديان ثم قتل طفل")
        #expect(TargetReader.targets(in: t.tokens, range: 0..<2) == [])
        #expect(TargetReader.targets(in: t.tokens, range: 2..<5) == ["children", "civilians"])
    }
}

/// One home for the civilian-target rule: every category the reader names is civilian.
@Suite struct CivilianTargetsTests {
    @Test(arguments: [
        (["civilians"], true), (["children", "civilians"], true), (["medical"], true),
        (["protesters"], true), (["regime"], false), (["isis", "sdf"], false), ([], false),
    ] as [([String], Bool)])
    func civilian(_ targets: [String], _ expected: Bool) {
        #expect(CivilianTargets.any(in: targets) == expected)
    }

    @Test func everyCategoryTheReaderFindsIsCivilian() {
        let found = TargetReaderTests.targets("قتل طفل وممرضة ومتظاهر ومدنيون")
        #expect(found == ["children", "medical", "protesters", "civilians"])
        #expect(found.allSatisfy { CivilianTargets.any(in: [$0]) })
    }
}
