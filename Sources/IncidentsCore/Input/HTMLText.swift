/// Crude but safe HTML to text: drops scripts, styles and tags, decodes common entities,
/// turns block tags into line breaks, and keeps the <title>.
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
        let s = Array(html.unicodeScalars)
        let n = s.count
        func isLetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        func lower(_ c: Unicode.Scalar) -> Unicode.Scalar { c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 0x20)! : c }
        /// Whether `word` (lower case ASCII) is at `k`, ignoring ASCII case.
        func matches(_ word: [Unicode.Scalar], at k: Int) -> Bool {
            guard k + word.count <= n else { return false }
            for (d, w) in word.enumerated() where lower(s[k + d]) != w { return false }
            return true
        }
        /// The first `word` at or after `k`.
        func find(_ word: [Unicode.Scalar], from k: Int) -> Int? {
            var k = k
            while k + word.count <= n {
                if matches(word, at: k) { return k }
                k += 1
            }
            return nil
        }
        var out = String.UnicodeScalarView()
        var title: String?
        var inTitle = false
        var titleText = String.UnicodeScalarView()
        var i = 0
        while i < n {
            let c = s[i]
            let next = i + 1 < n ? s[i + 1] : " "
            if c == "<" && matches(["!", "-", "-"], at: i + 1) {
                // A comment, up to "-->" (or the end of a page that never closes it).
                i = find(["-", "-", ">"], from: i + 4).map { $0 + 3 } ?? n
                continue
            }
            // A "<" followed by anything else than a letter, "/", "!" or "?" is text ("5 < 7").
            if c == "<" && (isLetter(next) || next == "/" || next == "!" || next == "?") {
                var j = i + 1
                while j < n && s[j] != ">" { j += 1 }
                let closing = next == "/"
                var name = String.UnicodeScalarView()
                var k = closing ? i + 2 : i + 1
                while k < j && (isLetter(s[k]) || (s[k] >= "0" && s[k] <= "9")) {
                    name.append(lower(s[k]))
                    k += 1
                }
                let tag = String(name)
                i = j + 1
                // Any tag ends the title: </title>, or the next tag of a page that forgot it.
                if inTitle {
                    inTitle = false
                    title = String(titleText)
                }
                if tag == "title" && !closing && title == nil { inTitle = true }
                if blockTags.contains(tag) { out.append("\n") }
                if !closing && (tag == "script" || tag == "style") {
                    // Raw text up to the closing tag: a "<" or "<p>" inside a script is no tag.
                    let end = Array(("</" + tag).unicodeScalars)
                    if let e = find(end, from: i) {
                        i = e
                        while i < n && s[i] != ">" { i += 1 }
                        i += 1
                    } else {
                        i = n
                    }
                }
                continue
            }
            var emitted: [Unicode.Scalar] = [c]
            if c == "&" {
                var j = i + 1
                while j < n && j - i < 10 && s[j] != ";" { j += 1 }
                if j < n && s[j] == ";" {
                    let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                    let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
                    if let r = entities[name] {
                        emitted = Array(r.unicodeScalars)
                        i = j
                    } else if name.hasPrefix("#"),
                        let v = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), v != 0,
                        let u = Unicode.Scalar(v)
                    {
                        emitted = [u]
                        i = j
                    }
                }
            }
            // One scalar at a time: UnicodeScalarView.append(contentsOf:) copies the whole
            // view (replaceSubrange), which made extraction quadratic (a 1 MB title: minutes).
            for e in emitted {
                if inTitle { titleText.append(e) } else { out.append(e) }
            }
            i += 1
        }
        if inTitle { title = String(titleText) }
        return (String(out), title?.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
