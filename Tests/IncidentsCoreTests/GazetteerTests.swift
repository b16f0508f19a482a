import Testing
@testable import IncidentsCore

@Suite struct GazetteerTests {
    let g = Gazetteer.shared

    @Test func holdsTheCompiledTableAndHandPlaces() {
        #expect(g.places.filter { $0.level == .governorate }.count == 14)
        #expect(g.places.filter { $0.level == .district }.count == 62)
        #expect(g.places.filter { $0.level == .subdistrict }.count == 272)
        let anchored = g.places.filter { $0.pcode.hasPrefix("LOC:") }.count
        #expect(anchored > 20)
        #expect(g.places.filter { $0.level == .local }.count == HandPlaces.all.count + NamedRegions.all.count + anchored)
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
        #expect(PlaceResolver.shared.places(named: p.nameAr).contains { $0.pcode == pcode })
    }

    /// «لبنان» is no row's key: PlaceFinder reads it as the foreign country, never as
    /// ل + «بنان».
    @Test func noRowIsAForeignCountry() {
        for name in ["لبنان", "تركيا", "العراق"] {
            #expect(g.byKey[ArabicNormalizer.wordKey(name)] == nil, "\(name)")
        }
    }

    // MARK: Hierarchy

    @Test func governoratesAndDistricts() throws {
        let tadmurTown = try #require(g.place(pcode: "GN:163808"))
        #expect(g.governorate(of: tadmurTown)?.nameAr == "حمص")
        #expect(g.district(of: tadmurTown)?.pcode == "SY0405")
        let tabqa = try #require(g.place(pcode: "GN:172374"))
        #expect(g.district(of: tabqa)?.nameAr == "الثورة")
        // The database stores the district the parent links give: none for a town.
        #expect(g.linkedDistrict(of: tabqa) == nil)
        #expect(g.linkedDistrict(of: try #require(g.place(pcode: "HAND:zamalka")))?.pcode == "SY0301")
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

    /// The rank read from a code alone is the row's level for every OCHA and GeoNames row.
    @Test func rankFromTheCodeIsTheLevel() {
        for p in g.places where p.level <= .town {
            #expect(Place.rank(pcode: p.pcode, named: true) == p.level.rawValue, "\(p.pcode)")
        }
        #expect(Place.rank(pcode: "HAND:zamalka", named: true) == 4)
        #expect(Place.rank(pcode: "LOC:0123456789abcdef", named: true) == 5)
        #expect(Place.rank(pcode: nil, named: true) == 5)
        #expect(Place.rank(pcode: nil, named: false) == 0)
    }
}
