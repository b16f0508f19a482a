import Foundation

/// One JSON Lines record.
enum JSONArticle {
    static func parse(
        _ line: ArraySlice<UInt8>, name: String, line n: Int, published: String?
    ) -> Result<Article, InputProblem> {
        let loc = "\(name):\(n)"
        if let fields = JSONLine.object(line) {
            return article(fields, loc: loc, published: published)
        }
        let obj: Any
        do {
            obj = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return .failure(InputProblem(loc, "not valid JSON"))
        }
        guard let dict = obj as? [String: Any] else {
            return .failure(InputProblem(loc, "expected a JSON object with a \"text\" field"))
        }
        var fields: [String: JSONLine.Value] = [:]
        for (k, v) in dict {
            if let s = v as? String {
                fields[k] = .string(s)
            } else if let i = v as? Int {
                fields[k] = .integer(i)
            } else {
                fields[k] = .other
            }
        }
        return article(fields, loc: loc, published: published)
    }

    /// The article (or problem) of a line too long to hold, as `JSONStream` read it: the
    /// messages of `parse`.
    static func streamed(
        _ outcome: JSONStream.Outcome, name: String, line n: Int, published: String?
    ) -> Result<Article, InputProblem> {
        let loc = "\(name):\(n)"
        switch outcome {
        case .fields(let fields): return article(fields, loc: loc, published: published)
        case .notObject: return .failure(InputProblem(loc, "expected a JSON object with a \"text\" field"))
        case .notValid, .blank: return .failure(InputProblem(loc, "not valid JSON"))
        }
    }

    /// The article of a line's fields: "text" required and not blank; "id" (else FILE:LINE),
    /// "title", "outlet", "url" as strings or integers; "date" a day or the day of an ISO
    /// timestamp ("2024-03-05T10:00:00Z", "2024-03-05 10:00"), else `published`.
    static func article(_ fields: [String: JSONLine.Value], loc: String, published: String?) -> Result<Article, InputProblem> {
        guard case .string(let text)? = fields["text"] else {
            return .failure(InputProblem(loc, "missing the \"text\" field (a string)"))
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(InputProblem(loc, "the \"text\" field is empty"))
        }
        func str(_ k: String) -> String? {
            switch fields[k] {
            case .string(let s)? where !s.isEmpty: return s
            case .integer(let i)?: return String(i)
            default: return nil
            }
        }
        var date: String?
        if let d = str("date") {
            let day = String(d.prefix(10)), rest = d.dropFirst(10)
            if CalendarDate.isValid(day), rest.first.map({ "Tt ".contains($0) }) ?? true { date = day }
        }
        return .success(Article(
            source: str("id") ?? loc, text: text, title: str("title"), outlet: str("outlet"),
            published: date ?? published, url: str("url")))
    }
}
