/// RFC 4180 CSV fields: quoted when they hold a comma, quote or line break.
public enum CSVText {
    public static func field(_ s: String?) -> String {
        guard let s else { return "" }
        var needs = false
        for u in s.unicodeScalars where u == "," || u == "\"" || u == "\n" || u == "\r" {
            needs = true
            break
        }
        guard needs else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func row(_ fields: [String?]) -> String {
        fields.map(field).joined(separator: ",")
    }
}

import Foundation
