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

/// A set of lexicon keys.
struct KeySet: Sendable {
    private var items: Set<WordKey> = []

    init() {}

    init<S: Sequence>(_ strings: S) where S.Element == String {
        items = Set(strings.map(WordKey.init))
    }

    @inline(__always)
    func contains(_ k: String) -> Bool { items.contains(WordKey(k)) }

    var strings: [String] { items.map(\.string) }

    func union(_ other: KeySet) -> KeySet {
        var s = self
        s.items.formUnion(other.items)
        return s
    }

    mutating func formUnion<S: Sequence>(_ strings: S) where S.Element == String {
        items.formUnion(strings.map(WordKey.init))
    }
}

/// A dictionary keyed by lexicon keys.
struct KeyMap<Value: Sendable>: Sendable {
    private var dict: [WordKey: Value] = [:]

    init() {}

    @inline(__always)
    subscript(_ k: String) -> Value? {
        get { dict[WordKey(k)] }
        set(v) { dict[WordKey(k)] = v }
    }

    subscript(_ k: String, default d: @autoclosure () -> Value) -> Value {
        get { dict[WordKey(k), default: d()] }
        set(v) { dict[WordKey(k)] = v }
    }

    var keys: [String] { dict.keys.map(\.string) }

    func mapValues<T: Sendable>(_ f: (Value) -> T) -> KeyMap<T> {
        var out = KeyMap<T>()
        for (k, v) in dict { out[k.string] = f(v) }
        return out
    }

    func forEach(_ body: (String, Value) -> Void) {
        for (k, v) in dict { body(k.string, v) }
    }
}
