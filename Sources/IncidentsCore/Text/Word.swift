/// One normalised word compared often on its own («ضد», «من»): its key and its hash, so
/// that comparing a token costs an integer compare, and a byte compare only when the
/// hashes agree.
struct Word: Sendable {
    let key: String
    let hash: UInt64

    /// `key`: an already normalised key (a token's key, or a piece of one).
    init(key: String) {
        self.key = key
        hash = WordHash.of(key)
    }

    /// `written`: the word in normal Arabic, normalised here.
    init(_ written: String) { self.init(key: ArabicNormalizer.key(written)) }

    /// Whether `token` is this word: the hash first, inline; the bytes out of line, only
    /// when the hashes agree (reading the token's key inline makes callers copy the token
    /// out of their array at every comparison).
    @inline(__always)
    static func == (token: Token, word: Word) -> Bool {
        token.hash == word.hash && word.hasBytes(of: token)
    }

    @inline(never)
    private func hasBytes(of token: Token) -> Bool { sameKey(token.key, key) }

    @inline(__always)
    static func != (token: Token, word: Word) -> Bool { !(token == word) }
}

/// Function words the extraction steps compare single tokens with.
enum FunctionWords {
    static let didd = Word("ضد")
    static let min = Word("من")
    static let bayn = Word("بين")
    static let baynaha = Word("بينها")
    static let alaan = Word("الآن")
    static let hatta = Word("حتى")
    static let mundhu = Word("منذ")
    static let maa = Word("مع")
}
