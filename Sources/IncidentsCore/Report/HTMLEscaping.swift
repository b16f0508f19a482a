import Foundation

/// Text made safe for an HTML page: every piece of data (article text, names, URLs) goes
/// through `html` before it is written, in element content and in quoted attributes alike.
enum HTMLEscaping {
    /// Escapes `& < > " '`; one pass over the scalars, copying runs that need nothing.
    static func html(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The URL when it is a web address (http or https), escaped for an href; nil for
    /// anything else (javascript:, data:, relative paths), which the page shows as text.
    static func webURL(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespaces), !url.isEmpty else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        return html(url)
    }
}
