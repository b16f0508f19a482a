/// One row of the gazetteer.
public struct Place: Sendable, Equatable {
    public enum Level: Int, Sendable, Comparable {
        case governorate = 1, district = 2, subdistrict = 3, town = 4, local = 5
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }
    /// OCHA P-code (`SY11`, `SY1101`, `SY110100`) or `GN:<geonameid>` for towns.
    public var pcode: String
    public var level: Level
    public var nameAr: String
    public var nameEn: String
    /// The enclosing unit (`SY` for governorates; the governorate for towns).
    public var parent: String?
    public var lat: Double?
    public var lon: Double?
    public var aliasesAr: [String]
    public var aliasesEn: [String]

    public init(
        pcode: String, level: Level, nameAr: String, nameEn: String, parent: String?,
        lat: Double?, lon: Double?, aliasesAr: [String] = [], aliasesEn: [String] = []
    ) {
        self.pcode = pcode
        self.level = level
        self.nameAr = nameAr
        self.nameEn = nameEn
        self.parent = parent
        self.lat = lat
        self.lon = lon
        self.aliasesAr = aliasesAr
        self.aliasesEn = aliasesEn
    }
}

extension Place {
    /// How specific a stored place is, on the one scale the store and the event grouping
    /// use: 1 governorate, 2 district or named region, 3 subdistrict (OCHA codes by their length), 4 a town
    /// (`GN:`) or a hand-added place (`HAND:`), 5 a place learned from text (`LOC:`) or a
    /// place named without a code, 0 no place. It reads the code alone, so rows read back
    /// from the database rank without the gazetteer.
    public static func rank(pcode: String?, named: Bool) -> Int {
        guard let pcode else { return named ? 5 : 0 }
        if pcode.hasPrefix("LOC:") { return 5 }
        // A named region (`REG:`, «ريف إدلب الجنوبي») is an area like a district.
        if pcode.hasPrefix("REG:") { return 2 }
        if pcode.hasPrefix("GN:") { return 4 }
        switch pcode.count {
        case 4: return 1
        case 6: return 2
        case 8: return 3
        default: return 4
        }
    }
}
