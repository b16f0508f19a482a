/// The places compiled into the binary (`PlacesCSV`), parsed once.
public enum PlaceTable {
    /// Every gazetteer row, in file order.
    public static let all: [Place] = parse(PlacesCSV.text)

    /// Parses the gazetteer CSV: `pcode,level,name_ar,name_en,parent_pcode,lat,lon,
    /// aliases_ar,aliases_en,source,admin3_hint` (no quoted fields; aliases `|`-separated).
    static func parse(_ text: String) -> [Place] {
        var places: [Place] = []
        // Split on UTF-8 bytes: splitting the String itself walks grapheme clusters, which
        // cost 40 ms of every command's start for 654 rows.
        for (n, line) in text.utf8.split(separator: UInt8(ascii: "\n")).enumerated() where n > 0 {
            let f = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard f.count >= 9, let lv = Int(f[1]), let level = Place.Level(rawValue: lv) else {
                continue
            }
            places.append(Place(
                pcode: f[0], level: level, nameAr: f[2], nameEn: f[3],
                parent: f[4].isEmpty ? nil : f[4], lat: Double(f[5]), lon: Double(f[6]),
                aliasesAr: aliases(f[7]), aliasesEn: aliases(f[8])))
        }
        return places
    }

    private static func aliases(_ field: String) -> [String] {
        field.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
    }
}
