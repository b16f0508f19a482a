/// RFC 4180 CSV fields: quoted when they hold a comma, quote or line break.
public enum CSVText {
    public static func row(_ fields: [String?]) -> String {
        var out: [UInt8] = []
        write(fields, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the fields of one row as UTF-8, comma-separated, without the line break.
    public static func write(_ fields: [String?], into out: inout [UInt8]) {
        for (n, f) in fields.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            guard var s = f else { continue }
            s.withUTF8 { p in
                var needs = false
                for b in p where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
                    needs = true
                    break
                }
                guard needs else {
                    out.append(contentsOf: p)
                    return
                }
                out.append(0x22)
                for b in p {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
                out.append(0x22)
            }
        }
    }
}

import Foundation
