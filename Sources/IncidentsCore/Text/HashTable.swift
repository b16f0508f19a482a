/// A map from 64-bit word hashes (`Token.hash`, `fnv1a`) to values: open addressing with
/// linear probing. The hashes are already well mixed, so a look-up is a mask, a compare or
/// two and no re-hashing (Swift's `Dictionary` would hash the integer again with SipHash,
/// which cost a tenth of the extractor's time).
struct HashTable<Value: Sendable>: Sendable {
    /// 0 marks an empty slot (a real hash of 0 is stored as 1).
    private var hashes: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func stored(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    @inline(__always)
    private func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) & mask }

    subscript(_ hash: UInt64) -> Value? {
        @inline(__always) get {
            let h = Self.stored(hash)
            return hashes.withUnsafeBufferPointer { keys in
                var i = slot(h)
                while true {
                    let e = keys[i]
                    if e == h { return values[i] }
                    if e == 0 { return nil }
                    i = (i + 1) & mask
                }
            }
        }
        set {
            let h = Self.stored(hash)
            var i = slot(h)
            while hashes[i] != 0 && hashes[i] != h { i = (i + 1) & mask }
            if hashes[i] == 0 {
                guard let newValue else { return }
                hashes[i] = h
                values[i] = newValue
                count += 1
                if count * 2 > hashes.count { grow() }
            } else if let newValue {
                values[i] = newValue
            } else {
                // Removal would break probe chains; lexicons never remove.
                preconditionFailure("HashTable does not remove entries")
            }
        }
    }

    /// Every stored hash and value (in slot order).
    func forEach(_ body: (UInt64, Value) -> Void) {
        for i in hashes.indices where hashes[i] != 0 { body(hashes[i], values[i]!) }
    }

    private mutating func grow() {
        var bigger = HashTable(capacity: hashes.count)
        forEach { bigger[$0] = $1 }
        self = bigger
    }
}
