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
