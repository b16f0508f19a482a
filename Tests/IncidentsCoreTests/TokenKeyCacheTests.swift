import Testing

@testable import IncidentsCore

@Suite struct TokenKeyCacheTests {
    func key(_ cache: TokenKeyCache, _ s: String, hash: UInt64? = nil) -> String {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { cache.key($0, hash: hash ?? WordHash.of(s)) }
    }

    @Test func returnsTheKeyOfTheBytesWhateverTheSlotHolds() {
        let cache = TokenKeyCache(slots: 2)  // tiny: every key shares a slot
        for s in ["في", "من", "في", "مدينة الرقة الشمالية الشرقية", "", "a", "في"] {
            #expect(key(cache, s) == s)
        }
        // A slot whose hash matches but whose bytes differ (a collision) is not trusted.
        #expect(key(cache, "قوات", hash: 42) == "قوات")
        #expect(key(cache, "غارة", hash: 42) == "غارة")
    }

    @Test func tokensWithAndWithoutTheCacheAreTheSame() {
        let text = "قُتل 5 مدنيين في غارة على مدينة الرقة، وفي ريف الرقة قتل 2 آخرون في غارة ثانية."
        let cache = TokenKeyCache(slots: 8)
        let plain = TokenizedText(text).tokens
        #expect(TokenizedText(text, cache: cache).tokens == plain)
        #expect(TokenizedText(text, cache: cache).tokens == plain)
    }
}
