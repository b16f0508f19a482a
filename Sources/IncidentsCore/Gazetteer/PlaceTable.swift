/// The places compiled into the binary (`PlacesCSV`), parsed once.
public enum PlaceTable {
    /// Every gazetteer row, in file order.
    public static let all: [Place] = parse(PlacesCSV.text)

    /// Parses the gazetteer CSV: `pcode,level,name_ar,name_en,parent_pcode,lat,lon,
    /// aliases_ar,aliases_en,source,admin3_hint` (no quoted fields; aliases `|`-separated).
    static func parse(_ text: String) -> [Place] {
        var places: [Place] = []
        for (n, line) in text.split(separator: "\n").enumerated() where n > 0 {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 9, let lv = Int(f[1]), let level = Place.Level(rawValue: lv) else {
                continue
            }
            places.append(Place(
                pcode: f[0], level: level, nameAr: f[2], nameEn: f[3],
                parent: f[4].isEmpty ? nil : f[4], lat: Double(f[5]), lon: Double(f[6]),
                aliasesAr: f[7].split(separator: "|").map(String.init),
                aliasesEn: f[8].split(separator: "|").map(String.init)))
        }
        return places
    }
}
