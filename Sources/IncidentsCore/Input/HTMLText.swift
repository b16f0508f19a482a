/// Crude but safe HTML to text: drops scripts, styles and tags, decodes common entities,
/// turns block tags into line breaks, and keeps the <title>.
///
/// Works on the page's UTF-8 bytes: everything it looks for (`<`, `>`, `&`, `;`, tag names,
/// entity names) is ASCII, and an ASCII byte is never part of a multi-byte character, so
/// text is copied byte for byte. (An array of unicode scalars took 4 bytes per character:
/// a 50 MB page cost 110 MB more.)
enum HTMLText {
    static func looksLikeHTML(_ s: String) -> Bool {
        let head = s.prefix(512).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
    }

    static let blockTags: Set<String> = ["p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "article", "section"]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "laquo": "«", "raquo": "»",
    ]

    static func extract(_ html: String) -> (text: String, title: String?) {
        var html = html
        return html.withUTF8 { bytes in
            var page = Page(s: bytes)
            page.run()
            let title = page.title.map { String(decoding: $0, as: UTF8.self) }
            return (String(decoding: page.out, as: UTF8.self), title?.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The conversion's state over the page's bytes.
    private struct Page {
        let s: UnsafeBufferPointer<UInt8>
        var out: [UInt8] = []
        var title: [UInt8]?
        var inTitle = false
        var titleText: [UInt8] = []

        init(s: UnsafeBufferPointer<UInt8>) {
            self.s = s
            out.reserveCapacity(s.count)
        }

        static func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }

        /// Whether `word` (lower-case ASCII) is at `k`, ignoring ASCII case.
        func matches(_ word: [UInt8], at k: Int) -> Bool {
            guard k + word.count <= s.count else { return false }
            for (d, w) in word.enumerated() where Self.lower(s[k + d]) != w { return false }
            return true
        }

        /// The first `word` at or after `k`.
        func find(_ word: [UInt8], from k: Int) -> Int? {
            var k = k
            while k + word.count <= s.count {
                if matches(word, at: k) { return k }
                k += 1
            }
            return nil
        }

        mutating func emit(_ bytes: some Sequence<UInt8>) {
            if inTitle { titleText.append(contentsOf: bytes) } else { out.append(contentsOf: bytes) }
        }

        mutating func run() {
            let n = s.count
            var i = 0
            while i < n {
                let c = s[i]
                let next = i + 1 < n ? s[i + 1] : UInt8(ascii: " ")
                if c == UInt8(ascii: "<") && matches(Array("!--".utf8), at: i + 1) {
                    // A comment, up to "-->" (or the end of a page that never closes it).
                    i = find(Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                // A "<" followed by anything else than a letter, "/", "!" or "?" is text ("5 < 7").
                if c == UInt8(ascii: "<")
                    && (Self.isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?"))
                {
                    i = tag(at: i, next: next)
                    continue
                }
                if c == UInt8(ascii: "&"), let (decoded, end) = entity(at: i) {
                    emit(decoded)
                    i = end + 1
                    continue
                }
                // One byte at a time, straight to the array (no per-character String).
                if inTitle { titleText.append(c) } else { out.append(c) }
                i += 1
            }
            if inTitle { title = titleText }
        }

        /// A tag starting at `i` (its `<`): handled, and where reading goes on.
        mutating func tag(at i: Int, next: UInt8) -> Int {
            let n = s.count
            var j = i + 1
            while j < n && s[j] != UInt8(ascii: ">") { j += 1 }
            let closing = next == UInt8(ascii: "/")
            var name: [UInt8] = []
            var k = closing ? i + 2 : i + 1
            while k < j && (Self.isLetter(s[k]) || (s[k] >= 0x30 && s[k] <= 0x39)) {
                name.append(Self.lower(s[k]))
                k += 1
            }
            let tag = String(decoding: name, as: UTF8.self)
            var at = j + 1
            // Any tag ends the title: </title>, or the next tag of a page that forgot it.
            if inTitle {
                inTitle = false
                title = titleText
            }
            if tag == "title" && !closing && title == nil { inTitle = true }
            if blockTags.contains(tag) { out.append(0x0A) }
            if !closing && (tag == "script" || tag == "style") {
                // Raw text up to the closing tag: a "<" or "<p>" inside a script is no tag.
                if let e = find(Array("</".utf8) + name, from: at) {
                    at = e
                    while at < n && s[at] != UInt8(ascii: ">") { at += 1 }
                    at += 1
                } else {
                    at = n
                }
            }
            return at
        }

        /// The character an entity at `i` (its `&`) stands for, as UTF-8, and the index of its
        /// `;`; nil when it is no entity known here (the `&` is then text). Names are ASCII:
        /// looking stops at the tenth byte or at the first that is not.
        func entity(at i: Int) -> ([UInt8], Int)? {
            let n = s.count
            var j = i + 1
            while j < n && j - i < 10 && s[j] != UInt8(ascii: ";") && s[j] < 0x80 { j += 1 }
            guard j < n && s[j] == UInt8(ascii: ";") else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<j]), as: UTF8.self)
            let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
            if let r = entities[name] { return (Array(r.utf8), j) }
            if name.hasPrefix("#"), let v = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), v != 0,
                let u = Unicode.Scalar(v)
            {
                return (Array(String(u).utf8), j)
            }
            return nil
        }
    }
}

import Foundation
