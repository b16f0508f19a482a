import Foundation

/// Token keys made before, reused across the articles of one run: a direct-mapped table
/// from a key's FNV hash to its String. Common words («في», «من», «قوات») are made once
/// instead of decoding and validating their bytes at every occurrence. A slot holds the
/// last key that hashed to it; a hit is checked byte for byte, so a collision only costs
/// a miss. Not thread-safe: one per `Ingester`.
final class TokenKeyCache {
    // Raw buffers, not arrays: a class's `var` arrays cost a run-time exclusivity check
    // and a uniqueness check per access, more than the look-up itself.
    private let hashes: UnsafeMutablePointer<UInt64>
    private let strings: UnsafeMutablePointer<String>
    private let size: Int
    private let mask: Int

    init(slots: Int = 1 << 16) {
        var size = 1
        while size < slots { size <<= 1 }
        self.size = size
        mask = size - 1
        hashes = .allocate(capacity: size)
        hashes.initialize(repeating: 0, count: size)
        strings = .allocate(capacity: size)
        strings.initialize(repeating: "", count: size)
    }

    deinit {
        strings.deinitialize(count: size)
        strings.deallocate()
        hashes.deallocate()
    }

    /// The String of valid UTF-8 `bytes` whose FNV-1a hash is `hash`.
    @inline(__always)
    func key(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String {
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        if hashes[slot] == hash {
            var known = strings[slot]
            let same = known.withUTF8 { k in
                k.count == bytes.count
                    && (k.count == 0 || memcmp(k.baseAddress!, bytes.baseAddress!, k.count) == 0)
            }
            if same { return known }
        }
        let made = String(decoding: bytes, as: UTF8.self)
        hashes[slot] = hash
        strings[slot] = made
        return made
    }
}
