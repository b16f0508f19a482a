import Foundation

/// A string decoded a piece at a time (`JSONStream`), held at about its own size: bytes
/// gather in `pending`; every `flushBytes` they are checked as UTF-8 (a character cut at
/// the end waits for the next piece) and moved to a page of their own, mapped from the
/// system; `finish` copies the pages into one String of the exact size, unmapping each as
/// it goes. Growing the String by appending cost up to twice its size while it doubled
/// (a 33 MB text: 64 MB), and pages from `malloc` stay resident after they are freed.
struct StringSink {
    let flushBytes: Int
    private var pending: [UInt8] = []
    private var pages: [Page] = []
    private var size = 0
    /// False once a piece was not valid UTF-8.
    private(set) var valid = true

    init(flushBytes: Int) { self.flushBytes = flushBytes }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        pending.append(contentsOf: bytes)
        if pending.count >= flushBytes { flush(final: false) }
    }

    mutating func append(_ byte: UInt8) {
        pending.append(byte)
        if pending.count >= flushBytes { flush(final: false) }
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        appendUTF8(scalar, to: &pending)
        if pending.count >= flushBytes { flush(final: false) }
    }

    /// The whole string, nil when it is not valid UTF-8. The sink is empty after.
    mutating func finish() -> String? {
        defer { release() }
        guard valid else { return nil }
        if pages.isEmpty {
            // A short string (a key, an id): made from its bytes at once.
            return pending.withUnsafeBufferPointer(JSONLine.validString)
        }
        flush(final: true)
        guard valid else { return nil }
        var k = 0
        let text = String(unsafeUninitializedCapacity: size) { out in
            var at = 0
            while k < pages.count {
                let page = pages[k].bytes
                UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(out)[at..<(at + page.count)])
                    .copyMemory(from: UnsafeRawBufferPointer(page))
                at += page.count
                pages[k].free()
                k += 1
            }
            return at
        }
        pages.removeAll()
        return text
    }

    /// Gives the pages back (a string abandoned half-way, or after `finish`).
    mutating func release() {
        for k in pages.indices { pages[k].free() }
        pages.removeAll()
        pending = []
        size = 0
    }

    private mutating func flush(final: Bool) {
        guard valid else { return }
        let cut = pending.count - (final ? 0 : Self.unfinishedTail(pending))
        guard cut > 0 else { return }
        let ok = pending.withUnsafeBufferPointer { JSONLine.validString(UnsafeBufferPointer(rebasing: $0[..<cut])) != nil }
        guard ok else {
            valid = false
            release()
            return
        }
        let page = Page(count: cut)
        pending.withUnsafeBytes { page.bytes.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<cut])) }
        pages.append(page)
        size += cut
        pending.removeFirst(cut)
    }

    /// A piece of the string, in memory from the system (`mmap`), so that freeing it
    /// lowers the resident size at once: `malloc`'s heap, when it serves a piece, keeps it.
    struct Page {
        let bytes: UnsafeMutableRawBufferPointer
        private let mapped: Bool

        init(count: Int) {
            let p = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let p, p != UnsafeMutableRawPointer(bitPattern: -1) {
                bytes = UnsafeMutableRawBufferPointer(start: p, count: count)
                mapped = true
            } else {
                bytes = .allocate(byteCount: count, alignment: 16)
                mapped = false
            }
        }

        /// Frees the page; call it once.
        func free() {
            guard let base = bytes.baseAddress else { return }
            if mapped { munmap(base, bytes.count) } else { bytes.deallocate() }
        }
    }

    /// Bytes at the end of `b` that start a character whose other bytes have not come yet.
    static func unfinishedTail(_ b: [UInt8]) -> Int {
        var i = 1
        while i <= min(3, b.count) {
            let c = b[b.count - i]
            if c & 0xC0 == 0x80 {
                i += 1
                continue
            }
            guard c >= 0xC0 else { return 0 }
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            return length > i ? i : 0
        }
        return 0
    }
}
