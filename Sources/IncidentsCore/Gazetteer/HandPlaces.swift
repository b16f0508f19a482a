/// Places added by hand to the compiled gazetteer: well-known villages, neighbourhoods,
/// bases and crossings that news names often and `places.csv` lacks (it has no OCHA
/// communities). Every row is a real place; the parent is the district when the district is
/// certain, else the governorate. Coordinates are the place's own (WGS84, 4 decimals, from
/// public maps; a place whose point is not known well is left without one and drawn at its
/// parent's). P-codes are `HAND:<english-slug>`; level `.local`. Regions (الغوطة الشرقية,
/// سهل الغاب) are `NamedRegions`.
enum HandPlaces {
    static let all: [Place] = rows.map { r in
        Place(
            pcode: "HAND:" + r.slug, level: .local, nameAr: r.ar, nameEn: r.en, parent: r.parent,
            lat: r.lat, lon: r.lon, aliasesAr: r.aliasesAr, aliasesEn: r.aliasesEn)
    }

    private struct Row {
        var slug: String
        var lat: Double?
        var lon: Double?
        var ar: String
        var en: String
        var parent: String
        var aliasesAr: [String] = []
        var aliasesEn: [String] = []
    }

    private static let rows: [Row] = [
        // Rif Dimashq
        Row(slug: "zamalka", lat: 33.5219, lon: 36.3578, ar: "زملكا", en: "Zamalka", parent: "SY0301"),
        Row(slug: "ain-tarma", lat: 33.5097, lon: 36.3544, ar: "عين ترما", en: "Ain Tarma", parent: "SY0301"),
        Row(slug: "saqba", lat: 33.5244, lon: 36.3853, ar: "سقبا", en: "Saqba", parent: "SY0301"),
        Row(slug: "hamouriyah", lat: 33.5286, lon: 36.3953, ar: "حمورية", en: "Hamouriyah", parent: "SY0301"),
        Row(slug: "misraba", lat: 33.5597, lon: 36.4064, ar: "مسرابا", en: "Misraba", parent: "SY0302"),
        // Damascus
        Row(slug: "mezzeh", lat: 33.5036, lon: 36.2517, ar: "المزة", en: "Mezzeh", parent: "SY01"),
        Row(slug: "qaboun", lat: 33.5428, lon: 36.3275, ar: "القابون", en: "Qaboun", parent: "SY01"),
        Row(slug: "barzeh", lat: 33.5492, lon: 36.3206, ar: "برزة", en: "Barzeh", parent: "SY01"),
        // Aleppo
        Row(slug: "sheikh-maqsoud", lat: 36.2267, lon: 37.1594, ar: "الشيخ مقصود", en: "Sheikh Maqsoud", parent: "SY0200"),
        Row(slug: "khan-al-asal", lat: 36.1719, lon: 37.0489, ar: "خان العسل", en: "Khan al-Asal", parent: "SY0200"),
        Row(slug: "anadan", lat: 36.2925, lon: 37.0447, ar: "عندان", en: "Anadan", parent: "SY0200"),
        Row(slug: "dabiq", lat: 36.5356, lon: 37.2714, ar: "دابق", en: "Dabiq", parent: "SY0204"),
        Row(slug: "menagh", lat: 36.5217, lon: 37.0417, ar: "منغ", en: "Menagh", parent: "SY0204"),
        // Idlib
        Row(slug: "foua", lat: 35.9697, lon: 36.7081, ar: "الفوعة", en: "Al-Fu'ah", parent: "SY0700", aliasesEn: ["Foua"]),
        Row(slug: "kafriya", lat: 35.9639, lon: 36.6917, ar: "كفريا", en: "Kafriya", parent: "SY0700"),
        Row(slug: "jarjanaz", lat: 35.6067, lon: 36.7744, ar: "جرجناز", en: "Jarjanaz", parent: "SY0702"),
        Row(slug: "hbeit", lat: 35.5494, lon: 36.6156, ar: "الهبيط", en: "Al-Hbeit", parent: "SY0702"),
        Row(slug: "atimah", lat: 36.2092, lon: 36.6814, ar: "أطمة", en: "Atimah", parent: "SY0703", aliasesAr: ["اطمة"]),
        Row(slug: "sarmada", lat: 36.1842, lon: 36.7225, ar: "سرمدا", en: "Sarmada", parent: "SY0703"),
        Row(slug: "bab-al-hawa", lat: 36.2306, lon: 36.6697, ar: "باب الهوى", en: "Bab al-Hawa", parent: "SY0703"),
        // Hama
        Row(slug: "latamneh", lat: 35.3214, lon: 36.6164, ar: "اللطامنة", en: "Al-Lataminah", parent: "SY0505",
            aliasesEn: ["Latamneh"]),
        Row(slug: "kafr-nabudah", lat: 35.4131, lon: 36.5022, ar: "كفرنبودة", en: "Kafr Nabudah", parent: "SY0502",
            aliasesAr: ["كفر نبودة"]),
        // Homs
        Row(slug: "al-waer", lat: 34.7394, lon: 36.6633, ar: "الوعر", en: "Al-Waer", parent: "SY0401"),
        Row(slug: "baba-amr", lat: 34.72, lon: 36.695, ar: "بابا عمرو", en: "Baba Amr", parent: "SY0401"),
        Row(slug: "shayrat", lat: 34.4903, lon: 36.9089, ar: "الشعيرات", en: "Shayrat", parent: "SY0401"),
        Row(slug: "tiyas", lat: 34.5225, lon: 37.6297, ar: "التيفور", en: "Tiyas (T4)", parent: "SY04",
            aliasesAr: ["التياس", "تيفور", "تي فور"], aliasesEn: ["T4", "Tiyas", "Tiyas Airbase"]),
        Row(slug: "tanf", lat: 33.4994, lon: 38.6575, ar: "التنف", en: "Al-Tanf", parent: "SY0405", aliasesEn: ["Tanf"]),
        // Deir ez-Zor
        Row(slug: "baghouz", lat: 34.4572, lon: 40.9383, ar: "الباغوز", en: "Al-Baghuz", parent: "SY0902",
            aliasesEn: ["Baghouz"]),
        // Daraa and Quneitra
        Row(slug: "daraa-al-balad", lat: 32.6128, lon: 36.1033, ar: "درعا البلد", en: "Daraa al-Balad", parent: "SY1200"),
        Row(slug: "busr-al-harir", lat: 32.8442, lon: 36.3439, ar: "بصر الحرير", en: "Busr al-Harir", parent: "SY1203"),
        Row(slug: "yadudah", lat: 32.6853, lon: 36.0619, ar: "اليادودة", en: "Al-Yadudah", parent: "SY1200"),
        Row(slug: "nasib", lat: 32.5497, lon: 36.21, ar: "نصيب", en: "Nasib", parent: "SY1200"),
        Row(slug: "jubata-al-khashab", lat: 33.2303, lon: 35.8811, ar: "جباتا الخشب", en: "Jubata al-Khashab",
            parent: "SY14"),
        // Latakia
        Row(slug: "hmeimim", lat: 35.4108, lon: 35.9486, ar: "حميميم", en: "Hmeimim", parent: "SY0602",
            aliasesEn: ["Khmeimim"]),
    ]
}
