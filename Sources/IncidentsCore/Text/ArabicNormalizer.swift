/// The matching key for Arabic text: one function used for article text and for every
/// lexicon and gazetteer entry, so that spellings that differ only in orthography match.
///
/// Per unicode scalar: harakat, Quranic marks, tatweel and invisible format characters are
/// deleted; alef forms fold to ا, ى to ي, ة to ه; Persian letters to their Arabic
/// look-alikes; Arabic-Indic and Persian digits to ASCII; Latin to lower case; presentation
/// forms are decomposed (NFKC of that one scalar). Hamza on waw and yeh is kept (strict key).
public enum ArabicNormalizer {
    /// What one source scalar becomes.
    public enum Mapping: Equatable, Sendable {
        case keep
        case delete
        case space
        case replace(Unicode.Scalar)
        case expand([Unicode.Scalar])
    }

    /// Classifies one scalar. Hot path: a switch on the scalar value, no allocation except
    /// for the rare presentation forms.
    @inline(__always)
    public static func map(_ s: Unicode.Scalar) -> Mapping {
        let v = s.value
        if v < 0x0700 {
            // ASCII, Latin and the Arabic block from a precomputed table.
            let m = fastTable[Int(v)]
            switch m {
            case keepCode: return .keep
            case deleteCode: return .delete
            case spaceCode: return .space
            default: return .replace(Unicode.Scalar(m)!)
            }
        }
        return slowMap(s)
    }

    /// `map` with the table passed in (`withTable`): hot loops skip the lazy-global check
    /// that every access to a static constant costs.
    @inline(__always)
    static func map(_ s: Unicode.Scalar, _ table: UnsafeBufferPointer<UInt32>) -> Mapping {
        let v = s.value
        if v < 0x0700 {
            let m = table[Int(v)]
            if m == keepCode { return .keep }
            if m == deleteCode { return .delete }
            if m == spaceCode { return .space }
            return .replace(Unicode.Scalar(m)!)
        }
        return slowMap(s)
    }

    /// Calls `body` with the table of scalars below U+0700.
    @inline(__always)
    static func withTable<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        fastTable.withUnsafeBufferPointer(body)
    }

    static let keepCode: UInt32 = 0xFFFF_FFFF
    static let deleteCode: UInt32 = 0xFFFF_FFFE
    static let spaceCode: UInt32 = 0xFFFF_FFFD

    /// `slowMap` of every scalar below U+0700, encoded as a replacement scalar or a code.
    private static let fastTable: [UInt32] = (0..<0x0700).map { v -> UInt32 in
        guard let s = Unicode.Scalar(UInt32(v)) else { return keepCode }
        switch slowMap(s) {
        case .keep: return keepCode
        case .delete: return deleteCode
        case .space: return spaceCode
        case .replace(let r): return r.value
        case .expand: return keepCode
        }
    }

    static func slowMap(_ s: Unicode.Scalar) -> Mapping {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return .replace(Unicode.Scalar(v + 0x20)!) }
            if v == 0x09 || v == 0x0D { return .space }
            return .keep
        }
        switch v {
        // Harakat, Quranic annotation marks, superscript alef, tatweel.
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8,
            0x06EA...0x06ED, 0x08D3...0x08FF, 0x0640:
            return .delete
        // Invisible format characters.
        case 0x200C...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2060, 0x00AD, 0xFEFF:
            return .delete
        // Odd spaces.
        case 0x200B, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return .space
        // Alef forms.
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675:
            return .replace("\u{0627}")
        // Alef maksura and Persian yeh forms.
        case 0x0649, 0x06CC, 0x06D0, 0x06D2:
            return .replace("\u{064A}")
        // Teh marbuta and heh forms.
        case 0x0629, 0x06C3, 0x06C1, 0x06BE, 0x06D5, 0x06C0:
            return .replace("\u{0647}")
        case 0x06A9, 0x06AF: return .replace("\u{0643}")
        case 0x067E: return .replace("\u{0628}")
        case 0x0686: return .replace("\u{062C}")
        case 0x06A4: return .replace("\u{0641}")
        case 0x0698: return .replace("\u{0632}")
        // Digits.
        case 0x0660...0x0669: return .replace(Unicode.Scalar(v - 0x0660 + 0x30)!)
        case 0x06F0...0x06F9: return .replace(Unicode.Scalar(v - 0x06F0 + 0x30)!)
        // Arabic punctuation to ASCII equivalents (kept as punctuation).
        case 0x060C: return .replace(",")
        case 0x061B: return .replace(";")
        case 0x061F: return .replace("?")
        case 0x06D4: return .replace(".")
        case 0x066B: return .replace(".")
        case 0x066C: return .replace(",")
        case 0x066A: return .replace("%")
        case 0x00AB, 0x00BB, 0x201C...0x201F, 0x00A2: return .replace("\"")
        case 0x2018...0x201B: return .replace("'")
        case 0x2010...0x2015: return .replace("-")
        // Presentation forms: decompose through NFKC, then normalise the result.
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            return presentationForm(s)
        default:
            // Latin-1 / Latin Extended upper case letters.
            if (v >= 0xC0 && v <= 0xDE && v != 0xD7) { return .replace(Unicode.Scalar(v + 0x20)!) }
            return .keep
        }
    }

    private static func presentationForm(_ s: Unicode.Scalar) -> Mapping {
        // Ornate parentheses around Quran quotes: NFKC leaves them as they are, and which
        // one opens depends on the writer, so both become a quote mark.
        if s.value == 0xFD3E || s.value == 0xFD3F { return .replace("\"") }
        var out: [Unicode.Scalar] = []
        for c in String(s).precomposedStringWithCompatibilityMappingPortable.unicodeScalars {
            // A scalar NFKC does not decompose is kept as it is: mapping it again would
            // recurse forever.
            let v = c.value
            if (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFC) {
                out.append(c)
                continue
            }
            switch map(c) {
            case .keep: out.append(c)
            case .delete: break
            case .space: out.append(" ")
            case .replace(let r): out.append(r)
            case .expand(let e): out.append(contentsOf: e)
            }
        }
        while out.first == " " { out.removeFirst() }
        if out.isEmpty { return .delete }
        if out.count == 1 { return .replace(out[0]) }
        return .expand(out)
    }

    /// The key of a whole string (lexicon entries, user input): normalised, trimmed, runs of
    /// white space collapsed to one space.
    public static func key(_ text: String) -> String {
        if text.utf8.count > largeKeyBytes { return largeKey(text.unicodeScalars) }
        // Built as UTF-8 bytes (one String at the end): this runs over whole articles.
        var builder = KeyBuilder(capacity: text.utf8.count)
        withTable { table in
            for s in text.unicodeScalars {
                switch map(s, table) {
                case .keep: builder.emit(s)
                case .delete: break
                case .space: builder.emit(" ")
                case .replace(let r): builder.emit(r)
                case .expand(let e): for c in e { builder.emit(c) }
                }
            }
        }
        return String(decoding: builder.out, as: UTF8.self)
    }

    /// Collapses white space while a key is written.
    private struct KeyBuilder {
        var out: [UInt8] = []
        var pendingSpace = false

        init(capacity: Int) { out.reserveCapacity(capacity) }

        @inline(__always)
        mutating func emit(_ c: Unicode.Scalar) {
            if c == " " || c == "\n" {
                pendingSpace = !out.isEmpty
                return
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            appendUTF8(c, to: &out)
        }
    }

    /// Key with punctuation removed too (for lexicon entries that may be written with quotes
    /// or hyphens): every non-letter, non-digit scalar becomes a space.
    public static func wordKey(_ text: String) -> String {
        let k = key(text)
        var out = String.UnicodeScalarView()
        for s in k.unicodeScalars {
            if s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) {
                out.append(s)
            } else {
                out.append(" ")
            }
        }
        return String(out).split(separator: " ").joined(separator: " ")
    }

    /// Removes harakat and tatweel only, keeping letters as written (for display and FTS).
    public static func stripDiacritics(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8,
                0x06EA...0x06ED, 0x0640:
                continue
            default:
                out.append(s)
            }
        }
        return String(out)
    }
}

import Foundation

/// Appends the UTF-8 encoding of `c` (hot loops build keys as bytes, then one String).
@inline(__always)
func appendUTF8(_ c: Unicode.Scalar, to out: inout [UInt8]) {
    let v = c.value
    if v < 0x80 {
        out.append(UInt8(v))
    } else if v < 0x800 {
        out.append(UInt8(0xC0 | (v >> 6)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (v >> 18)))
        out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    }
}

extension String {
    /// NFKC. Foundation's implementation works on Linux (measured in the reference notes).
    var precomposedStringWithCompatibilityMappingPortable: String {
        self.precomposedStringWithCompatibilityMapping
    }
}
