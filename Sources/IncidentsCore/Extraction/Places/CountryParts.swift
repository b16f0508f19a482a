/// «شرقي سوريا», «جنوب البلاد», «في شمال غرب سوريا»: the part of the country a clause names
/// when it names no place in it. A place read in the clauses around such a clause is its
/// place only when it lies in that part: «غارات روسية في جنوب البلاد» after a paragraph
/// about Idlib is not in Idlib.
enum CountryParts {
    /// The governorates (P-codes) of the part of the country `range` names, or nil.
    static func named(in tokens: [Token], range: Range<Int>) -> Set<String>? {
        for i in range where i + 1 < range.upperBound {
            guard let first = directions[tokens[i]] else { continue }
            var j = i + 1
            var part = first
            if let second = directions[tokens[j]], j + 1 < range.upperBound {
                part = first + second
                j += 1
            }
            guard country.contains(tokens[j]), let set = governorates[part] else { continue }
            return set
        }
        return nil
    }

    /// `range` places what it tells in the whole country («في سوريا», «بسوريا», «في أنحاء
    /// البلاد»), with no part named.
    static func wholeCountry(in tokens: [Token], range: Range<Int>) -> Bool {
        for i in range where countryAlone.contains(tokens[i]) {
            if tokens[i].key.hasPrefix("ب") { return true }
            if i > range.lowerBound && inCountry.contains(tokens[i - 1]) { return true }
        }
        return false
    }

    /// The country as a whole, bare or with «ب» («بسوريا»).
    static let countryAlone = WordSet(.exact, ["سوريا", "سورية", "البلاد", "بسوريا", "بسورية", "بالبلاد"])
    static let inCountry = WordSet(.exact, ["في", "داخل", "أنحاء", "عموم", "كافة", "مختلف", "وفي"])

    /// Direction words, with «في»/«ب» glued or apart: one letter each.
    static let directions = WordTable<String>(.proclitics(minStem: 3), [
        ("شمال", "N"), ("شمالي", "N"), ("جنوب", "S"), ("جنوبي", "S"), ("شرق", "E"), ("شرقي", "E"),
        ("غرب", "W"), ("غربي", "W"), ("وسط", "C"),
    ])
    static let country = WordSet(.exact, ["سوريا", "سورية", "البلاد"])

    /// Which governorates each part holds: SY02 Aleppo, SY03 Rif Dimashq, SY04 Homs, SY05
    /// Hama, SY06 Lattakia, SY07 Idleb, SY08 Al-Hasakeh, SY09 Deir-ez-Zor, SY10 Tartous,
    /// SY11 Ar-Raqqa, SY12 Dar'a, SY13 As-Sweida, SY14 Quneitra (Damascus is named).
    static let governorates: [String: Set<String>] = [
        "N": ["SY02", "SY07", "SY11", "SY08"],
        "S": ["SY12", "SY13", "SY14"],
        "E": ["SY09", "SY08", "SY11"],
        "W": ["SY06", "SY10"],
        "C": ["SY04", "SY05"],
        "NW": ["SY07", "SY02", "SY06", "SY05"],
        "NE": ["SY08", "SY11", "SY09"],
        "SW": ["SY12", "SY14"],
        "SE": ["SY13", "SY03", "SY04"],
    ]
}
