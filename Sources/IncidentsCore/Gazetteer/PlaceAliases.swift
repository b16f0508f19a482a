/// Spellings of places that the generated table (`PlacesCSV`) lacks, kept as data here
/// rather than in the generated file.
enum PlaceAliases {
    /// Extra Arabic spellings of existing rows (the extractor reads them in text too).
    static let arabic: [String: [String]] = [
        "SY09": ["ديرالزور"],
        "SY03": ["محافظة ريف دمشق"],
    ]

    /// English spellings users and news agencies write that the OCHA and GeoNames names
    /// lack (only `--place` reads English). Matching ignores case, hyphens, apostrophes
    /// and the article (`PlaceResolver.englishKeys`), so «Deir-ez-Zor» covers «deir ez zor».
    static let english: [String: [String]] = [
        "SY03": ["Rural Damascus", "Damascus Countryside", "Reef Damascus", "Rif Damascus"],
        "SY07": ["Idleb"],
        "SY09": ["Deir-ez-Zor", "Deir al-Zour", "Deir Ezzor"],
        "SY11": ["Ar-Raqqa", "Rakka"],
        "SY13": ["As-Sweida", "Sweida", "Suwaida"],
        "SY12": ["Dar'a", "Deraa", "Daraa"],
        "SY06": ["Lattakia", "Latakia"],
        "SY10": ["Tartous", "Tartus"],
        "SY08": ["Al-Hasakeh", "Hasakeh", "Hassakeh"],
        "GN:163808": ["Palmyra", "Tadmor"],
    ]

    /// English names of places the gazetteer lacks but text names often, so that the
    /// database learns them (level 5, `LOC:` codes): the English name → the Arabic name
    /// it stands for.
    static let englishForLearned: [String: String] = [
        "Jobar": "جوبر",
    ]

    /// ACLED's spelling of each governorate (its `admin1`, OCHA's English names), which
    /// the CSV export writes so that rows merge with ACLED's Syria data.
    static let acledAdmin1: [String: String] = [
        "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs",
        "SY05": "Hama", "SY06": "Lattakia", "SY07": "Idleb", "SY08": "Al-Hasakeh",
        "SY09": "Deir-ez-Zor", "SY10": "Tartous", "SY11": "Ar-Raqqa", "SY12": "Dar'a",
        "SY13": "As-Sweida", "SY14": "Quneitra",
    ]
}
