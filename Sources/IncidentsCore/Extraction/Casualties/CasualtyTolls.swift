/// Tolls: a figure near a cumulative-toll cue («ارتفعت حصيلة القتلى إلى», «منذ بداية»,
/// «خلال الشهر») is a count over time, not one incident's (`CasualtyReader.tollQualifier`).
extension CasualtyScan {
    /// A cumulative toll near [from, to): a rise of a count, «منذ بداية», «خلال الشهر».
    func isToll(_ from: Int, _ to: Int) -> Bool {
        let a = max(lo, from - 8)
        let b = min(hi, to + 8)
        var j = a
        while j < b {
            let k = key(j)
            if CasualtyWords.rise.contains(k) && j < to {
                var s = j + 1
                while s < min(b, j + 4) {
                    if CasualtyWords.tollNouns.contains(key(s)) { return true }
                    s += 1
                }
            } else if CasualtyWords.since.contains(k), j + 1 < hi, !CasualtyWords.shortTimes.contains(key(j + 1)) {
                return true
            } else if CasualtyWords.during.contains(k), j + 1 < hi, CasualtyWords.periods.contains(key(j + 1))
                || (j + 2 < hi && CasualtyWords.during.contains(k) && CasualtyWords.periods.contains(key(j + 2))
                    && (tokens[j + 1].isNumber || NumberParser.isNumberWord(key(j + 1)) || key(j + 1) == CasualtyWords.article))
            {
                return true
            } else if CasualtyWords.cumulative.contains(k) {
                return true
            } else if CasualtyWords.wars.contains(k) && j < from && j >= from - 5 && noBreak(j + 1, from + 1) {
                // «خلفت الحرب 10 آلاف قتيل», «النزاع الذي أودى بحياة …».
                return true
            }
            j += 1
        }
        return false
    }
}

extension CasualtyWords {
    // Cumulative tolls.
    static let rise = WordSet(.exact, [
        "ارتفعت", "ارتفع", "وارتفعت", "وارتفع", "فارتفعت", "ترتفع", "يرتفع", "ليرتفع", "لترتفع", "وترتفع",
        "ويرتفع", "ارتفاع", "وارتفاع", "بارتفاع", "لارتفاع",
    ])
    static let tollNouns = WordSet(.exact, [
        "حصيلة", "الحصيلة", "عدد", "أعداد", "حصيله", "بذلك",
    ])
    static let cumulative = WordSet(.exact, [
        "الإجمالية", "الإجمالي", "إجمالي", "الكلية", "سنويا",
    ])
    /// A war or conflict as the cause of a toll.
    static let wars = WordSet(.exact, [
        "الحرب", "النزاع", "الصراع", "الثورة", "الأزمة", "الاقتتال", "التمرد", "الحروب", "النزاعات",
    ])
    static let since = WordSet(.exact, ["منذ", "ومنذ"])
    static let shortTimes = WordSet(.exact, [
        "صباح", "الصباح", "فجر", "الفجر", "ساعات", "الساعات", "ساعة", "ليل", "الليل", "ليلة", "الليلة",
        "مساء", "ظهر", "الظهر", "الظهيرة", "منتصف", "أمس", "الأمس", "دقائق", "صباحا", "مساء", "يوم",
        "اليوم", "لحظات", "قليل",
    ])
    static let during = WordSet(.exact, ["خلال", "وخلال", "طوال", "طيلة"])
    static let periods = WordSet(.exact, [
        "الشهر", "شهر", "الأشهر", "أشهر", "الشهور", "شهور", "شهرين", "الشهرين", "الأسبوع", "أسبوع",
        "الأسابيع", "أسابيع", "أسبوعين", "الأسبوعين", "العام", "عام", "الأعوام", "أعوام", "عامين", "العامين",
        "السنة", "سنة", "السنوات", "سنوات", "سنتين", "الأيام", "أيام", "يوما", "أسبوعا", "شهرا", "عاما",
        "الفترة", "فترة", "الحرب", "النزاع",
        "الثورة", "الأزمة", "العامين",
    ])
}
