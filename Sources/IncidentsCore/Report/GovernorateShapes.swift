import Foundation

/// The outline of one governorate, for the report's map.
struct GovernorateShape: Sendable {
    struct Point: Sendable, Equatable {
        var lon: Double
        var lat: Double
    }

    let pcode: String
    let nameAr: String
    let nameEn: String
    /// Outer borders and holes (Rif Dimashq has Damascus as a hole); drawn with the even-odd
    /// rule, so the direction of each ring does not matter.
    let rings: [[Point]]

    /// The 14 governorates, parsed once from the compiled-in text (GovernorateShapesData,
    /// written by scripts/gen-shapes), so the binary needs no file at run time.
    static let all: [GovernorateShape] = parse(GovernorateShapesData.text)

    /// Parses `pcode|name_ar|name_en|lon,lat lon,lat ...;...` lines; malformed points are
    /// skipped (the generator writes none, and a test checks all 14 shapes are whole).
    static func parse(_ text: String) -> [GovernorateShape] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 4 else { return nil }
            let rings = fields[3].split(separator: ";").map { ring in
                ring.split(separator: " ").compactMap { pair -> Point? in
                    let xy = pair.split(separator: ",")
                    guard xy.count == 2, let lon = Double(xy[0]), let lat = Double(xy[1]) else { return nil }
                    return Point(lon: lon, lat: lat)
                }
            }
            return GovernorateShape(
                pcode: String(fields[0]), nameAr: String(fields[1]), nameEn: String(fields[2]),
                rings: rings)
        }
    }

    /// Where to write the governorate's name: the mean of its outer border's points (good
    /// enough for these compact shapes; Quneitra's strip is labelled by its hover text).
    var labelPoint: Point {
        let ring = rings.max(by: { $0.count < $1.count }) ?? []
        guard !ring.isEmpty else { return Point(lon: 0, lat: 0) }
        let n = Double(ring.count)
        return Point(lon: ring.reduce(0) { $0 + $1.lon } / n, lat: ring.reduce(0) { $0 + $1.lat } / n)
    }
}

/// Longitude/latitude to the map's pixels: equirectangular, with longitudes shrunk by the
/// cosine of Syria's middle latitude so shapes keep their proportions (at this size and
/// latitude the difference from a conformal projection is invisible).
struct MapProjection: Sendable {
    let width: Double
    let height: Double
    let minLon: Double
    let maxLat: Double
    let scale: Double
    let xStretch: Double
    let margin: Double

    init(shapes: [GovernorateShape], width: Double, margin: Double = 12) {
        let points = shapes.flatMap { $0.rings.joined() }
        let lons = points.map(\.lon), lats = points.map(\.lat)
        let minLon = lons.min() ?? 35.5, maxLon = lons.max() ?? 42.5
        let minLat = lats.min() ?? 32.3, maxLat = lats.max() ?? 37.4
        xStretch = cos((minLat + maxLat) / 2 * .pi / 180)
        scale = (width - 2 * margin) / max((maxLon - minLon) * xStretch, 0.01)
        self.width = width
        self.height = ((maxLat - minLat) * scale + 2 * margin).rounded()
        self.minLon = minLon
        self.maxLat = maxLat
        self.margin = margin
    }

    func x(_ lon: Double) -> Double { margin + (lon - minLon) * xStretch * scale }
    func y(_ lat: Double) -> Double { margin + (maxLat - lat) * scale }
}
