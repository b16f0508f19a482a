/// Words that place an article in Syria even when no Syrian place is named.
enum SyriaWords {
    /// Syria and its governorates' unambiguous names, for weighing an article's country.
    static let strong = WordSet(.procliticsAndSuffixes, [
        "سوريا", "سورية", "السوري", "السورية", "السوريين", "السوريون", "دمشق", "الأسد", "حلب",
        "إدلب", "الرقة", "دير الزور", "الحسكة", "درعا", "حمص", "حماة", "اللاذقية", "طرطوس",
        "السويداء", "الغوطة", "تدمر", "عفرين", "منبج", "الميادين", "البوكمال",
        "النظام", "قسد", "المرصد",
    ])

    static let words = WordSet(.procliticsAndSuffixes, [
        "سوريا", "سورية", "السوري", "السورية", "السوريين", "السوريون", "دمشق", "الأسد",
    ])
    /// Syria itself, as a name or an adjective («الحدود السورية»).
    static let syria = WordSet(.exact, ["سوريا", "سورية", "السورية", "السوري"])

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

    /// A mention of a place abroad («سروج», «مدينة كلس التركية», an unknown name holding a
    /// capital's): never where a Syrian incident happened, never given to a draft (a place
    /// a draft names is learned as a place in Syria). A border («الحدود مع الأردن») is kept:
    /// it is in Syria too.
    static func isAbroad(_ p: PlaceMention, _ tokens: [Token]) -> Bool {
        if p.isForeign { return !borderWords.contains(tokens[p.range.lowerBound]) }
        return p.place == nil && contains(p.range, tokens)
    }

    /// The clause names a place abroad as a place: not inside an actor's name («التحالف
    /// الدولي بقيادة واشنطن») unless a preposition or a direction puts it on the map («جنوب
    /// شرقي تركيا»), and not as the other side of a border («قرب الحدود مع العراق
    /// وتركيا», «الحدود بين لبنان والجولان»): a border is in Syria too.
    static func namesPlaceAbroad(_ tokens: [Token], _ range: Range<Int>, actors: [ActorMention]) -> Bool {
        var borderList = false
        for i in range {
            let t = tokens[i]
            // Yemen's war («الحوثي», «صنعاء») is never fought in Syria: a clause that names it
            // is about Yemen.
            if otherWars.contains(t) { return true }
            guard names.contains(t) else {
                // A list after «الحدود مع» goes on only through «و».
                if borderList && !t.key.hasPrefix("و") { borderList = false }
                continue
            }
            if isBorderSide(i, tokens, range) {
                borderList = true
                continue
            }
            if borderList && t.key.hasPrefix("و") { continue }
            borderList = false
            if speaks(i, tokens, floor: range.lowerBound) || isSeat(i, tokens, floor: range.lowerBound) { continue }
            if actors.contains(where: { $0.range.contains(i) }) {
                guard i > range.lowerBound, onTheMap.contains(tokens[i - 1]) else { continue }
            }
            return true
        }
        return false
    }

    /// The token at `i` is the other side of a border: «الحدود مع X», «الحدود بين X و»,
    /// «حدود X», «الحدود السورية مع X».
    static func isBorderSide(_ i: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        let lo = max(range.lowerBound, i - 3)
        guard let b = (lo..<i).last(where: { borderWords.contains(tokens[$0]) }) else { return false }
        for k in (b + 1)..<i where !borderLinks.contains(tokens[k]) { return false }
        return true
    }

    /// «أكدت طهران», «قالت موسكو», «بيان موسكو»: the capital at `i` speaks, so it is its
    /// government, not a place.
    static func speaks(_ i: Int, _ tokens: [Token], floor: Int) -> Bool {
        i > floor && speaking.contains(tokens[i - 1])
    }

    /// The place at `i` is where a source is based: «الذي يتخذ من بريطانيا مقرا», «ومقره
    /// لندن», «ومقره في لندن». Not where anything happened.
    static func isSeat(_ i: Int, _ tokens: [Token], floor: Int) -> Bool {
        var k = i - 1
        if k >= floor, FilterWords.fi.contains(tokens[k]) { k -= 1 }
        if k >= floor, seatWords.contains(tokens[k]) { return true }
        return i - 2 >= floor && tokens[i - 1] == FunctionWords.min && basedVerbs.contains(tokens[i - 2])
    }
    static let seatWords = WordSet(.exact, ["مقره", "ومقره", "مقرها", "ومقرها", "مقرّه", "ومقرّه", "يقيم", "المقيم"])
    static let basedVerbs = WordSet(.exact, ["يتخذ", "تتخذ", "اتخذ", "اتخذت"])

    /// The clause says it is in a neighbouring country: its name or people («تركيا»,
    /// «التركية»), or Syria's border seen from outside («قرب الحدود السورية», «الحدود مع
    /// سوريا»).
    static func saysAbroad(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for i in range {
            if neighbours.contains(tokens[i]) { return true }
            guard borderWords.contains(tokens[i]) else { continue }
            var k = i + 1
            if k < range.upperBound, tokens[k] == FunctionWords.maa { k += 1 }
            if k < range.upperBound, SyriaWords.syria.contains(tokens[k]) { return true }
        }
        return false
    }
    static let neighbours = WordSet(.procliticsAndSuffixes, Abroad.outsideDemonyms + [
        "تركيا", "لبنان", "العراق", "الأردن", "كردستان",
    ])

    /// Names of another country's war that no Syrian incident carries.
    static let otherWars = WordSet(.procliticsAndSuffixes, Abroad.yemensWar)

    /// Verbs after which a capital is the government speaking, not a place.
    static let speaking = FilterWords.reportVerbs.union(WordSet(.exact, [
        "وأكدت", "وأكد", "وقالت", "وقال", "وأعلنت", "وأعلن", "نفت", "ونفت", "نفى", "ونفى",
        "اتهمت", "واتهمت", "حذرت", "وحذرت", "ردت", "وردت", "أدانت", "وأدانت", "طالبت", "وطالبت",
        "اعترفت", "واعترفت", "تقول", "وتقول", "يقول",
        // «بيان موسكو»: the government's statement.
        "بيان", "بيانا",
    ])).union(governments)

    /// «حكومة دمشق», «سلطات أنقرة», «نظام طهران»: a city named for the government that sits
    /// in it (a capital abroad is no place abroad, Damascus no place in Syria).
    static let governments = WordSet(.exact, [
        "سلطات", "لسلطات", "وسلطات", "حكومة", "لحكومة", "وحكومة", "نظام", "لنظام", "ونظام",
    ])
    /// «المقاتلين الموالين لدمشق», «قوات مؤيدة لدمشق»: a city named for the side loyal to it.
    static let loyalTo = WordSet(.exact, [
        "موالية", "الموالية", "موالين", "الموالين", "موالون", "موال", "الموالي", "مؤيدة", "المؤيدة",
        "مؤيدين", "المؤيدين", "مؤيدون",
    ])

    static let borderWords = WordSet(.procliticsAndSuffixes, ["الحدود", "حدود", "الحدودي", "الحدودية"])
    static let borderLinks = WordSet(.exact, ["مع", "بين", "السورية", "سوريا", "سورية"])
    /// Words that make a country's name a place even where an actor is read in it.
    static let onTheMap = WordSet(.procliticsAndSuffixes, [
        "في", "داخل", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
        "أراضي", "الأراضي",
    ])

    /// Other countries, their people and their wars' main names.
    static let countries: WordSet = WordSet(.procliticsAndSuffixes, Abroad.countriesAndPeople)
}
