/// Tolls: a figure near a cumulative-toll cue is a count over time, not one incident's
/// (`CasualtyReader.tollQualifier`): «منذ بداية», «خلال الشهر», a span of days of violence
/// («بعد عشرة أيام من المعارك», «في ثلاثة أيام من القصف», «خلال يومين»), a report's documented
/// total («وأحصى التقرير وفاة 212 شخصاً»), a war's toll. A rising count («ارتفعت حصيلة القتلى
/// إلى») is not a toll by itself: one incident's count rises too (`isCumulative` decides).
extension CasualtyScan {
    /// A cumulative toll near [from, to).
    func isToll(_ from: Int, _ to: Int) -> Bool {
        let a = max(lo, from - 8)
        var b = min(hi, to + 8)
        // «مقتل أربعة أطفال، لترتفع بذلك الحصيلة منذ مطلع آذار إلى 640»: what follows a
        // rising count is the toll's, not this figure's.
        var r0 = to
        while r0 < b {
            if CasualtyWords.rise.contains(key(r0)) {
                b = r0
                break
            }
            r0 += 1
        }
        if isSpanOfViolence(a, b) || isReportTotal(a, b) { return true }
        // «قتل خلاله»: during a span named earlier in the clause («بعد شهر من الحصار ...، قتل
        // خلاله نحو 200 شخص»), not during one strike («غارة قتل خلالها 5»).
        var r = max(lo, from - 2)
        while r < min(hi, to + 1) {
            if CasualtyWords.duringIt.contains(key(r)) && isSpanOfViolence(lo, r) { return true }
            r += 1
        }
        var j = a
        while j < b {
            let k = key(j)
            if CasualtyWords.since.contains(k), j + 1 < hi, !CasualtyWords.shortTimes.contains(key(j + 1)) {
                return true
            } else if CasualtyWords.during.contains(k), j + 1 < hi, CasualtyWords.periods.contains(key(j + 1))
                || (j + 2 < hi && CasualtyWords.during.contains(k) && CasualtyWords.periods.contains(key(j + 2))
                    && (tokens[j + 1].isNumber || NumberParser.isNumberWord(key(j + 1)) || key(j + 1) == CasualtyWords.article
                        || CasualtyWords.demonstratives.contains(key(j + 1))))
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

    /// A span of days, weeks or months of violence in [a, b): «أسبوع من القصف», «خمسة أيام
    /// من الغارات», «في خمسة أيام», «خلال يومين», «على مدى ثلاثة أسابيع».
    func isSpanOfViolence(_ a: Int, _ b: Int) -> Bool {
        var j = a
        while j < b {
            let t = tokens[j]
            if CasualtyWords.spans.contains(t) {
                // «بعد عشرة أيام من المعارك», «في 20 يوماً من هجمات الجيش».
                if j + 2 < hi, key(j + 1) == CasualtyWords.min, CasualtyWords.violence.contains(tokens[j + 2]) {
                    return true
                }
            }
            if CasualtyWords.spanPrepositions.contains(t), j + 1 < hi {
                // «خلال يومين», «في أسبوعين».
                if CasualtyWords.dualSpans.contains(tokens[j + 1]) { return true }
                // «في خمسة أيام», «خلال 3 أسابيع».
                if let m = CasualtyLexicon.numbers.parse(tokens, at: j + 1, limit: hi), let v = m.value, v > 1,
                    m.range.upperBound < hi, CasualtyWords.spans.contains(tokens[m.range.upperBound])
                {
                    return true
                }
            }
            j += 1
        }
        return false
    }

    /// A report's documented total in [a, b): a report noun and a documenting verb
    /// («وأحصى التقرير وفاة 212 شخصاً», «أحصت الشبكة في تقريرها الشهري»).
    func isReportTotal(_ a: Int, _ b: Int) -> Bool {
        var report = false, documented = false
        var j = a
        while j < b {
            if CasualtyWords.reportNouns.contains(tokens[j]) { report = true }
            if CasualtyWords.documentVerbs.contains(tokens[j]) { documented = true }
            j += 1
        }
        return report && documented
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
        "الإجمالية", "الإجمالي", "إجمالي", "الكلية", "سنويا", "الشهرية", "الشهري", "شهريا", "السنوية",
        "السنوي", "حصيلتها", "حصيلته",
    ])
    /// A war or conflict as the cause of a toll.
    static let wars = WordSet(.exact, [
        "الحرب", "النزاع", "الصراع", "الثورة", "الأزمة", "الاقتتال", "التمرد", "الحروب", "النزاعات",
    ])
    static let since = WordSet(.exact, ["منذ", "ومنذ"])
    /// «منذ صباح اليوم»: a count since earlier today is the day's, not a period's.
    static let shortTimes = DateReader.withinToday
    static let during = WordSet(.exact, ["خلال", "وخلال", "طوال", "طيلة"])
    /// «خلال هذه الفترة», «طوال تلك الأيام».
    static let demonstratives = WordSet(.exact, ["هذه", "هذا", "تلك", "ذلك"])
    /// «خلاله», «خلالها»: during something named before.
    static let duringIt = WordSet(.exact, ["خلاله", "خلالها", "خلالهما", "خلالهم", "طوالها", "طواله"])
    /// Before a counted span: «في خمسة أيام», «خلال يومين», «على مدى ثلاثة أسابيع».
    static let spanPrepositions = WordSet(.exact, [
        "في", "خلال", "وخلال", "طوال", "طيلة", "مدى", "غضون", "بغضون", "ظرف",
    ])
    /// Spans of days or more (not hours: «بعد ساعات من القصف» is still the day's).
    static let spans = WordSet(.procliticsAndSuffixes, [
        "يوما", "أيام", "أسبوع", "أسبوعا", "أسابيع", "شهر", "شهرا", "أشهر", "شهور", "عام",
        "عاما", "أعوام", "سنة", "سنوات", "يومين", "أسبوعين", "شهرين", "عامين", "سنتين",
    ])
    static let dualSpans = WordSet(.procliticsAndSuffixes, ["يومين", "أسبوعين", "شهرين", "عامين", "سنتين"])
    /// What a span of violence is a span of: «أسبوع من القصف».
    static let violence = WordSet(.procliticsAndSuffixes, [
        "القصف", "قصف", "الغارات", "غارات", "المعارك", "معارك", "القتال", "الهجمات", "هجمات",
        "الحملة", "حملة", "التصعيد", "الاشتباكات", "اشتباكات", "العمليات", "عمليات", "الحصار",
        "الهجوم", "العنف", "الحرب",
    ])
    /// A report that documents a period's dead.
    static let reportNouns = WordSet(.procliticsAndSuffixes, [
        "التقرير", "تقرير", "تقريرها", "تقريره", "إحصائية", "الإحصائية", "إحصائيات", "الإحصائيات",
        "إحصاءات", "الإحصاءات", "احصائية", "احصائيات",
    ])
    static let documentVerbs = WordSet(.procliticsAndSuffixes, [
        "وثق", "وثقت", "يوثق", "توثق", "أحصى", "أحصت", "يحصي", "تحصي", "رصد", "رصدت", "سجل", "سجلت",
    ])
    static let periods = WordSet(.exact, [
        "الشهر", "شهر", "الأشهر", "أشهر", "الشهور", "شهور", "شهرين", "الشهرين", "الأسبوع", "أسبوع",
        "الأسابيع", "أسابيع", "أسبوعين", "الأسبوعين", "العام", "عام", "الأعوام", "أعوام", "عامين", "العامين",
        "السنة", "سنة", "السنوات", "سنوات", "سنتين", "الأيام", "أيام", "يوما", "أسبوعا", "شهرا", "عاما",
        "الفترة", "فترة", "الحرب", "النزاع",
        "الثورة", "الأزمة", "العامين", "يومين", "اليومين", "أسبوعين", "الأسبوعين",
        // «خلال التصعيد الأخير».
        "التصعيد",
    ])
}
