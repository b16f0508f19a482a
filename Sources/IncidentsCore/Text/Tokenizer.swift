/// What separates a token from the one before it.
public enum Boundary: UInt8, Comparable, Sendable {
    /// Plain white space (or nothing: the first token).
    case space = 0
    /// A quote, bracket or hyphen.
    case quote = 1
    /// A comma or colon (، , :).
    case comma = 2
    /// A full stop, question or exclamation mark, semicolon or line break.
    case hard = 3

    public static func < (a: Boundary, b: Boundary) -> Bool { a.rawValue < b.rawValue }
}

/// One word of an article: its matching key and where it stands in the original text.
public struct Token: Sendable, Equatable {
    /// Normalised key (see `ArabicNormalizer`), punctuation removed from both edges.
    public var key: String
    /// Offset of the first unicode scalar of the word in the original text.
    public var start: Int
    /// Offset just past the last scalar of the word in the original text.
    public var end: Int
    /// The strongest punctuation between the previous token and this one.
    public var boundary: Boundary
    /// True when the previous token is separated from this one by two or more spaces and
    /// nothing else: the trace of a number some sources strip from their text
    /// («قتل  مدنيين»). A number is present but unknown.
    public var gapBefore: Bool
    /// True when the token is made of ASCII digits (after normalisation), possibly with
    /// inner separators («1,000», «2.5»).
    public var isNumber: Bool
    /// `WordHash` of the key's UTF-8 bytes: word tables look tokens up by this integer
    /// (Swift hashes Arabic strings slowly, normalising them first). Internal to the word
    /// layer: other code asks a `WordTable`, a `WordSet` or a `Word`.
    var hash: UInt64

    public init(
        key: String, start: Int, end: Int, boundary: Boundary, gapBefore: Bool, isNumber: Bool
    ) {
        self.init(
            key: key, hash: WordHash.of(key), start: start, end: end, boundary: boundary,
            gapBefore: gapBefore, isNumber: isNumber)
    }

    init(
        key: String, hash: UInt64, start: Int, end: Int, boundary: Boundary, gapBefore: Bool,
        isNumber: Bool
    ) {
        self.key = key
        self.start = start
        self.end = end
        self.boundary = boundary
        self.gapBefore = gapBefore
        self.isNumber = isNumber
        self.hash = hash
    }
}

/// An article split into tokens, with the original scalars kept for evidence and offsets.
///
/// Social-media text is read as the words it stands for: a word broken up by tatweel and a
/// dot or space is one token spanning its broken spelling (`BrokenWords`); a hashtag is its
/// words (`#` and `_` separate, and `Hashtags` splits a glued place name); platform
/// boilerplate lines are dropped (`Boilerplate`). Each costs news text next to nothing.
public struct TokenizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]

    public init(_ text: String) {
        self.init(text, cache: nil)
    }

    /// With `cache`, token keys seen before in the run are reused (see `TokenKeyCache`).
    init(_ text: String, cache: TokenKeyCache?) {
        let scalars = Self.scalars(of: text)
        self.scalars = scalars
        self.tokens = Self.tokenize(scalars, cache: cache)
    }

    /// The unicode scalars of `text`, decoded from its UTF-8 in one pass (a String is valid
    /// UTF-8, so every sequence is complete).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            // Exactly one slot per scalar (the bytes that do not continue a sequence): one
            // per byte would double the array for Arabic, 4 bytes a scalar of 2-byte letters.
            var scalarCount = 0
            for b in bytes where b & 0xC0 != 0x80 { scalarCount += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { out, count in
                var i = 0
                var n = 0
                let end = bytes.count
                while i < end {
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
                        v |= UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        v |= UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out.initializeElement(at: n, to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    n += 1
                }
                count = n
            }
        }
    }

    /// The original text between two scalar offsets.
    public func text(from start: Int, to end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    /// The original text of tokens `range` (from the first token's start to the last's end).
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
    }

    /// The keys of tokens `range` joined by single spaces.
    public func key(tokens range: Range<Int>) -> String {
        tokens[range].map(\.key).joined(separator: " ")
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool { s.value >= 0x0620 && s.value <= 0x06FF }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return true }
        if v >= 0x61 && v <= 0x7A { return true }
        if v < 0x80 { return false }
        if v >= 0x0621 && v <= 0x064A { return true }
        if v >= 0x0671 && v <= 0x06D3 { return true }
        return s.properties.isAlphabetic
    }

    static func tokenize(_ scalars: [Unicode.Scalar], cache: TokenKeyCache? = nil) -> [Token] {
        ArabicNormalizer.withTable { table in
            scalars.withUnsafeBufferPointer { buffer in
                var state = TokenizerState(capacity: buffer.count / 5, cache: cache, source: buffer)
                defer { state.release() }
                state.run(buffer, table)
                // Platform boilerplate is looked for only when one of its words was seen.
                if state.sawPlatformWord { Boilerplate.drop(from: &state.tokens, in: buffer) }
                return state.tokens
            }
        }
    }

    fileprivate static func nextMapped(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int, _ table: UnsafeBufferPointer<UInt32>
    ) -> Unicode.Scalar? {
        var k = j
        while k < scalars.count {
            switch ArabicNormalizer.map(scalars[k], table) {
            case .keep: return scalars[k]
            case .delete: k += 1
            case .space: return " "
            case .replace(let r): return r
            case .expand(let e): return e.first
            }
        }
        return nil
    }
}

/// The tokenizer's working state, a struct with mutating methods (not closures over
/// locals, whose captured variables Swift checks for exclusive access at run time).
private struct TokenizerState {
    var tokens: [Token] = []
    /// The key as UTF-8 bytes (one String per token, built once at the end), in a buffer
    /// this state allocates and `release()` frees.
    var key: UnsafeMutablePointer<UInt8>
    var keyCount = 0
    var keyCapacity = 256
    var lastKeyScalar: Unicode.Scalar = " "
    var start = -1
    var end = -1
    var boundary = Boundary.space
    var spaces = 0
    var onlySpaces = true
    var allDigits = true
    var pendingBoundary = Boundary.space
    var pendingGap = false
    var percentLead = false
    /// Some token may be a platform word (`Boilerplate` is looked for only then).
    var sawPlatformWord = false

    let cache: TokenKeyCache?
    let source: UnsafeBufferPointer<Unicode.Scalar>

    init(capacity: Int, cache: TokenKeyCache?, source: UnsafeBufferPointer<Unicode.Scalar>) {
        tokens.reserveCapacity(capacity)
        key = .allocate(capacity: keyCapacity)
        self.cache = cache
        self.source = source
    }

    func release() { key.deallocate() }

    @inline(__always)
    mutating func appendKey(_ c: Unicode.Scalar) {
        if keyCount + 4 > keyCapacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: keyCapacity * 2)
            bigger.update(from: key, count: keyCount)
            key.deallocate()
            key = bigger
            keyCapacity *= 2
        }
        let v = c.value
        if v < 0x80 {
            key[keyCount] = UInt8(v)
            keyCount += 1
        } else if v < 0x800 {
            key[keyCount] = UInt8(0xC0 | (v >> 6))
            key[keyCount + 1] = UInt8(0x80 | (v & 0x3F))
            keyCount += 2
        } else if v < 0x10000 {
            key[keyCount] = UInt8(0xE0 | (v >> 12))
            key[keyCount + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            key[keyCount + 2] = UInt8(0x80 | (v & 0x3F))
            keyCount += 3
        } else {
            key[keyCount] = UInt8(0xF0 | (v >> 18))
            key[keyCount + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            key[keyCount + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            key[keyCount + 3] = UInt8(0x80 | (v & 0x3F))
            keyCount += 4
        }
        lastKeyScalar = c
    }

    mutating func flush() {
        guard start >= 0 else { return }
        // A place name glued in a hashtag («#ديرالزور»): at least two words of two letters.
        // The length first, then the scalar before the word: most tokens pay two compares.
        if keyCount >= 10, Hashtags.isInHashtag(start, source),
            let parts = Hashtags.parts(UnsafeBufferPointer(start: key, count: keyCount))
        {
            flushParts(parts)
            return
        }
        let h = WordHash.of(key, count: keyCount)
        // Latin words are few in news text: only they are compared with the platform words.
        if key[0] >= 0x61 && key[0] <= 0x7A && !sawPlatformWord { sawPlatformWord = Boilerplate.mayBePlatformWord(h) }
        let bytes = UnsafeBufferPointer(start: key, count: keyCount)
        tokens.append(Token(
            key: cache?.key(bytes, hash: h) ?? String(decoding: bytes, as: UTF8.self),
            hash: h, start: start, end: end,
            boundary: tokens.isEmpty ? .space : pendingBoundary,
            gapBefore: !tokens.isEmpty && pendingGap,
            isNumber: allDigits && !percentLead))
        reset()
    }

    mutating func reset() {
        keyCount = 0
        start = -1
        allDigits = true
        percentLead = false
        boundary = .space
        spaces = 0
        onlySpaces = true
    }

    /// One token per glued word of a hashtag; `parts`: their lengths in key scalars (two
    /// bytes each). Each part's offsets are found by normalising the source again.
    @inline(never)
    mutating func flushParts(_ parts: [Int]) {
        var byteAt = 0
        var from = start
        for (n, length) in parts.enumerated() {
            var to = end
            if n < parts.count - 1 {
                to = from
                var made = 0
                while made < length && to < end {
                    switch ArabicNormalizer.map(source[to]) {
                    case .keep, .replace: made += 1
                    case .expand(let e): made += e.count
                    case .delete, .space: break
                    }
                    to += 1
                }
            }
            let bytes = UnsafeBufferPointer(start: key + byteAt, count: length * 2)
            tokens.append(Token(
                key: String(decoding: bytes, as: UTF8.self), hash: WordHash.of(bytes), start: from, end: to,
                boundary: n > 0 || tokens.isEmpty ? .space : pendingBoundary,
                gapBefore: n == 0 && !tokens.isEmpty && pendingGap, isNumber: false))
            byteAt += length * 2
            from = to
        }
        reset()
    }

    mutating func run(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ table: UnsafeBufferPointer<UInt32>) {
        var i = 0
        let n = scalars.count
        while i < n {
            let original = scalars[i]
            let v = original.value
            if v < 0x0700 {
                // The common case, straight from the table: one scalar in, at most one out.
                let m = table[Int(v)]
                if m == ArabicNormalizer.keepCode {
                    consume(original, at: i, scalars, table)
                } else if m == ArabicNormalizer.deleteCode {
                    // Harakat and tatweel inside or at the end of a word belong to it («عنصراً»).
                    if start >= 0 {
                        end = i + 1
                        // A tatweel before a dot or space may break a word up («قـ.ـصف»): the
                        // word goes on at the letter after them.
                        if v == BrokenWords.tatweel, TokenizedText.isArabicLetter(lastKeyScalar),
                            let j = BrokenWords.continuation(at: i, in: scalars)
                        {
                            i = j
                            continue
                        }
                    }
                } else if m == ArabicNormalizer.spaceCode {
                    consume(" ", at: i, scalars, table)
                } else {
                    consume(Unicode.Scalar(m) ?? original, at: i, scalars, table)
                }
                i += 1
                continue
            }
            switch ArabicNormalizer.map(original, table) {
            case .keep: consume(original, at: i, scalars, table)
            case .delete: if start >= 0 { end = i + 1 }
            case .space: consume(" ", at: i, scalars, table)
            case .replace(let r): consume(r, at: i, scalars, table)
            // A presentation form that stands for several letters.
            case .expand(let e): for c in e { consume(c, at: i, scalars, table) }
            }
            i += 1
        }
        if start >= 0 { flush() }
    }

    /// One normalised scalar `c`, produced by the source scalar at `i`.
    @inline(__always)
    mutating func consume(
        _ c: Unicode.Scalar, at i: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        _ table: UnsafeBufferPointer<UInt32>
    ) {
        typealias T = TokenizedText
        let n = scalars.count
        if T.isWordScalar(c) {
            // Digits glued to an Arabic word («و25», «الـ25», «نحو80», «25شخصا»): the
            // number is its own token. Latin words keep their digits («F16»).
            if start >= 0, keyCount > 0,
                (!allDigits && T.isDigit(c) && T.isArabicLetter(lastKeyScalar))
                    || (allDigits && !percentLead && T.isArabicLetter(c))
            {
                flush()
                pendingBoundary = .space
                pendingGap = false
                start = i
            }
            if start < 0 {
                // A new token begins: what separated it is now complete.
                pendingBoundary = boundary
                pendingGap = onlySpaces && spaces >= 2
                start = i
            }
            appendKey(c)
            end = i + 1
            if !T.isDigit(c) { allDigits = false }
            return
        }
        // A dot inside a broken word («است.ـشهاد»): not a separator. Only dots and tatweels
        // follow it up to the next letter (`BrokenWords`), which the word takes as usual.
        if c == ".", start >= 0, T.isArabicLetter(lastKeyScalar), BrokenWords.continuation(at: i, in: scalars) != nil {
            return
        }
        // A separator inside a number: «1,000», «2.5».
        if start >= 0, allDigits, c == "." || c == ",",
            i + 1 < n, let next = T.nextMapped(scalars, i + 1, table), T.isDigit(next)
        {
            appendKey(c)
            end = i + 1
            return
        }
        // A percent sign next to a number stays in its key («25%», «%25»), so the
        // token is a share, not a count.
        if c == "%" {
            if start >= 0, allDigits {
                appendKey(c)
                end = i + 1
                allDigits = false
                return
            }
            if i + 1 < n, let next = T.nextMapped(scalars, i + 1, table), T.isDigit(next) {
                if start >= 0 { flush() }
                pendingBoundary = boundary
                pendingGap = onlySpaces && spaces >= 2
                start = i
                appendKey(c)
                end = i + 1
                percentLead = true
                return
            }
        }
        if start >= 0 { flush() }
        switch c {
        case " ":
            spaces += 1
        case "\n", ".", "!", "?", ";":
            boundary = max(boundary, .hard)
            onlySpaces = false
        case ",", ":":
            boundary = max(boundary, .comma)
            onlySpaces = false
        case "\"", "'", "(", ")", "[", "]", "{", "}", "-", "`":
            boundary = max(boundary, .quote)
            onlySpaces = false
        default:
            onlySpaces = false
        }
    }
}
