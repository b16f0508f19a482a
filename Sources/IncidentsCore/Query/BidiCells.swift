/// Table cells that stay in their column in terminals that apply the Unicode bidi
/// algorithm (GNOME Terminal, Konsole...).
///
/// In a line like «الرقة     7     40», the numbers after Arabic letters become Arabic
/// numbers (UAX #9 rule W2) and the spaces between them right-to-left (N1): a bidi
/// terminal shows the whole run mirrored, «40     7     الرقة», and two Arabic columns
/// side by side swap places. A LEFT-TO-RIGHT MARK after an Arabic cell ends its run; one
/// before it keeps an Arabic first cell from making the whole line right-to-left. The
/// marks take no cell on screen (`TableText.width` and wcwidth count them as 0), so the
/// columns line up in terminals without bidi too.
public enum BidiCells {
    static let mark = "\u{200E}"

    /// `cell` between two LEFT-TO-RIGHT MARKs when it holds right-to-left letters;
    /// otherwise unchanged.
    public static func isolated(_ cell: String) -> String {
        hasRightToLeft(cell) ? mark + cell + mark : cell
    }

    /// Hebrew, Arabic, Syriac, Thaana... and their presentation forms.
    public static func hasRightToLeft(_ s: String) -> Bool {
        s.unicodeScalars.contains {
            let v = $0.value
            return (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFE).contains(v)
        }
    }

    /// `TableText.render` with every right-to-left cell isolated.
    public static func render(header: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        TableText.render(
            header: header.map(isolated), rows: rows.map { $0.map(isolated) }, numeric: numeric)
    }
}
