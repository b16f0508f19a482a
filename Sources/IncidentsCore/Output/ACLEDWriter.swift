import Foundation
import IncidentsSQLite

/// Writes the ACLED CSV (`ACLEDFormat.Column`) of export rows (`ExportColumn`'s SELECT)
/// straight from SQLite's column bytes into one reusable buffer.
///
/// Shaped for a million rows: text columns are copied as bytes (no String each), and what
/// is derived from a few repeated values is worked out once per value and kept (English
/// place names from `EnglishPlaceNames`, Arabic names in Latin letters, outlet lists and
/// their scale, fatality figures of vague words). The first version (a String per field,
/// three joins on `places` per row) took 13 s for a million events.
final class ACLEDWriter {
    private let actors: ACLEDFormat.Actors
    private let places: EnglishPlaceNames
    private var romanized: [Key: String] = [:]
    private var outletsSeen: [Key: Outlets] = [:]
    private var fatalitiesByQualifier: [Key: Int] = [:]

    /// A cache key that is a text's exact bytes: String's own == and hash see canonically
    /// equivalent spellings as one (and normalise non-ASCII text to hash it, which is slow),
    /// but the values derived here read the bytes.
    private struct Key: Hashable {
        var text: String
        static func == (a: Key, b: Key) -> Bool {
            var (x, y) = (a.text, b.text)
            return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
        }
        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// What the `source` and `source_scale` columns write for a list of outlets.
    struct Outlets {
        /// The outlets joined by "; "; nil: none (the article's name is written).
        var source: String?
        var scale: String
    }

    /// A writer reading the gazetteer's English names through `db` (each export thread has
    /// its own writer: the caches are not shared).
    init(_ db: Database, actors: ACLEDFormat.Actors) throws {
        self.actors = actors
        places = try EnglishPlaceNames(db)
    }

    /// The header line, line break included.
    static func header(into out: inout [UInt8]) {
        CSVText.write(ACLEDFormat.columns, into: &out)
        out.append(0x0A)
    }

    /// Appends one row's line, line break included.
    func write(_ r: Row, into out: inout [UInt8]) {
        let f = fields(r)
        var first = true
        for column in ACLEDFormat.Column.allCases {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            column.write(f, into: &out)
        }
        out.append(0x0A)
    }

    /// One row with what several columns derive from it.
    struct Fields: ~Copyable {
        let r: Row
        let id: Int
        let eventType: String
        let governoratePcode: String?
        let civilians: Bool
        let inter1: String
        let inter2: String
        let actor2Name: String?
        let admin2: String?
        let admin3: String?
        let location: String?
        let outlets: Outlets
        let fatalities: Int

        /// A text column as a CSV field (NULL: empty).
        func text(_ c: ExportColumn, into out: inout [UInt8]) {
            r.withUTF8(c.index) { CSVText.write(utf8: $0, into: &out) }
        }

        /// An integer column (NULL: empty).
        func int(_ c: ExportColumn, into out: inout [UInt8]) {
            if !r.isNull(c.index) { JSONValue.appendInt(r.int(c.index), to: &out) }
        }

        /// A coordinate to 4 decimals (NULL: empty).
        func coordinate(_ c: ExportColumn, into out: inout [UInt8]) {
            if !r.isNull(c.index) { out.append(contentsOf: ACLEDFormat.format4(r.double(c.index)).utf8) }
        }

        /// `actor1`: the actor's English name, else its slug.
        func actor1(into out: inout [UInt8]) {
            if r.isNull(ExportColumn.actorName.index) {
                if r.isNull(ExportColumn.actor.index) { out.append(contentsOf: "unknown".utf8) } else { text(.actor, into: &out) }
            } else {
                text(.actorName, into: &out)
            }
        }

        /// `year`: the first four characters of the event's day (a YYYY-MM-DD date, so its
        /// first four bytes; anything else through String).
        func year(into out: inout [UInt8]) {
            r.withUTF8(ExportColumn.eventDate.index) { p in
                guard let p else { return }
                if p.count > 4, p[0..<5].allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[0..<4]))
                } else {
                    CSVText.write(String(String(decoding: p, as: UTF8.self).prefix(4)), into: &out)
                }
            }
        }
    }

    private func fields(_ r: Row) -> Fields {
        func text(_ c: ExportColumn) -> String? { r.string(c.index) }
        let actor = text(.actor) ?? "unknown"
        let actor2 = text(.actor2)
        let civilians = text(.target).map(CivilianTargets.categories.contains) ?? false
        let pcode = text(.pcode)
        let governoratePcode = text(.governoratePcode)
        let districtEn = places.nameEn(text(.districtPcode))
        let killed = r.isNull(ExportColumn.killed.index) ? nil : r.int(ExportColumn.killed.index)
        return Fields(
            r: r,
            id: r.int(ExportColumn.id.index),
            eventType: text(.eventType) ?? "",
            governoratePcode: governoratePcode,
            civilians: civilians,
            inter1: ACLEDFormat.inter(actors.kinds[actor]),
            inter2: actor2.map { ACLEDFormat.inter(actors.kinds[$0]) } ?? (civilians ? "Civilians" : ""),
            actor2Name: actor2.flatMap { actors.namesEn[$0] } ?? (civilians ? "Civilians (Syria)" : nil),
            admin2: districtEn ?? text(.district).map(romanize),
            admin3: places.subdistrictEn(pcode) ?? "",
            location: ACLEDFormat.location(
                pcode: pcode, governoratePcode: governoratePcode, placeEn: places.nameEn(pcode),
                place: { text(.place) }, romanized: romanize),
            outlets: outlets(text(.outlets) ?? text(.outlet)),
            fatalities: killed ?? fatalities(text(.killedQualifier)))
    }

    private func romanize(_ arabic: String) -> String {
        if let known = romanized[Key(text: arabic)] { return known }
        let latin = Romanizer.latin(arabic)
        romanized[Key(text: arabic)] = latin
        return latin
    }

    private func outlets(_ joined: String?) -> Outlets {
        guard let joined else { return Outlets(source: nil, scale: "") }
        if let known = outletsSeen[Key(text: joined)] { return known }
        let list = ACLEDFormat.outletList(joined)
        let made = Outlets(
            source: list.isEmpty ? nil : list.joined(separator: "; "), scale: ACLEDFormat.sourceScale(list))
        outletsSeen[Key(text: joined)] = made
        return made
    }

    private func fatalities(_ qualifier: String?) -> Int {
        guard let qualifier else { return ACLEDFormat.fatalities(nil, qualifier: nil) }
        if let known = fatalitiesByQualifier[Key(text: qualifier)] { return known }
        let n = ACLEDFormat.fatalities(nil, qualifier: qualifier)
        fatalitiesByQualifier[Key(text: qualifier)] = n
        return n
    }
}
