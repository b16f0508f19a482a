/// Each governorate's capital, whose point stands for the governorate: an event known only
/// by its governorate is drawn at the capital (ACLED's rule for geo_precision 3), not at the
/// middle of the governorate's shape, which for Homs and Rif Dimashq lies in the desert.
/// Points from GeoNames (cities500, CC BY 4.0), the same source as the gazetteer's towns.
/// Rif Dimashq's is Douma: its seat is in Damascus, whose point would fold the countryside
/// into the city on a map.
enum GovernorateCapitals {
    struct Capital {
        var nameAr: String
        var nameEn: String
        var lat: Double
        var lon: Double
    }

    static let byPcode: [String: Capital] = [
        "SY01": Capital(nameAr: "دمشق", nameEn: "Damascus", lat: 33.5102, lon: 36.2913),
        "SY02": Capital(nameAr: "حلب", nameEn: "Aleppo", lat: 36.2012, lon: 37.1612),
        "SY03": Capital(nameAr: "دوما", nameEn: "Douma", lat: 33.5718, lon: 36.4027),
        "SY04": Capital(nameAr: "حمص", nameEn: "Homs", lat: 34.7241, lon: 36.7256),
        "SY05": Capital(nameAr: "حماة", nameEn: "Hama", lat: 35.1318, lon: 36.7578),
        "SY06": Capital(nameAr: "اللاذقية", nameEn: "Latakia", lat: 35.5317, lon: 35.7901),
        "SY07": Capital(nameAr: "إدلب", nameEn: "Idlib", lat: 35.9306, lon: 36.6339),
        "SY08": Capital(nameAr: "الحسكة", nameEn: "Al-Hasakah", lat: 36.5024, lon: 40.7477),
        "SY09": Capital(nameAr: "دير الزور", nameEn: "Deir ez-Zor", lat: 35.3359, lon: 40.1408),
        "SY10": Capital(nameAr: "طرطوس", nameEn: "Tartus", lat: 34.8890, lon: 35.8866),
        "SY11": Capital(nameAr: "الرقة", nameEn: "Ar-Raqqa", lat: 35.9528, lon: 39.0079),
        "SY12": Capital(nameAr: "درعا", nameEn: "Daraa", lat: 32.6189, lon: 36.1021),
        "SY13": Capital(nameAr: "السويداء", nameEn: "As-Sweida", lat: 32.7090, lon: 36.5695),
        "SY14": Capital(nameAr: "القنيطرة", nameEn: "Quneitra", lat: 33.1260, lon: 35.8246),
    ]

    /// The rows with each governorate at its capital's point.
    static func placing(_ places: [Place]) -> [Place] {
        places.map { p in
            guard p.level == .governorate, let c = byPcode[p.pcode] else { return p }
            var q = p
            q.lat = c.lat
            q.lon = c.lon
            return q
        }
    }
}
