import Testing

@testable import IncidentsCore

/// One surface form looked up in a word set built from one written entry.
struct SurfaceCase: Sendable, CustomTestStringConvertible {
    var option: CliticOption
    var entry: String
    var surface: String
    var found: Bool
    var testDescription: String { "\(option) \(entry) ← \(surface)" }
}

/// A token with a chosen hash (to force collisions).
private func token(_ key: String, hash: UInt64? = nil) -> Token {
    Token(
        key: key, hash: hash ?? WordHash.of(key), start: 0, end: 0, boundary: .space,
        gapBefore: false, isNumber: false)
}

@Suite struct WordTableTests {
    static let surfaces: [SurfaceCase] = [
        // .exact: the entry as written, nothing else.
        SurfaceCase(option: .exact, entry: "الغارات", surface: "الغارات", found: true),
        SurfaceCase(option: .exact, entry: "الغارات", surface: "الغاراتُ", found: true),
        SurfaceCase(option: .exact, entry: "الغارات", surface: "والغارات", found: false),
        SurfaceCase(option: .exact, entry: "غارة", surface: "غاره", found: true),
        SurfaceCase(option: .exact, entry: "غارة", surface: "غارته", found: false),
        // .proclitics: و/ف, then ب/ل/ك; the entry carries its article; ل + ال → لل.
        SurfaceCase(option: .proclitics(minStem: 2), entry: "الرقة", surface: "الرقة", found: true),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "الرقة", surface: "بالرقة", found: true),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "الرقة", surface: "وبالرقة", found: true),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "الرقة", surface: "للرقة", found: true),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "الرقة", surface: "فللرقة", found: true),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "الرقة", surface: "لالرقة", found: false),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "الرقة", surface: "رقة", found: false),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "حلب", surface: "وحلب", found: true),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "حلب", surface: "الحلب", found: false),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "حلب", surface: "حلبها", found: false),
        SurfaceCase(option: .proclitics(minStem: 2), entry: "حلب", surface: "بحلبٍ", found: true),
        SurfaceCase(option: .proclitics(minStem: 4), entry: "عين", surface: "وعين", found: false),
        SurfaceCase(option: .proclitics(minStem: 4), entry: "عين", surface: "عين", found: true),
        SurfaceCase(option: .proclitics(minStem: 3), entry: "عين", surface: "وعين", found: true),
        // .procliticsAndSuffixes: the looser list (adds ال; لل/بال drop the entry's article)
        // and pronoun suffixes (ة → ت before one).
        SurfaceCase(option: .procliticsAndSuffixes, entry: "الغارات", surface: "والغارات", found: true),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "الغارات", surface: "للغارات", found: true),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "الغارات", surface: "لالغارات", found: true),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "الغارات", surface: "فبالغارات", found: true),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "الغارات", surface: "غارات", found: false),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "غارات", surface: "الغارات", found: true),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "غارات", surface: "غاراتهم", found: true),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "غارة", surface: "غارتها", found: true),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "غارة", surface: "غارهها", found: true),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "غارة", surface: "وغارتها", found: false),
        SurfaceCase(option: .procliticsAndSuffixes, entry: "غارة", surface: "مغارة", found: false),
    ]

    @Test(arguments: surfaces)
    func cliticOptions(_ c: SurfaceCase) {
        let set = WordSet(c.option, [c.entry])
        let key = ArabicNormalizer.key(c.surface)
        #expect(set.contains(key) == c.found)
        let t = TokenizedText(c.surface).tokens
        #expect(t.count == 1 && set.contains(t[0]) == c.found)
    }

    /// A hash hit with other bytes is a miss; two keys with one hash both stay.
    @Test func lookUpsCheckTheBytes() {
        var table = WordTable<Int>()
        table.insert("قصف", hash: 42, 1)
        table.insert("غارة", hash: 42, 2)
        table.insert("قصف", hash: 42, 3)
        #expect(table.count == 2)
        let rows: [(String, Int?)] = [("قصف", 3), ("غارة", 2), ("قتل", nil), ("", nil)]
        for (key, value) in rows {
            #expect(table[token(key, hash: 42)] == value, "\(key)")
            #expect(table.value(key, hash: 42) == value, "\(key)")
        }
        // The keys are not under their real hashes.
        #expect(table["قصف"] == nil)
        // A table of real hashes: the token's hash finds the slot, its bytes confirm it.
        let real = WordTable(.exact, [("قصف", 1)])
        #expect(real[token("قصف")] == 1)
        #expect(real[token("غارة", hash: WordHash.of("قصف"))] == nil)
        // Hash 0 is a hash like any other.
        var zero = WordTable<Int>()
        zero.insert("صفر", hash: 0, 7)
        #expect(zero.value("صفر", hash: 0) == 7)
        #expect(zero.value("واحد", hash: 0) == nil)
    }

    @Test func wordComparesHashThenBytes() {
        let w = Word("ضد")
        #expect(token("ضد") == w)
        #expect(token("من", hash: w.hash) != w)
        #expect(token("ضد", hash: w.hash &+ 1) != w)
    }

    /// Two entries sharing a surface form: the earlier one keeps it, or `combine` merges;
    /// an entry's plain form always wins over another entry's clitic form.
    @Test(arguments: [
        // surface, value, value with the entries reversed, value combined
        ("وبقصف", 1, 2, 12),
        ("فبقصف", 1, 2, 12),
        ("بقصف", 2, 2, 2),
        ("بقصفه", 2, 2, 2),
        ("قصف", 1, 1, 1),
        ("قصفه", 1, 1, 1),
    ])
    func collisionsBetweenEntries(_ surface: String, _ value: Int, _ reversed: Int, _ combined: Int) {
        let entries: [(String, Int)] = [("قصف", 1), ("بقصف", 2)]
        let key = ArabicNormalizer.key(surface)
        #expect(WordTable(.procliticsAndSuffixes, entries)[key] == value)
        #expect(WordTable(.procliticsAndSuffixes, entries.reversed())[key] == reversed)
        #expect(WordTable(.procliticsAndSuffixes, entries) { x, y in x * 10 + y }[key] == combined)
    }

    @Test func exactDuplicatesKeepTheLastValue() {
        let table = WordTable(.exact, [("قصف", 1), ("قصفٌ", 2)])
        #expect(table.count == 1)
        #expect(table["قصف"] == 2)
    }

    /// Readings: the whole token first, then the longest proclitic first, then stems in
    /// sorted order, whatever order the stems came in.
    @Test(arguments: [["وبلد", "بلد", "لد"], ["لد", "وبلد", "بلد"], ["بلد", "لد", "وبلد"]])
    func readingsOrder(_ stems: [String]) {
        let readings = CliticReadings(stems: stems)
        let r = readings.readings("وبلد")
        #expect(r.map(\.stem) == ["وبلد", "لد", "بلد"])
        #expect(r.map(\.proclitic) == [
            .none, Proclitic(conjunction: "و", preposition: "ب"), Proclitic(conjunction: "و", preposition: nil),
        ])
        #expect(readings.readings(token("وبلد")).map(\.stem) == r.map(\.stem))
        #expect(readings.readings("مدينة").isEmpty)
    }

    @Test func readingGroupsHaveTheirOwnShortestStem() {
        let readings = CliticReadings(groups: [(["حلب"], 2), (["نوى"], 4)])
        #expect(readings.readings("بحلب").map(\.stem) == ["حلب"])
        #expect(readings.readings("بنوى").isEmpty)
        #expect(readings.readings("نوى").map(\.stem) == ["نوى"])
        // ل + definite stem: لل.
        let definite = CliticReadings(stems: ["التحالف"])
        #expect(definite.readings("للتحالف").first?.proclitic == Proclitic(conjunction: nil, preposition: "ل"))
        #expect(definite.readings("لالتحالف").isEmpty)
    }

    @Test func tableEditing() {
        var table = WordTable(keys: ["قصف": 1, "غاره": 2])
        table["قتل"] = 3
        table["قصف"] = nil
        #expect(table.count == 2)
        #expect(table["قصف"] == nil && table["غاره"] == 2 && table["قتل"] == 3)
        #expect(Set(table.keys) == ["غاره", "قتل"])
        let other = WordTable(keys: ["قتل": 30, "جرح": 40])
        let merged = table.merging(other) { a, _ in a }
        #expect(merged["قتل"] == 3 && merged["جرح"] == 40 && merged.count == 3)
        #expect(table.mapValues { $0 * 2 }["غاره"] == 4)
        var big = WordTable<Int>()
        for i in 0..<1000 { big[String(i)] = i }
        #expect(big.count == 1000 && big["999"] == 999 && big["1000"] == nil)
    }

    @Test func setsOfKeys() {
        let a = WordSet(keys: ["في", "من"])
        let b = a.union(WordSet(.exact, ["على"]))
        let ala = ArabicNormalizer.key("على")
        #expect(b.count == 3 && b.contains(ala) && b.contains("في") && !a.contains(ala))
        #expect(Set(b) == ["في", "من", ala])
        let t = TokenizedText("قتل رجل في حلب").tokens
        #expect(a.any(t, 0..<4) && !a.any(t, 0..<2))
        #expect(WordSet().isEmpty)
    }

    /// The stems a typed word may hold (query side), in order.
    @Test(arguments: [
        ("للعمليات", ["للعمليات", "العمليات", "عمليات", "لعمليات"]),
        ("حلب", ["حلب"]),
        ("بحلب", ["بحلب", "حلب"]),
        ("سيطرتها", ["سيطرتها", "سيطرت", "سيطره"]),
    ])
    func stemCandidates(_ word: String, _ expected: [String]) {
        #expect(Clitics.stemCandidates(of: ArabicNormalizer.key(word)) == expected.map(ArabicNormalizer.key))
    }
}
