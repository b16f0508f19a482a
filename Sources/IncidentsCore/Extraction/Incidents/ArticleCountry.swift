/// Words that place an article in Syria even when no Syrian place is named.
enum SyriaWords {
    /// Syria and its governorates' unambiguous names, for weighing an article's country.
    static let strong = WordSet(.procliticsAndSuffixes, [
        "سوريا", "سورية", "السوري", "السورية", "السوريين", "السوريون", "دمشق", "الأسد", "حلب",
        "إدلب", "الرقة", "دير الزور", "الحسكة", "درعا", "حمص", "حماة", "اللاذقية", "طرطوس",
        "السويداء", "الغوطة", "تدمر", "عفرين", "منبج", "الميادين", "البوكمال", "داعش",
        "النظام", "قسد", "المرصد",
    ])

    static let words = WordSet(.procliticsAndSuffixes, [
        "سوريا", "سورية", "السوري", "السورية", "السوريين", "السوريون", "دمشق", "الأسد",
    ])

    static func mentioned(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for i in range where words.contains(tokens[i]) { return true }
        return false
    }
}

/// Places abroad that reports name beside Syrian events (an outlet's seat, a capital that
/// leads a coalition): never where a Syrian incident happened.
enum ForeignPlaces {
    static let names: WordSet = WordSet(.procliticsAndSuffixes, Abroad.seats)

    static func contains(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        names.any(tokens, range)
    }

    /// Other countries, their people and their wars' main names.
    static let countries: WordSet = WordSet(.procliticsAndSuffixes, Abroad.countriesAndPeople)
}
