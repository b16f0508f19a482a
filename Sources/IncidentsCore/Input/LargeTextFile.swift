import Foundation

/// A large UTF-8 text file read straight into its String: reading the bytes and then
/// decoding them (`TextDecoding`) held the text twice (a 50 MB article took 100 MB before
/// its extraction began). Only the common case takes this path: valid UTF-8, with or
/// without a BOM, no NUL byte and no U+FFFD. Anything else (UTF-16, legacy Arabic
/// encodings, binary data, a repaired or genuine U+FFFD, a file that changed size) gives
/// nil, and the caller reads the file the ordinary way, which decides and reports as before.
enum LargeTextFile {
    /// Files of at least this size take this path (smaller ones cost little either way).
    static let minimumBytes = 1 << 20

    /// The text of the `size` bytes of the regular file open at `fd` (at its start), or nil.
    static func read(_ fd: Int32, size: Int) -> String? {
        guard size >= minimumBytes else { return nil }
        var usable = true
        let text = String(unsafeUninitializedCapacity: size) { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var n = 0
            while n < size {
                let got = Foundation.read(fd, base + n, size - n)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                n += got
            }
            var extra: UInt8 = 0
            guard n == size, Foundation.read(fd, &extra, 1) == 0,
                !(base[0] == 0xFF && base[1] == 0xFE), !(base[0] == 0xFE && base[1] == 0xFF)
            else {
                usable = false
                return 0
            }
            var count = n
            if base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
                memmove(base, base + 3, n - 3)
                count -= 3
            }
            if memchr(base, 0, count) != nil { usable = false }
            return usable ? count : 0
        }
        guard usable, !containsReplacement(text) else { return nil }
        return text
    }

    /// Whether `text` holds U+FFFD (EF BF BD): the String's initializer put one in place
    /// of each invalid sequence, or the file had one; either way the ordinary path decides.
    static func containsReplacement(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i + 2 < b.count {
                if b[i] == 0xEF && b[i + 1] == 0xBF && b[i + 2] == 0xBD { return true }
                i += 1
            }
            return false
        }
    }
}
