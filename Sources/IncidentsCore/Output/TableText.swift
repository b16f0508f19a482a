/// A plain-text table that lines up in a terminal, Arabic included: widths are counted in
/// terminal cells (combining marks take none, wide East Asian characters two), and numbers
/// are right-aligned.
public enum TableText {
    /// Terminal cells a string occupies.
    public static func width(_ s: String) -> Int {
        var w = 0
        for u in s.unicodeScalars {
            let v = u.value
            switch v {
            case 0x0300...0x036F, 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED,
                0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFE00...0xFE0F:
                continue
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60,
                0x1F300...0x1FAFF:
                w += 2
            default:
                if v < 0x20 { continue }
                w += 1
            }
        }
        return w
    }

    /// Rows shorter than the widest row are padded with empty cells; longer ones widen the
    /// table (their extra columns have an empty header).
    public static func render(header: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        let columns = rows.reduce(header.count) { max($0, $1.count) }
        var widths = header.map(width) + Array(repeating: 0, count: columns - header.count)
        for r in rows {
            for (i, c) in r.enumerated() { widths[i] = max(widths[i], width(c)) }
        }
        func line(_ given: [String]) -> String {
            let cells = given + Array(repeating: "", count: columns - given.count)
            var parts: [String] = []
            for (i, c) in cells.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[i] - width(c)))
                parts.append(numeric.contains(i) ? pad + c : c + pad)
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }
}
