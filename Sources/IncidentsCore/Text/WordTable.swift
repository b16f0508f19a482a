/// The word layer's one table: normalised word keys → values, looked up by a token (its
/// precomputed `Token.hash`) or by a key String (build-time and query-time code).
///
/// Shaped for the per-token look-up, which runs for every token against dozens of tables
/// and mostly misses: open addressing with linear probing on the 64-bit `WordHash`, so a
/// look-up is a mask, one integer compare per probed slot (an empty slot ends a miss), and
/// a byte compare of the key only where the hashes agree. A hash hit with other bytes is a
/// miss, and two keys with one hash both live in the table (the probe goes on past the
/// first). No String hashing and no Unicode normalisation at run time.
///
/// Entries in normal Arabic are turned into keys here (`ArabicNormalizer.key`), with the
/// surface forms their `CliticOption` allows.
struct WordTable<Value: Sendable>: Sendable {
    /// 0 marks an empty slot (a real hash of 0 is stored as 1).
    private var hashes: [UInt64]
    private var storedKeys: [String]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init() { self.init(capacity: 16) }

    private init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        storedKeys = [String](repeating: "", count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    /// `dictionary`: normalised key → value, matched exactly.
    init(keys dictionary: [String: Value]) {
        self.init()
        for (k, v) in dictionary { self[k] = v }
    }

    /// `entries`: written words (normal Arabic, normalised here) → value, each also found
    /// under the surface forms `option` allows.
    ///
    /// When two entries give one surface form («للعمليات» is ل + «العمليات» and لل +
    /// «عمليات»), `combine` merges their values; without it the earlier entry keeps it. The
    /// plain form of an entry always wins over a clitic form of another (the last entry with
    /// that plain form wins). The result depends only on the order of `entries`: callers pass
    /// them in a fixed order (never a Set's or a Dictionary's).
    init(
        _ option: CliticOption, _ entries: [(String, Value)],
        combine: ((Value, Value) -> Value)? = nil
    ) {
        self.init()
        let keyed = entries.map { (ArabicNormalizer.key($0.0), $0.1) }
        for (key, value) in keyed {
            for surface in Clitics.surfaces(of: key, option) {
                if let old = self[surface] {
                    if let combine { self[surface] = combine(old, value) }
                } else {
                    self[surface] = value
                }
            }
        }
        for (key, value) in keyed { self[key] = value }
    }

    // MARK: Look-ups

    /// The next slot at or after `i` (wrapping) whose stored hash is `h`, or nil at an
    /// empty slot. Only hashes are read here: on the common miss path the probed key is
    /// never touched (reading it would copy and retain the token's String).
    @inline(__always)
    private func probe(_ h: UInt64, from i: Int) -> Int? {
        hashes.withUnsafeBufferPointer { hs in
            var i = i
            while true {
                let e = hs[i]
                if e == h { return i }
                if e == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// The slot holding `key` (whose hash is `hash`), or nil: the hash finds the slot, the
    /// bytes confirm it (a slot with the hash and other bytes is passed over).
    @inline(__always)
    private func slot(of key: String, hash: UInt64) -> Int? {
        let h = Self.stored(hash)
        var i = Self.start(h, mask)
        while let j = probe(h, from: i) {
            if sameKey(storedKeys[j], key) { return j }
            i = (j + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func stored(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    @inline(__always)
    private static func start(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    }

    /// The value of a token's key, found by the token's precomputed hash.
    ///
    /// Shaped so that the inlined miss path (most tokens) reads only `token.hash`: the
    /// bytes are compared out of line, on a hash hit. Reading `token.key` on the inlined
    /// path makes callers copy the token out of their array (a retain and a release of its
    /// key) at every look-up.
    @inline(__always)
    subscript(_ token: Token) -> Value? {
        let h = Self.stored(token.hash)
        guard let j = probe(h, from: Self.start(h, mask)) else { return nil }
        return confirm(token, at: j, hash: h)
    }

    /// The value at the first slot from `j` whose hash is `h` and whose key is the token's.
    @inline(never)
    private func confirm(_ token: Token, at j: Int, hash h: UInt64) -> Value? {
        var j = j
        while true {
            if sameKey(storedKeys[j], token.key) { return values[j] }
            guard let next = probe(h, from: (j + 1) & mask) else { return nil }
            j = next
        }
    }

    /// The value of a normalised key.
    subscript(_ key: String) -> Value? {
        @inline(__always) get {
            guard let i = slot(of: key, hash: WordHash.of(key)) else { return nil }
            return values[i]
        }
        set(v) {
            let h = WordHash.of(key)
            if let v {
                insert(key, hash: h, v)
            } else if slot(of: key, hash: h) != nil {
                // Removal would break probe chains (tables are built once; rare): rebuild.
                var rebuilt = WordTable(capacity: count)
                forEachSlot { kh, k, e in if !sameKey(k, key) { rebuilt.insert(k, hash: kh, e) } }
                self = rebuilt
            }
        }
    }

    subscript(_ key: String, default d: @autoclosure () -> Value) -> Value {
        get { self[key] ?? d() }
        set(v) { self[key] = v }
    }

    /// Sets the value of `key` under a given hash. Internal: tests force a collision with it.
    mutating func insert(_ key: String, hash: UInt64, _ value: Value) {
        let h = Self.stored(hash)
        var i = Self.start(h, mask)
        while hashes[i] != 0 && !(hashes[i] == h && sameKey(storedKeys[i], key)) { i = (i + 1) & mask }
        if hashes[i] == 0 {
            hashes[i] = h
            storedKeys[i] = key
            values[i] = value
            count += 1
            if count * 2 > hashes.count { grow() }
        } else {
            values[i] = value
        }
    }

    /// The value of `key` looked up under a given hash (tests of collisions).
    func value(_ key: String, hash: UInt64) -> Value? {
        guard let i = slot(of: key, hash: hash) else { return nil }
        return values[i]
    }

    // MARK: Whole table

    /// Every key, in slot order.
    var keys: [String] {
        var out: [String] = []
        forEach { k, _ in out.append(k) }
        return out
    }

    var isEmpty: Bool { count == 0 }

    /// Every key and value, in slot order.
    func forEach(_ body: (String, Value) -> Void) {
        forEachSlot { _, k, v in body(k, v) }
    }

    func mapValues<T: Sendable>(_ f: (Value) -> T) -> WordTable<T> {
        var out = WordTable<T>()
        forEachSlot { h, k, v in out.insert(k, hash: h, f(v)) }
        return out
    }

    /// This table with the entries of `other` added; `uniquing` decides a key both hold.
    func merging(_ other: WordTable, uniquingKeysWith uniquing: (Value, Value) -> Value) -> WordTable {
        var out = self
        other.forEachSlot { h, k, v in
            if let i = out.slot(of: k, hash: h), let old = out.values[i] {
                out.values[i] = uniquing(old, v)
            } else {
                out.insert(k, hash: h, v)
            }
        }
        return out
    }

    private func forEachSlot(_ body: (UInt64, String, Value) -> Void) {
        for i in hashes.indices where hashes[i] != 0 { body(hashes[i], storedKeys[i], values[i]!) }
    }

    private mutating func grow() {
        var bigger = WordTable(capacity: hashes.count)
        forEachSlot { bigger.insert($1, hash: $0, $2) }
        self = bigger
    }
}

/// A set of normalised word keys: a `WordTable` without values.
struct WordSet: Sendable, Sequence {
    private var table = WordTable<Bool>()

    init() {}

    /// Already normalised keys, matched exactly.
    init<S: Sequence>(keys: S) where S.Element == String {
        formUnion(keys)
    }

    /// Written words (normal Arabic, normalised here), with the forms `option` allows.
    /// The one way to make a lexicon's word list.
    init(_ option: CliticOption, _ words: [String]) {
        table = WordTable(option, words.map { ($0, true) })
    }

    @inline(__always)
    func contains(_ token: Token) -> Bool { table[token] != nil }

    @inline(__always)
    func contains(_ key: String) -> Bool { table[key] != nil }

    /// Whether any token of `range` is in the set.
    @inline(__always)
    func any(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for i in range where table[tokens[i]] != nil { return true }
        return false
    }

    /// Every key, in slot order.
    var keys: [String] { table.keys }
    var count: Int { table.count }
    var isEmpty: Bool { table.isEmpty }

    func makeIterator() -> IndexingIterator<[String]> { keys.makeIterator() }

    func union(_ other: WordSet) -> WordSet { union(other.keys) }

    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        var s = self
        s.formUnion(other)
        return s
    }

    mutating func formUnion<S: Sequence>(_ keys: S) where S.Element == String {
        for k in keys { table[k] = true }
    }
}
