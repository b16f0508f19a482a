/// Named regions that reports use instead of a town: the countryside of a city by
/// direction («ريف إدلب الجنوبي»), plains, mountains and valleys (سهل الغاب، جبل الزاوية،
/// وادي بردى). Each has its own point, so that an event placed in one is drawn there and
/// not at the governorate's, and counts as ACLED's geo_precision 2 (an area smaller than a
/// governorate). P-codes are `REG:<english-slug>`; level `.local`; the parent is the
/// governorate (a region crosses district lines).
///
/// Points: the middle of the towns the region is known for (WGS84, 2 decimals, from public
/// maps), checked against the median of the gazetteer towns the bulk corpus places in the
/// region (data/regions.csv, scripts/mine-places). A region whose name spans several
/// governorates («البادية», «شرق الفرات») is left out: it cannot be given one; so is a
/// direction from a city («جنوب دمشق»), which reports also use to place a town
/// («الكسوة جنوب دمشق»).
enum NamedRegions {
    static let all: [Place] = rows.map { r in
        Place(
            pcode: "REG:" + r.slug, level: .local, nameAr: r.ar, nameEn: r.en,
            parent: r.governorate, lat: r.lat, lon: r.lon, aliasesAr: r.aliasesAr,
            aliasesEn: r.aliasesEn)
    }

    /// True for a region's P-code.
    static func isRegion(pcode: String) -> Bool { pcode.hasPrefix("REG:") }

    private struct Row {
        var slug: String
        var governorate: String
        var lat: Double
        var lon: Double
        var ar: String
        var en: String
        var aliasesAr: [String] = []
        var aliasesEn: [String] = []
    }

    private static let rows: [Row] = [
        // Rif Dimashq
        Row(slug: "eastern-ghouta", governorate: "SY03", lat: 33.55, lon: 36.40,
            ar: "الغوطة الشرقية", en: "Eastern Ghouta", aliasesAr: ["غوطة دمشق الشرقية"],
            aliasesEn: ["East Ghouta"]),
        Row(slug: "western-ghouta", governorate: "SY03", lat: 33.45, lon: 36.20,
            ar: "الغوطة الغربية", en: "Western Ghouta", aliasesAr: ["غوطة دمشق الغربية"]),
        Row(slug: "qalamoun", governorate: "SY03", lat: 33.88, lon: 36.62,
            ar: "القلمون", en: "Qalamoun", aliasesEn: ["Qalamun"]),
        Row(slug: "eastern-qalamoun", governorate: "SY03", lat: 33.74, lon: 36.72,
            ar: "القلمون الشرقي", en: "Eastern Qalamoun"),
        Row(slug: "western-qalamoun", governorate: "SY03", lat: 33.95, lon: 36.58,
            ar: "القلمون الغربي", en: "Western Qalamoun"),
        Row(slug: "wadi-barada", governorate: "SY03", lat: 33.65, lon: 36.12,
            ar: "وادي بردى", en: "Wadi Barada"),
        Row(slug: "western-rif-dimashq", governorate: "SY03", lat: 33.55, lon: 36.10,
            ar: "ريف دمشق الغربي", en: "Western Rif Dimashq"),
        // Aleppo
        Row(slug: "northeastern-aleppo", governorate: "SY02", lat: 36.60, lon: 37.85,
            ar: "ريف حلب الشمالي الشرقي", en: "Northeastern Aleppo countryside"),
        Row(slug: "northern-aleppo", governorate: "SY02", lat: 36.48, lon: 37.10,
            ar: "ريف حلب الشمالي", en: "Northern Aleppo countryside"),
        Row(slug: "southern-aleppo", governorate: "SY02", lat: 36.00, lon: 37.03,
            ar: "ريف حلب الجنوبي", en: "Southern Aleppo countryside"),
        Row(slug: "western-aleppo", governorate: "SY02", lat: 36.18, lon: 36.88,
            ar: "ريف حلب الغربي", en: "Western Aleppo countryside"),
        Row(slug: "eastern-aleppo", governorate: "SY02", lat: 36.25, lon: 37.70,
            ar: "ريف حلب الشرقي", en: "Eastern Aleppo countryside"),
        // Idlib
        Row(slug: "southern-idlib", governorate: "SY07", lat: 35.58, lon: 36.63,
            ar: "ريف إدلب الجنوبي", en: "Southern Idlib countryside"),
        Row(slug: "northern-idlib", governorate: "SY07", lat: 36.15, lon: 36.68,
            ar: "ريف إدلب الشمالي", en: "Northern Idlib countryside"),
        Row(slug: "western-idlib", governorate: "SY07", lat: 35.88, lon: 36.38,
            ar: "ريف إدلب الغربي", en: "Western Idlib countryside"),
        Row(slug: "eastern-idlib", governorate: "SY07", lat: 35.80, lon: 36.92,
            ar: "ريف إدلب الشرقي", en: "Eastern Idlib countryside"),
        Row(slug: "jabal-al-zawiya", governorate: "SY07", lat: 35.72, lon: 36.55,
            ar: "جبل الزاوية", en: "Jabal al-Zawiya"),
        // Hama
        Row(slug: "ghab-plain", governorate: "SY05", lat: 35.62, lon: 36.35,
            ar: "سهل الغاب", en: "Al-Ghab Plain"),
        Row(slug: "northern-hama", governorate: "SY05", lat: 35.33, lon: 36.65,
            ar: "ريف حماة الشمالي", en: "Northern Hama countryside"),
        Row(slug: "southern-hama", governorate: "SY05", lat: 34.98, lon: 36.68,
            ar: "ريف حماة الجنوبي", en: "Southern Hama countryside"),
        Row(slug: "eastern-hama", governorate: "SY05", lat: 35.15, lon: 37.20,
            ar: "ريف حماة الشرقي", en: "Eastern Hama countryside"),
        Row(slug: "western-hama", governorate: "SY05", lat: 35.20, lon: 36.42,
            ar: "ريف حماة الغربي", en: "Western Hama countryside"),
        // Homs
        Row(slug: "northern-homs", governorate: "SY04", lat: 34.88, lon: 36.68,
            ar: "ريف حمص الشمالي", en: "Northern Homs countryside"),
        Row(slug: "eastern-homs", governorate: "SY04", lat: 34.50, lon: 37.60,
            ar: "ريف حمص الشرقي", en: "Eastern Homs countryside"),
        Row(slug: "western-homs", governorate: "SY04", lat: 34.68, lon: 36.45,
            ar: "ريف حمص الغربي", en: "Western Homs countryside"),
        // Latakia
        Row(slug: "northern-latakia", governorate: "SY06", lat: 35.80, lon: 36.08,
            ar: "ريف اللاذقية الشمالي", en: "Northern Latakia countryside"),
        Row(slug: "jabal-al-akrad", governorate: "SY06", lat: 35.73, lon: 36.17,
            ar: "جبل الأكراد", en: "Jabal al-Akrad"),
        Row(slug: "jabal-al-turkman", governorate: "SY06", lat: 35.88, lon: 36.02,
            ar: "جبل التركمان", en: "Jabal al-Turkman"),
        // Daraa
        Row(slug: "eastern-daraa", governorate: "SY12", lat: 32.70, lon: 36.35,
            ar: "ريف درعا الشرقي", en: "Eastern Daraa countryside"),
        Row(slug: "western-daraa", governorate: "SY12", lat: 32.80, lon: 36.00,
            ar: "ريف درعا الغربي", en: "Western Daraa countryside"),
        Row(slug: "northern-daraa", governorate: "SY12", lat: 33.03, lon: 36.17,
            ar: "ريف درعا الشمالي", en: "Northern Daraa countryside"),
        Row(slug: "yarmouk-basin", governorate: "SY12", lat: 32.78, lon: 35.93,
            ar: "حوض اليرموك", en: "Yarmouk Basin"),
        Row(slug: "lajat", governorate: "SY12", lat: 33.00, lon: 36.45,
            ar: "اللجاة", en: "Al-Lajat", aliasesAr: ["منطقة اللجاة"]),
        // Deir ez-Zor
        Row(slug: "eastern-deir-ez-zor", governorate: "SY09", lat: 34.80, lon: 40.65,
            ar: "ريف دير الزور الشرقي", en: "Eastern Deir ez-Zor countryside"),
        Row(slug: "western-deir-ez-zor", governorate: "SY09", lat: 35.47, lon: 39.90,
            ar: "ريف دير الزور الغربي", en: "Western Deir ez-Zor countryside"),
        // Raqqa
        Row(slug: "northern-raqqa", governorate: "SY11", lat: 36.45, lon: 38.95,
            ar: "ريف الرقة الشمالي", en: "Northern Raqqa countryside"),
        Row(slug: "western-raqqa", governorate: "SY11", lat: 35.87, lon: 38.65,
            ar: "ريف الرقة الغربي", en: "Western Raqqa countryside"),
        Row(slug: "eastern-raqqa", governorate: "SY11", lat: 35.85, lon: 39.45,
            ar: "ريف الرقة الشرقي", en: "Eastern Raqqa countryside"),
        // Hasakah
        Row(slug: "southern-hasakah", governorate: "SY08", lat: 36.15, lon: 40.85,
            ar: "ريف الحسكة الجنوبي", en: "Southern Hasakah countryside"),
    ]
}
