import IncidentsSQLite

/// The gazetteer's English names (`places.name_en`) the CSV's admin2, admin3 and location
/// columns take, read once per export into a table keyed by code: a few thousand places,
/// where a join per column cost a million index look-ups per million rows.
struct EnglishPlaceNames {
    private struct Place {
        var nameEn: String?
        var parent: String?
        var level: Int
    }

    private let byCode: [String: Place]

    init(_ db: Database) throws {
        var byCode: [String: Place] = [:]
        try db.prepare("SELECT pcode, name_en, parent_pcode, level FROM places").forEachRow { r in
            byCode[r.string(0) ?? ""] = Place(nameEn: r.string(1), parent: r.string(2), level: r.int(3))
        }
        self.byCode = byCode
    }

    /// The English name of the place with this code, if it has one.
    func nameEn(_ pcode: String?) -> String? {
        pcode.flatMap { byCode[$0]?.nameEn }
    }

    /// The English name of the subdistrict (level 3) a place lies in: the place itself when
    /// its code is a subdistrict's (eight characters, `SY…`), else its parent.
    func subdistrictEn(_ pcode: String?) -> String? {
        guard let pcode else { return nil }
        let code = pcode.unicodeScalars.count == 8 && pcode.utf8.starts(with: "SY".utf8)
            ? pcode : byCode[pcode]?.parent
        guard let code, let unit = byCode[code], unit.level == 3 else { return nil }
        return unit.nameEn
    }
}
