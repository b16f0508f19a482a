import Testing

@testable import IncidentsCore

/// `PlaceResolver`: the names `--place` and the store resolve.
@Suite struct PlaceResolverTests {
    let r = PlaceResolver.shared

    func codes(_ name: String, _ resolver: PlaceResolver? = nil) -> Set<String> {
        Set((resolver ?? r).places(named: name).map(\.pcode))
    }

    // MARK: Arabic

    struct Arabic: Sendable, CustomTestStringConvertible {
        var name: String
        /// Codes the name must give (among others).
        var includes: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Arabic(name: "الرقة", includes: ["SY11", "SY1101", "GN:172955"]),
        Arabic(name: "بالرقة", includes: ["SY11", "SY1101", "GN:172955"]),
        Arabic(name: "للرقة", includes: ["SY11"]),
        Arabic(name: "الرقه", includes: ["SY11"]),
        Arabic(name: "الرقّة", includes: ["SY11"]),
        Arabic(name: "وإدلب", includes: ["SY07", "SY0700"]),
        Arabic(name: "ادلب", includes: ["SY07", "SY0700"]),
        Arabic(name: "وبدير الزور", includes: ["SY09"]),
        Arabic(name: "ديرالزور", includes: ["SY09"]),
        Arabic(name: "بريف دمشق", includes: ["SY03"]),
        Arabic(name: "حماه", includes: ["SY05"]),
        Arabic(name: "محافظة إدلب", includes: ["SY07"]),
        Arabic(name: "مدينة تدمر", includes: ["GN:163808"]),
        // The subdistrict named «مركز <name>» is the name too.
        Arabic(name: "الطبقة", includes: ["GN:172374"]),
        // Hand-added places, with clitics and folded spellings.
        Arabic(name: "زملكا", includes: ["HAND:zamalka"]),
        Arabic(name: "بزملكا", includes: ["HAND:zamalka"]),
        Arabic(name: "المزة", includes: ["HAND:mezzeh"]),
        Arabic(name: "والمزه", includes: ["HAND:mezzeh"]),
        Arabic(name: "الغوطة الشرقية", includes: ["REG:eastern-ghouta"]),
        Arabic(name: "اطمة", includes: ["HAND:atimah"]),
        Arabic(name: "أطمة", includes: ["HAND:atimah"]),
    ])
    func arabicNames(_ a: Arabic) {
        let found = codes(a.name)
        for code in a.includes { #expect(found.contains(code), "\(a.name): \(found.sorted())") }
    }

    @Test func cliticsAndSpellingsGiveTheSamePlaces() {
        let raqqa = codes("الرقة")
        for name in ["بالرقة", "للرقة", "والرقة", "الرقه", "الرقّة", "  الرقة "] {
            #expect(codes(name) == raqqa, "\(name)")
        }
    }

    @Test func aGovernorateNounNarrowsToTheGovernorate() {
        #expect(codes("محافظة الرقة") == ["SY11"])
    }

    // MARK: English

    /// An English name gives exactly the places of its Arabic name.
    @Test(arguments: [
        ("Idleb", "إدلب"), ("Idlib", "إدلب"), ("IDLEB", "إدلب"),
        ("Rural Damascus", "ريف دمشق"), ("Rif Dimashq", "ريف دمشق"),
        ("Ar-Raqqa", "الرقة"), ("Raqqa", "الرقة"), ("al raqqa", "الرقة"),
        ("Deir-ez-Zor", "دير الزور"), ("Deir ez-Zor", "دير الزور"), ("Dayr az-Zawr", "دير الزور"),
        ("As-Sweida", "السويداء"), ("Dar'a", "درعا"), ("Daraa", "درعا"),
        ("Lattakia", "اللاذقية"), ("Latakia", "اللاذقية"), ("Tartous", "طرطوس"),
        ("Al-Hasakeh", "الحسكة"), ("Hasakah", "الحسكة"), ("Palmyra", "تدمر"), ("Tadmur", "تدمر"),
        ("Aleppo", "حلب"), ("Homs", "حمص"), ("Hama", "حماة"), ("Damascus", "دمشق"),
        ("Eastern Ghouta", "الغوطة الشرقية"), ("Zamalka", "زملكا"), ("Mezzeh", "المزة"),
        // A town, not the district named «Al-Tabqah District» (الثورة).
        ("Tabqa", "الطبقة"), ("Al-Tabqah District", "الثورة"),
    ])
    func englishMeansItsArabicName(_ english: String, _ arabic: String) {
        let found = codes(english)
        #expect(!found.isEmpty, "\(english)")
        #expect(found == codes(arabic), "\(english): \(found.sorted()) vs \(codes(arabic).sorted())")
    }

    @Test(arguments: [
        ("Idleb", "SY07"), ("Rural Damascus", "SY03"), ("Deir-ez-Zor", "SY09"), ("As-Sweida", "SY13"),
        ("Dar'a", "SY12"), ("Lattakia", "SY06"), ("Tartous", "SY10"), ("Al-Hasakeh", "SY08"),
        ("Ar-Raqqa", "SY11"), ("Palmyra", "GN:163808"), ("Eastern Ghouta", "REG:eastern-ghouta"),
    ])
    func commonSpellings(_ english: String, _ code: String) {
        #expect(codes(english).contains(code), "\(english)")
    }

    @Test func unknownNames() {
        #expect(r.places(named: "Atlantis").isEmpty)
        #expect(r.places(named: "   ").isEmpty)
        #expect(r.places(named: "الرقا").isEmpty)
        // A learned place's English name means nothing before the database learned it
        // (جوبر is compiled in, mined from the corpus, but without an English name).
        #expect(r.places(named: "Jobar").allSatisfy { $0.pcode.hasPrefix("LOC:") && $0.nameAr == "جوبر" })
    }

    // MARK: Learned places

    @Test func learnedPlacesByTheirNameWithOrWithoutTheirNoun() {
        let jobar = Place(pcode: "LOC:jobar", level: .local, nameAr: "حي جوبر", nameEn: "", parent: "SY01", lat: nil, lon: nil)
        let hara = Place(pcode: "LOC:hara", level: .local, nameAr: "حارة البدو", nameEn: "", parent: "SY11", lat: nil, lon: nil)
        let learned = r.learning([jobar, hara])
        for name in ["حي جوبر", "جوبر", "بجوبر", "Jobar", "jobar"] {
            // Also the compiled جوبر (data/anchored_places.csv): the learned one adds to it.
            #expect(codes(name, learned).contains("LOC:jobar"), "\(name)")
        }
        #expect(codes("حارة البدو", learned) == ["LOC:hara"])
        // A learned place named like a gazetteer row adds to it.
        let raqqaLocal = Place(pcode: "LOC:r", level: .local, nameAr: "الرقة", nameEn: "", parent: "SY11", lat: nil, lon: nil)
        #expect(codes("الرقة", r.learning([raqqaLocal])) == codes("الرقة").union(["LOC:r"]))
    }

    // MARK: Ambiguity

    /// صوران is a town of Hama and a town of Aleppo: a name gives both; the store, which
    /// knows the governorate, gets one.
    @Test func sameTownInTwoGovernorates() throws {
        let found = r.places(named: "صوران")
        let governorates = Set(found.compactMap { r.gazetteer.governorate(of: $0)?.pcode })
        #expect(governorates.isSuperset(of: ["SY02", "SY05"]))
        #expect(r.uniquePlace(named: "صوران", in: "SY05")?.pcode == "GN:163915")
        #expect(r.uniquePlace(named: "صوران", in: "SY02")?.pcode == "GN:163913")
        #expect(r.uniquePlace(named: "مدينة صوران", in: "SY05")?.pcode == "GN:163915")
        #expect(r.uniquePlace(named: "صوران", in: "SY11") == nil)
    }

    /// أريحا is a district and a town of Idlib: the town is preferred.
    @Test func aTownBeforeTheDistrictOfTheSameName() throws {
        let town = try #require(r.uniquePlace(named: "أريحا", in: "SY07"))
        #expect(town.level == .town)
        #expect(r.places(named: "أريحا", in: "SY07").contains { $0.level == .district })
    }

    // MARK: Names as the extractor writes them

    @Test(arguments: [("إدلب", "SY07"), ("ادلب", "SY07"), ("محافظة إدلب", "SY07"), ("ريف دمشق", "SY03"),
                      ("دير الزور", "SY09"), ("ديرالزور", "SY09")])
    func governorateNames(_ name: String, _ code: String) {
        #expect(r.governorate(named: name)?.pcode == code)
    }

    @Test func isNameOfAPlace() throws {
        let g = r.gazetteer
        let idlibTown = try #require(g.place(pcode: "GN:169389"))
        #expect(r.isName("إدلب", of: idlibTown))
        #expect(r.isName("مدينة إدلب", of: idlibTown))
        #expect(!r.isName("حي الضبيط", of: idlibTown))
        let kobani = try #require(g.byKey[ArabicNormalizer.wordKey("كوباني")]?.first)
        #expect(r.isName("كوباني", of: g.places[kobani.index]))
    }
}
