/// Places added by hand to the compiled gazetteer: well-known villages, neighbourhoods,
/// regions, bases and crossings that news names often and `places.csv` lacks (it has no
/// OCHA communities). Every row is a real place; the parent is the district when the
/// district is certain, else the governorate. Coordinates are left out (nil) rather than
/// guessed. P-codes are `HAND:<english-slug>`; level `.local`.
enum HandPlaces {
    static let all: [Place] = rows.map { r in
        Place(
            pcode: "HAND:" + r.slug, level: .local, nameAr: r.ar, nameEn: r.en, parent: r.parent,
            lat: nil, lon: nil, aliasesAr: r.aliasesAr, aliasesEn: r.aliasesEn)
    }

    private struct Row {
        var slug: String
        var ar: String
        var en: String
        var parent: String
        var aliasesAr: [String] = []
        var aliasesEn: [String] = []
    }

    private static let rows: [Row] = [
        // Rif Dimashq
        Row(slug: "qalamoun", ar: "القلمون", en: "Qalamoun", parent: "SY03",
            aliasesAr: ["القلمون الشرقي", "القلمون الغربي"], aliasesEn: ["Qalamun"]),
        Row(slug: "eastern-ghouta", ar: "الغوطة الشرقية", en: "Eastern Ghouta", parent: "SY03",
            aliasesEn: ["East Ghouta"]),
        Row(slug: "western-ghouta", ar: "الغوطة الغربية", en: "Western Ghouta", parent: "SY03"),
        Row(slug: "zamalka", ar: "زملكا", en: "Zamalka", parent: "SY0301"),
        Row(slug: "ain-tarma", ar: "عين ترما", en: "Ain Tarma", parent: "SY0301"),
        Row(slug: "saqba", ar: "سقبا", en: "Saqba", parent: "SY0301"),
        Row(slug: "hamouriyah", ar: "حمورية", en: "Hamouriyah", parent: "SY0301"),
        Row(slug: "misraba", ar: "مسرابا", en: "Misraba", parent: "SY0302"),
        Row(slug: "wadi-barada", ar: "وادي بردى", en: "Wadi Barada", parent: "SY03"),
        // Damascus
        Row(slug: "mezzeh", ar: "المزة", en: "Mezzeh", parent: "SY01"),
        Row(slug: "qaboun", ar: "القابون", en: "Qaboun", parent: "SY01"),
        Row(slug: "barzeh", ar: "برزة", en: "Barzeh", parent: "SY01"),
        // Aleppo
        Row(slug: "sheikh-maqsoud", ar: "الشيخ مقصود", en: "Sheikh Maqsoud", parent: "SY0200"),
        Row(slug: "khan-al-asal", ar: "خان العسل", en: "Khan al-Asal", parent: "SY0200"),
        Row(slug: "anadan", ar: "عندان", en: "Anadan", parent: "SY0200"),
        Row(slug: "dabiq", ar: "دابق", en: "Dabiq", parent: "SY0204"),
        Row(slug: "menagh", ar: "منغ", en: "Menagh", parent: "SY0204"),
        // Idlib
        Row(slug: "jabal-al-zawiya", ar: "جبل الزاوية", en: "Jabal al-Zawiya", parent: "SY07"),
        Row(slug: "foua", ar: "الفوعة", en: "Al-Fu'ah", parent: "SY0700", aliasesEn: ["Foua"]),
        Row(slug: "kafriya", ar: "كفريا", en: "Kafriya", parent: "SY0700"),
        Row(slug: "jarjanaz", ar: "جرجناز", en: "Jarjanaz", parent: "SY0702"),
        Row(slug: "hbeit", ar: "الهبيط", en: "Al-Hbeit", parent: "SY0702"),
        Row(slug: "atimah", ar: "أطمة", en: "Atimah", parent: "SY0703", aliasesAr: ["اطمة"]),
        Row(slug: "sarmada", ar: "سرمدا", en: "Sarmada", parent: "SY0703"),
        Row(slug: "bab-al-hawa", ar: "باب الهوى", en: "Bab al-Hawa", parent: "SY0703"),
        // Hama
        Row(slug: "ghab-plain", ar: "سهل الغاب", en: "Al-Ghab Plain", parent: "SY0502"),
        Row(slug: "latamneh", ar: "اللطامنة", en: "Al-Lataminah", parent: "SY0505",
            aliasesEn: ["Latamneh"]),
        Row(slug: "kafr-nabudah", ar: "كفرنبودة", en: "Kafr Nabudah", parent: "SY0502",
            aliasesAr: ["كفر نبودة"]),
        // Homs
        Row(slug: "al-waer", ar: "الوعر", en: "Al-Waer", parent: "SY0401"),
        Row(slug: "baba-amr", ar: "بابا عمرو", en: "Baba Amr", parent: "SY0401"),
        Row(slug: "shayrat", ar: "الشعيرات", en: "Shayrat", parent: "SY0401"),
        Row(slug: "tiyas", ar: "التيفور", en: "Tiyas (T4)", parent: "SY04",
            aliasesAr: ["التياس", "تيفور", "تي فور"], aliasesEn: ["T4", "Tiyas", "Tiyas Airbase"]),
        Row(slug: "tanf", ar: "التنف", en: "Al-Tanf", parent: "SY0405", aliasesEn: ["Tanf"]),
        // Deir ez-Zor
        Row(slug: "baghouz", ar: "الباغوز", en: "Al-Baghuz", parent: "SY0902",
            aliasesEn: ["Baghouz"]),
        // Daraa and Quneitra
        Row(slug: "daraa-al-balad", ar: "درعا البلد", en: "Daraa al-Balad", parent: "SY1200"),
        Row(slug: "busr-al-harir", ar: "بصر الحرير", en: "Busr al-Harir", parent: "SY1203"),
        Row(slug: "yadudah", ar: "اليادودة", en: "Al-Yadudah", parent: "SY1200"),
        Row(slug: "nasib", ar: "نصيب", en: "Nasib", parent: "SY1200"),
        Row(slug: "jubata-al-khashab", ar: "جباتا الخشب", en: "Jubata al-Khashab",
            parent: "SY14"),
        // Latakia
        Row(slug: "hmeimim", ar: "حميميم", en: "Hmeimim", parent: "SY0602",
            aliasesEn: ["Khmeimim"]),
    ]
}
