import Testing

@testable import IncidentsCore

/// Not Syria: an incident abroad is never given a Syrian governorate, a place abroad is
/// never a draft's place (so never learned as a Syrian place), and a border with another
/// country is in Syria.
@Suite struct NotSyriaTests {
    static func incidents(_ text: String) -> [ExtractedIncident] {
        extractArticle(text, published: "2018-03-15")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// The governorate of the one incident, or nil when none is recorded.
        var governorate: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Abroad: Turkey, Iraq, Lebanon, Jordan, Yemen.
        Case(text: "قتل 12 شخصا في تفجير انتحاري في مدينة باتمان جنوب شرقي تركيا", governorate: nil),
        Case(text: "قتل 7 مدنيين بقصف على مدينة كلس التركية", governorate: nil),
        Case(text: "قتل 20 شخصا في تفجير سيارة مفخخة في مدينة الموصل العراقية", governorate: nil),
        Case(text: "قتل 3 جنود لبنانيين في اشتباكات مع مسلحين في بلدة عرسال اللبنانية", governorate: nil),
        Case(text: "قتل 6 أشخاص بغارات على مدينة الحديدة اليمنية", governorate: nil),
        Case(text: "قتل 4 جنود أردنيين بتفجير سيارة مفخخة قرب الرويشد", governorate: nil),
        // Yemen's war in an article about Syria: its clause is about Yemen.
        Case(text: "قصفت طائرات روسية بلدة كفرنبل في ريف إدلب صباح اليوم. وقال وزير يمني إن الحوثيين يرفضون السلام ويهاجمون المدن وقتلوا 9 أشخاص.",
             governorate: "إدلب"),
        // A city named for its government or for the side loyal to it is no place.
        Case(text: "قصفت طائرات تركية مواقع للمقاتلين الموالين لدمشق في ريف حلب الشمالي اليوم", governorate: "حلب"),
        Case(text: "قتل 4 عناصر من الفصائل في هجوم لمسلحين موالين لحكومة دمشق على مواقعهم في ريف إدلب الجنوبي", governorate: "إدلب"),
        Case(text: "قتل 3 مدنيين بقصف على حي جوبر في دمشق اليوم", governorate: "دمشق"),
        // In Syria, beside the border: still Syria.
        Case(text: "قتل 5 مدنيين بغارات روسية على بلدة نصيب قرب الحدود مع الأردن", governorate: "درعا"),
        Case(text: "قتل 8 مدنيين بقصف لقوات النظام على بلدة جسر الشغور في ريف إدلب قرب الحدود مع تركيا", governorate: "إدلب"),
    ]

    /// «الموالين لدمشق»: the side loyal to Damascus, not a place in it.
    @Test func aCityNamedForItsSideIsNoPlace() {
        let found = Self.incidents("قصفت طائرات تركية مواقع للمقاتلين الموالين لدمشق في ريف حلب الشمالي اليوم")
        #expect(found.count == 1)
        #expect(found.first?.place != "دمشق")
    }

    @Test(arguments: cases)
    func governorate(_ c: Case) {
        let found = Self.incidents(c.text)
        #expect(found.first?.governorate == c.governorate, "\(found.map { ($0.place ?? "-", $0.governorate ?? "-") })")
    }

    /// A clause about Yemen's war in an article about Syria takes no Syrian place.
    @Test func yemensWarIsNotSyrias() {
        let found = Self.incidents(
            "قصفت طائرات روسية بلدة كفرنبل في ريف إدلب صباح اليوم. وقال وزير يمني إن الحوثيين يرفضون السلام ويهاجمون المدن وقتلوا 9 أشخاص.")
        #expect(found.count == 1)
        #expect(!found.contains { $0.killed.value == 9 })
    }

    /// A Syrian town named beside a foreign one keeps the incident; the foreign name is never
    /// its place.
    @Test func aForeignPlaceIsNeverADraftsPlace() {
        let found = Self.incidents("فجر انتحاري نفسه في مدينة عين العرب بعد دقائق على تفجير في سروج")
        #expect(found.allSatisfy { $0.place != "سروج" && $0.place != "سوروتش" })
        for text in ["الشرق الأوسط", "أميركا", "سروج", "الرويشد"] {
            let t = TokenizedText("في " + text)
            let ms = PlaceFinder.mentions(in: t, range: 0..<t.tokens.count)
            #expect(ms.allSatisfy { ForeignPlaces.isAbroad($0, t.tokens) }, "\(text)")
        }
    }

    /// «الحدود مع العراق وتركيا» names a border; «في الأردن» a place abroad.
    @Test func bordersAreNotAbroad() {
        func abroad(_ s: String) -> Bool {
            let t = TokenizedText(s)
            return ForeignPlaces.namesPlaceAbroad(t.tokens, 0..<t.tokens.count, actors: [])
        }
        #expect(!abroad("قصفت المدفعية قرى على الحدود مع العراق وتركيا"))
        #expect(abroad("قصفت الطائرات مواقع في الأردن"))
        // Where the source is based is no place of the act.
        #expect(!abroad("ذكر المرصد، الذي يتخذ من بريطانيا مقرا، أن 62 شخصا قتلوا في قصف"))
        #expect(!abroad("وقال المرصد ومقره في لندن إن 62 شخصا قتلوا في قصف"))
    }

    /// A clause that goes on about an act abroad, with no place, day or side of its own, is
    /// abroad too; a seat abroad does not take a report out of Syria.
    @Test(arguments: [
        ("قصفت طائرات روسية بلدة كفرنبل في ريف إدلب اليوم. وفجر انتحاري نفسه في مركز ثقافي في بلدة سروج التركية. وأسفر عن مقتل 32 شخصا.", [Int]()),
        // A town abroad with no country said may be a Syrian town of the same name.
        ("قتل 6 مدنيين جراء القصف على بلدة صيدا في ريف درعا الشرقي اليوم.", [6]),
        ("تواصل القصف على الغوطة الشرقية بريف دمشق. وذكر المرصد، الذي يتخذ من بريطانيا مقرا، أن 62 شخصا قتلوا في القصف.", [62]),
    ])
    func abroadGoesOnAndSeatsStayHome(_ text: String, _ killed: [Int]) {
        #expect(Self.incidents(text).compactMap(\.killed.value) == killed)
    }
}
