import Testing
@testable import IncidentsCore

@Suite struct GazetteerTests {
    let g = Gazetteer.shared

    @Test func holdsTheCompiledTableAndHandPlaces() {
        #expect(g.places.filter { $0.level == .governorate }.count == 14)
        #expect(g.places.filter { $0.level == .district }.count == 62)
        #expect(g.places.filter { $0.level == .subdistrict }.count == 272)
        #expect(g.places.filter { $0.level == .local }.count == HandPlaces.all.count)
        #expect(g.place(pcode: "SY11")?.nameAr == "الرقة")
        #expect(g.place(pcode: "SY99") == nil)
    }

    /// Every hand-added place hangs from a real row of the table and has a governorate.
    @Test(arguments: HandPlaces.all.map(\.pcode))
    func handPlacesArePlaced(_ pcode: String) throws {
        let p = try #require(g.place(pcode: pcode))
        let parent = try #require(g.place(pcode: p.parent ?? ""))
        #expect(parent.level <= .district)
        #expect(g.governorate(of: p) != nil)
        #expect(g.places(key: ArabicNormalizer.wordKey(p.nameAr)).contains { $0.pcode == pcode })
    }

    // MARK: English

    struct English: Sendable, CustomTestStringConvertible {
        var query: String
        var governorate: String
        var testDescription: String { query }
    }

    @Test(arguments: [
        English(query: "Raqqa", governorate: "SY11"),
        English(query: "Ar-Raqqa", governorate: "SY11"),
        English(query: "al raqqa", governorate: "SY11"),
        English(query: "RAQQAH", governorate: "SY11"),
        English(query: "Deir ez-Zor", governorate: "SY09"),
        English(query: "Dayr az-Zawr", governorate: "SY09"),
        English(query: "Idlib", governorate: "SY07"),
        English(query: "Aleppo", governorate: "SY02"),
        English(query: "Hama", governorate: "SY05"),
        English(query: "Al-Hasakah", governorate: "SY08"),
        English(query: "As-Suwayda", governorate: "SY13"),
        English(query: "Rif Dimashq", governorate: "SY03"),
        English(query: "Palmyra", governorate: "SY04"),
    ])
    func englishNames(_ e: English) {
        let found = g.resolve(name: e.query)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { g.governorate(of: $0)?.pcode == e.governorate })
    }

    @Test func englishGovernorateComesFirst() {
        #expect(g.resolve(name: "Raqqa").first?.pcode == "SY11")
        #expect(g.resolve(name: "Deir ez-Zor").first?.pcode == "SY09")
        #expect(g.resolve(name: "Atlantis").isEmpty)
    }

    // MARK: Arabic

    @Test func arabicNamesAllReadings() {
        let raqqa = g.resolve(name: "الرقة")
        #expect(Set(raqqa.map(\.level)) == [.governorate, .district, .town])
        #expect(raqqa.first?.pcode == "SY11")
        #expect(g.resolve(name: "محافظة الرقة").map(\.pcode) == ["SY11"])
        #expect(g.resolve(name: "مدينة الرقة").map(\.pcode) == ["GN:172955"])
        #expect(g.resolve(name: "ناحية مركدة").map(\.pcode) == ["SY080003"])
        #expect(g.resolve(name: "   ").isEmpty)
    }

    @Test(arguments: [
        ("بالرقة", "SY11"), ("وبدير الزور", "SY09"), ("لحلب", "SY02"), ("بريف دمشق", "SY03"),
        ("للرقة", "SY11"), ("وإدلب", "SY07"), ("الرقّة", "SY11"), ("ديرالزور", "SY09"),
    ])
    func arabicWithClitics(_ text: String, _ governorate: String) {
        let found = g.lookup(arabic: text)
        #expect(!found.isEmpty, "\(text)")
        #expect(found.contains { g.governorate(of: $0)?.pcode == governorate }, "\(text)")
    }

    @Test func wholeWordBeforeClitics() {
        // «بنش» is a town, not ب + «نش»; «لبنان» is no row's name (PlaceFinder reads it as
        // the foreign country before trying ل + «بنان»).
        #expect(g.lookup(arabic: "بنش").first?.nameAr == "بنش")
        #expect(g.places(key: ArabicNormalizer.wordKey("لبنان")).isEmpty)
    }

    // MARK: Hierarchy

    @Test func governoratesAndDistricts() throws {
        let tadmurTown = try #require(g.place(pcode: "GN:163808"))
        #expect(g.governorate(of: tadmurTown)?.nameAr == "حمص")
        #expect(g.district(of: tadmurTown)?.pcode == "SY0405")
        let tabqa = try #require(g.place(pcode: "GN:172374"))
        #expect(g.district(of: tabqa)?.nameAr == "الثورة")
        #expect(g.subdistrict(of: tabqa)?.nameAr == "مركز الطبقة")
        let markada = try #require(g.place(pcode: "SY080003"))
        #expect(g.district(of: markada)?.pcode == "SY0800")
        let raqqaGov = try #require(g.place(pcode: "SY11"))
        #expect(g.district(of: raqqaGov) == nil)
        #expect(g.governorate(of: raqqaGov)?.pcode == "SY11")
        let raqqaDistrict = try #require(g.place(pcode: "SY1101"))
        #expect(g.district(of: raqqaDistrict)?.pcode == "SY1101")
        let tanf = try #require(g.place(pcode: "HAND:tanf"))
        #expect(g.district(of: tanf)?.pcode == "SY0405")
        #expect(g.governorate(of: tanf)?.pcode == "SY04")
    }

    @Test func containment() throws {
        let raqqaTown = try #require(g.place(pcode: "GN:172955"))
        let raqqaGov = try #require(g.place(pcode: "SY11"))
        let aleppo = try #require(g.place(pcode: "SY02"))
        let tadmurDistrict = try #require(g.place(pcode: "SY0405"))
        let tadmurTown = try #require(g.place(pcode: "GN:163808"))
        let homs = try #require(g.place(pcode: "SY04"))
        let tanf = try #require(g.place(pcode: "HAND:tanf"))
        #expect(g.contains(raqqaGov, raqqaTown))
        #expect(g.contains(raqqaGov, raqqaGov))
        #expect(!g.contains(aleppo, raqqaTown))
        #expect(!g.contains(raqqaTown, raqqaGov))
        #expect(g.contains(tadmurDistrict, tadmurTown))
        #expect(g.contains(homs, tanf))
        #expect(g.contains(tadmurDistrict, tanf))
        #expect(!g.contains(tadmurTown, tanf))
    }
}
