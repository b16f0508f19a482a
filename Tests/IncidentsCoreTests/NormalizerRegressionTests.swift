import Testing
@testable import IncidentsCore

/// Scalars of the presentation-form blocks that NFKC leaves unchanged used to recurse
/// forever in `ArabicNormalizer.map` (a crash on any article quoting the Quran).
@Suite struct NormalizerRegressionTests {
    @Test(arguments: ["\u{FD3E}", "\u{FD3F}", "\u{FDFD}"])
    func presentationScalarsWithoutDecompositionTerminate(_ s: String) {
        let scalar = s.unicodeScalars.first!
        #expect(ArabicNormalizer.map(scalar) != .delete)
        let t = TokenizedText("قال تعالى \(s)ولا تقتلوا\(s) في الرقة")
        #expect(t.tokens.map(\.key).contains("الرقه"))
    }
}
