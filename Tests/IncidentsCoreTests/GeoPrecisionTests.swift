import Testing
@testable import IncidentsCore

/// Where an incident is drawn and how precisely (ACLED's geo_precision): 1 a town or
/// neighbourhood at its own point, 2 an area smaller than a governorate (district,
/// subdistrict, named region, a village the gazetteer lacks, drawn at its unit), 3 only the
/// governorate, drawn at its capital.
@Suite struct GeoPrecisionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var place: String
        var precision: GeoPrecision
        /// Roughly where it is drawn (within 0.2°, about 20 km).
        var lat: Double
        var lon: Double
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A town of the gazetteer: its own point.
        Case(text: "قتل خمسة مدنيين في غارة جوية روسية على مدينة سراقب أمس",
             place: "سراقب", precision: .place, lat: 35.86, lon: 36.80),
        // A hand-added village: its own point, not its governorate's.
        Case(text: "قتل ثلاثة مدنيين بقصف لقوات النظام على بلدة حمورية أمس",
             place: "حمورية", precision: .place, lat: 33.53, lon: 36.40),
        // Named regions: their own points, an area.
        Case(text: "قتل أربعة مدنيين بقصف لقوات النظام على الغوطة الشرقية أمس",
             place: "الغوطة الشرقية", precision: .area, lat: 33.55, lon: 36.40),
        Case(text: "قتل أربعة مدنيين بغارة روسية في ريف إدلب الجنوبي أمس",
             place: "ريف إدلب الجنوبي", precision: .area, lat: 35.58, lon: 36.63),
        Case(text: "قتل أربعة مدنيين بغارة روسية على سهل الغاب أمس",
             place: "سهل الغاب", precision: .area, lat: 35.62, lon: 36.35),
        // A town in a region: the town is the more precise.
        Case(text: "قتل أربعة مدنيين بغارة روسية على بلدة كفرنبل في ريف إدلب الجنوبي أمس",
             place: "كفر نبل", precision: .place, lat: 35.61, lon: 36.56),
        // Only the governorate: drawn at the capital, not in the desert.
        Case(text: "قتل أربعة مدنيين بغارة روسية في محافظة حمص أمس",
             place: "حمص", precision: .governorate, lat: 34.72, lon: 36.73),
        Case(text: "قتل أربعة مدنيين بقصف لقوات النظام في ريف دمشق أمس",
             place: "ريف دمشق", precision: .governorate, lat: 33.57, lon: 36.40),
        // A village the gazetteer lacks, placed by the text in a district: its district's
        // point, an area.
        Case(text: "قتل ثلاثة مدنيين بقصف مدفعي على قرية تل الزعتر في منطقة معرة النعمان أمس",
             place: "تل الزعتر", precision: .area, lat: 35.64, lon: 36.67),
        // A village mined from the corpus (data/anchored_places.csv), named alone.
        Case(text: "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على مديرا أمس",
             place: "مديرا", precision: .area, lat: 33.55, lon: 36.40),
    ]

    @Test(arguments: cases)
    func placedAndDrawn(_ c: Case) throws {
        let found = extractArticle(c.text, published: "2018-03-10")
        let incident = try #require(found.first)
        #expect(incident.place == c.place)
        #expect(incident.geoPrecision == c.precision)
        let lat = try #require(incident.lat), lon = try #require(incident.lon)
        #expect(abs(lat - c.lat) < 0.2 && abs(lon - c.lon) < 0.2, "drawn at \(lat), \(lon)")
    }

    /// Every governorate is drawn at its capital, inside Syria's settled west or its river
    /// valleys, not at the middle of its shape.
    @Test func governoratesAtTheirCapitals() throws {
        let g = Gazetteer.shared
        for (pcode, capital) in GovernorateCapitals.byPcode {
            let p = try #require(g.place(pcode: pcode))
            #expect(p.lat == capital.lat && p.lon == capital.lon, "\(pcode)")
        }
        #expect(GovernorateCapitals.byPcode.count == 14)
    }

    /// Named regions: each has a point inside Syria and a governorate, and is found by its
    /// Arabic and English names.
    @Test func namedRegions() throws {
        let resolver = PlaceResolver.shared
        for r in NamedRegions.all {
            let lat = try #require(r.lat), lon = try #require(r.lon)
            #expect((32.3...37.4).contains(lat) && (35.6...42.4).contains(lon), "\(r.nameEn)")
            #expect(r.parent.map { $0.count == 4 } == true)
            #expect(resolver.places(named: r.nameAr).contains { $0.pcode == r.pcode }, "\(r.nameAr)")
            #expect(resolver.places(named: r.nameEn).contains { $0.pcode == r.pcode }, "\(r.nameEn)")
        }
    }

    /// Places abroad are never placed in a Syrian governorate.
    @Test(arguments: [
        "قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة أورفة التركية أمس",
        "قتل ثلاثة جنود في هجوم على بلدة عرسال اللبنانية أمس",
        "قتل عشرة أشخاص في هجوم لتنظيم داعش على قضاء القائم أمس",
        "قتل خمسة أشخاص في قصف على مخيم الزعتري أمس",
        "قتل ثلاثة أشخاص في هجوم على جبل سنجار أمس",
    ])
    func abroadIsNotSyria(_ text: String) {
        #expect(extractArticle(text, published: "2018-03-10").isEmpty)
        // ... and is counted for the ingest summary, in an article that also names Syria
        // (one that never does is not about it, and counts nothing).
        let article = Article(source: "t", text: "تتابع الدول الأوضاع في سوريا. " + text, published: "2018-03-10")
        let reading = IncidentExtractor().read(article, cache: nil)
        #expect(reading.incidents.isEmpty && reading.abroad == 1)
        let alone = IncidentExtractor().read(Article(source: "t", text: text, published: "2018-03-10"), cache: nil)
        #expect(alone.abroad == 0)
    }

    /// The rule itself, by the kind of code.
    @Test(arguments: [
        ("SY07", "SY07", "إدلب", GeoPrecision.governorate),
        ("SY0700", "SY07", "إدلب", .area),
        ("SY070000", "SY07", "مركز إدلب", .area),
        ("GN:169389", "SY07", "إدلب", .place),
        ("REG:southern-idlib", "SY07", "ريف إدلب الجنوبي", .area),
        ("HAND:saqba", "SY03", "سقبا", .place),
        ("LOC:0000", "SY07", "قرية الجديدة", .area),
        ("LOC:0001", "SY09", "الحدود العراقية", .governorate),
    ] as [(String, String, String, GeoPrecision)])
    func theRule(pcode: String, governorate: String, name: String, precision: GeoPrecision) {
        #expect(Gazetteer.shared.geoPrecision(pcode: pcode, governoratePcode: governorate, name: name) == precision)
    }
}

extension GeoPrecisionTests {
    /// A mined name that is also a common word is not compiled in: football is not a place.
    @Test func commonWordsAreNotMinedPlaces() {
        let names = Set(Gazetteer.shared.places.filter { $0.pcode.hasPrefix("LOC:") }.map(\.nameAr))
        #expect(!names.contains("القدم") && !names.contains("البعث"))
        #expect(names.contains("مديرا"))
        #expect(extractArticle("خسر الفريق مباراة كرة القدم بعد هجوم قوي في الشوط الثاني", published: "2018-03-10").isEmpty)
    }
}

extension GeoPrecisionTests {
    /// Around the capital is Rif Dimashq; a quarter of the city is Damascus.
    @Test(arguments: [
        ("قتل 5 مدنيين في قصف على غوطة دمشق اليوم", "ريف دمشق"),
        ("قتل 5 مدنيين في قصف على ضواحي العاصمة دمشق اليوم", "ريف دمشق"),
        ("قتل 5 مدنيين في غارات على مناطق في محيط دمشق اليوم", "ريف دمشق"),
        ("قتل 5 مدنيين في قصف على الغوطة الشرقية قرب دمشق اليوم", "ريف دمشق"),
        ("قتل 5 مدنيين في قصف على حي جوبر في دمشق اليوم", "دمشق"),
        ("قتل 5 مدنيين في قصف على محيط مدينة حلب اليوم", "حلب"),
    ])
    func aroundTheCapital(_ text: String, _ governorate: String) {
        #expect(extractArticle(text, published: "2018-03-10").map(\.governorate) == [governorate])
    }
}
