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
        var out = String.UnicodeScalarView()
        var title: String?
        var i = 0
        var skipUntil: String?
        var inTitle = false
        var titleText = String.UnicodeScalarView()
        while i < s.count {
            let c = s[i]
            if c == "<" {
                var j = i + 1
                while j < s.count && s[j] != ">" { j += 1 }
                let tag = String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)])).lowercased()
                let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                let closing = tag.hasPrefix("/")
                if let skip = skipUntil {
                    if closing && name == skip { skipUntil = nil }
                } else if !closing && (name == "script" || name == "style") {
                    skipUntil = name
                }
                if name == "title" {
                    if closing { inTitle = false; title = String(titleText) } else { inTitle = true }
                }
                if blockTags.contains(name) { out.append("\n") }
                i = j + 1
                continue
            }
            if skipUntil != nil { i += 1; continue }
            var emitted: [Unicode.Scalar] = [c]
            if c == "&" {
                var j = i + 1
                while j < s.count && j - i < 10 && s[j] != ";" { j += 1 }
                if j < s.count && s[j] == ";" {
                    let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                    if let r = entities[name] {
                        emitted = Array(r.unicodeScalars)
                        i = j
                    } else if name.hasPrefix("#"), let v = UInt32(name.hasPrefix("#x") ? String(name.dropFirst(2)) : String(name.dropFirst()), radix: name.hasPrefix("#x") ? 16 : 10), let u = Unicode.Scalar(v) {
                        emitted = [u]
                        i = j
                    }
                }
            }
            if inTitle { titleText.append(contentsOf: emitted) } else { out.append(contentsOf: emitted) }
            i += 1
        }
        return (String(out), title?.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

import Foundation
