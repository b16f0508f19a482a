import Foundation

/// A lexicon key hashed and compared by its UTF-8 bytes.
///
/// Swift hashes and compares non-ASCII strings by canonical equivalence, which normalises
/// them first (about half a microsecond per Arabic word). Every key here comes from
/// `ArabicNormalizer`, so byte identity is the right equality and ten times cheaper.
struct WordKey: Hashable, Sendable {
    let string: String

    @inline(__always)
    init(_ s: String) { string = s }

    @inline(__always)
    static func == (a: WordKey, b: WordKey) -> Bool { sameKey(a.string, b.string) }

    @inline(__always)
    func hash(into h: inout Hasher) {
        // `withUTF8` also serves small (inline) strings, from a stack copy.
        var s = string
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Byte equality of two normalised keys.
@inline(__always)
func sameKey(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a, b = b
    return a.withUTF8 { pa in
        b.withUTF8 { pb in
            pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0
        }
    }
}

/// FNV-1a over the UTF-8 bytes of a key: a cheap integer key for the per-token gate.
@inline(__always)
func fnv1a(_ key: String) -> UInt64 {
    var s = key
    return s.withUTF8 { p in
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }
}

/// True when a key starts with the article «ال».
@inline(__always)
func hasArticle(_ k: String) -> Bool {
    var it = k.unicodeScalars.makeIterator()
    return it.next() == "ا" && it.next() == "ل"
}

/// A set of lexicon keys, looked up by the FNV hash of the key's bytes (or a token's
/// precomputed hash) with a byte compare: no SipHash, no Unicode normalisation.
struct KeySet: Sendable, Sequence {
    private var table = HashTable<String>()

    init() {}

    init<S: Sequence>(_ strings: S) where S.Element == String {
        formUnion(strings)
    }

    @inline(__always)
    func contains(_ k: String) -> Bool {
        guard let stored = table[fnv1a(k)] else { return false }
        return sameKey(stored, k)
    }

    @inline(__always)
    func contains(_ token: Token) -> Bool {
        guard let stored = table[token.hash] else { return false }
        return sameKey(stored, token.key)
    }

    var strings: [String] {
        var out: [String] = []
        table.forEach { _, k in out.append(k) }
        return out
    }

    func union<S: Sequence>(_ other: S) -> KeySet where S.Element == String {
        var s = self
        s.formUnion(other)
        return s
    }

    var count: Int { table.count }
    var isEmpty: Bool { table.count == 0 }

    func makeIterator() -> IndexingIterator<[String]> { strings.makeIterator() }

    mutating func formUnion<S: Sequence>(_ strings: S) where S.Element == String {
        for k in strings { table[fnv1a(k)] = k }
    }
}

/// A dictionary keyed by lexicon keys (see `KeySet`).
struct KeyMap<Value: Sendable>: Sendable {
    private var table = HashTable<(key: String, value: Value)>()

    init() {}

    /// `dictionary`: normalised key → value.
    init(_ dictionary: [String: Value]) {
        for (k, v) in dictionary { self[k] = v }
    }

    /// The value of a token's key, found by the token's precomputed hash.
    @inline(__always)
    subscript(_ token: Token) -> Value? {
        guard let e = table[token.hash], sameKey(e.key, token.key) else { return nil }
        return e.value
    }

    @inline(__always)
    subscript(_ k: String) -> Value? {
        get {
            guard let e = table[fnv1a(k)], sameKey(e.key, k) else { return nil }
            return e.value
        }
        set(v) {
            if let v {
                table[fnv1a(k)] = (k, v)
            } else if self[k] != nil {
                // Removal (lexicons are built once; rare): rebuild without the key.
                var rebuilt = HashTable<(key: String, value: Value)>(capacity: table.count)
                table.forEach { h, e in if !sameKey(e.key, k) { rebuilt[h] = e } }
                table = rebuilt
            }
        }
    }

    subscript(_ k: String, default d: @autoclosure () -> Value) -> Value {
        get { self[k] ?? d() }
        set(v) { self[k] = v }
    }

    var keys: [String] {
        var out: [String] = []
        table.forEach { _, e in out.append(e.key) }
        return out
    }

    func mapValues<T: Sendable>(_ f: (Value) -> T) -> KeyMap<T> {
        var out = KeyMap<T>()
        table.forEach { _, e in out[e.key] = f(e.value) }
        return out
    }

    func forEach(_ body: (String, Value) -> Void) {
        table.forEach { _, e in body(e.key, e.value) }
    }
}
