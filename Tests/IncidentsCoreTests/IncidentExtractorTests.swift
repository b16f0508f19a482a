import Foundation
import Testing

@testable import IncidentsCore

/// The extractor end to end: an article in, the incidents a careful coder would record out.
@Suite struct IncidentExtractorTests {

    func extract(_ text: String, published: String? = "2017-08-25") -> [ExtractedIncident] {
        extractArticle(text, published: published)
    }

    static func seed(_ name: String) throws -> String {
        let url = repositoryRoot.appendingPathComponent("seeds").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    // MARK: The seeds (the user's sample articles) against their hand annotation.

    struct Expected: Sendable, CustomStringConvertible {
        var actor: Set<String>
        var type: String
        var governorate: String
        var killed: Int?
        var wounded: Int?
        var description: String { "\(actor) \(type) \(governorate) killed=\(String(describing: killed))" }
    }

    static let seeds: [(String, [Expected])] = [
        ("000_212ed85aa77a1702.txt", [
            Expected(actor: ["coalition"], type: "Explosions/Remote violence", governorate: "الرقة", killed: nil, wounded: nil),
            Expected(actor: ["coalition"], type: "Explosions/Remote violence", governorate: "دير الزور", killed: 8, wounded: nil),
            Expected(actor: ["hts"], type: "Protests", governorate: "إدلب", killed: nil, wounded: 5),
        ]),
        ("001_f1e1b553d461cfc9.txt", [
            Expected(actor: ["sdf", "isis"], type: "Battles", governorate: "الرقة", killed: nil, wounded: nil),
            Expected(actor: ["isis", "regime"], type: "Battles", governorate: "حمص", killed: 25, wounded: nil),
            Expected(actor: ["unknown"], type: "Explosions/Remote violence", governorate: "إدلب", killed: nil, wounded: nil),
            Expected(actor: ["opposition", "turkey", "isis"], type: "Battles", governorate: "حلب", killed: nil, wounded: nil),
        ]),
        ("002_fa971cb07014016f.txt", [
            Expected(actor: ["coalition"], type: "Explosions/Remote violence", governorate: "الرقة", killed: 35, wounded: nil),
            Expected(actor: ["sdf", "isis"], type: "Battles", governorate: "الرقة", killed: nil, wounded: nil),
            Expected(actor: ["sdf", "isis"], type: "Battles", governorate: "الحسكة", killed: nil, wounded: nil),
            Expected(actor: ["regime", "isis"], type: "Battles", governorate: "دير الزور", killed: nil, wounded: nil),
        ]),
        ("003_a5471f0cce0c7d49.txt", [
            Expected(actor: ["russia"], type: "Explosions/Remote violence", governorate: "حمص", killed: nil, wounded: nil),
            Expected(actor: ["opposition", "regime"], type: "Battles", governorate: "درعا", killed: 168, wounded: nil),
            Expected(actor: ["regime", "russia"], type: "Explosions/Remote violence", governorate: "درعا", killed: nil, wounded: nil),
            Expected(actor: ["regime"], type: "Explosions/Remote violence", governorate: "درعا", killed: 1, wounded: nil),
            Expected(actor: ["regime"], type: "Explosions/Remote violence", governorate: "دير الزور", killed: 1, wounded: nil),
            Expected(actor: ["isis"], type: "Violence against civilians", governorate: "دير الزور", killed: 2, wounded: nil),
            Expected(actor: ["sdf", "isis"], type: "Battles", governorate: "الرقة", killed: nil, wounded: nil),
            Expected(actor: ["regime", "isis"], type: "Battles", governorate: "حمص", killed: nil, wounded: nil),
        ]),
    ]

    @Test(arguments: seeds)
    func seedIncidentsAreFoundOnceEach(_ seed: (String, [Expected])) throws {
        let text = try Self.seed(seed.0)
        let found = extract(text)
        for e in seed.1 {
            let matches = found.filter {
                e.actor.contains($0.actor) && $0.eventType == e.type && $0.governorate == e.governorate
                    && $0.killed.value == e.killed && $0.wounded.value == e.wounded
            }
            #expect(matches.count >= 1, "missing \(e)")
        }
        // No incident is reported twice: the same actor, type, governorate and figures.
        var seen = Set<String>()
        for i in found where i.killed.value != nil {
            let key = "\(i.actor)|\(i.eventType)|\(i.governorate ?? "")|\(i.killed.value!)"
            #expect(seen.insert(key).inserted, "reported twice: \(key)")
        }
        // Every incident's evidence is the article text between its offsets.
        let scalars = Array(text.unicodeScalars)
        for i in found {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[i.evidenceStart..<i.evidenceEnd])
            #expect(String(view) == i.evidence)
        }
    }

    @Test func strippedDigitsAreUnknownNotZero() throws {
        let found = extract(try Self.seed("000_212ed85aa77a1702.txt"))
        let raqqa = try #require(found.first { $0.governorate == "الرقة" && $0.actor == "coalition" })
        #expect(raqqa.killed.value == nil)
        #expect(raqqa.killed.qualifier == .digitsMissing)
    }

    @Test func aSummaryAndItsDetailAreOneIncident() throws {
        // Seed 000 first says civilians died in coalition raids on Deir ez-Zor, then tells
        // the strike on Jadid Ekeidat with its toll: one incident, the detailed figure.
        let found = extract(try Self.seed("000_212ed85aa77a1702.txt"))
        let deir = found.filter { $0.governorate == "دير الزور" }
        #expect(deir.count == 1)
        #expect(deir.first?.killed == Casualty(value: 8, qualifier: .atLeast))
    }

    @Test func datesResolveAgainstPublication() throws {
        let found = extract(try Self.seed("002_fa971cb07014016f.txt"), published: "2017-08-25")
        let strike = try #require(found.first { $0.killed.value == 35 })
        #expect(strike.dateText == "ظهر الخميس")
        #expect(strike.date == "2017-08-24")
        #expect(strike.place == "حارة البدو")
    }

    // MARK: Made-up sentences in the style of real reports.

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var actor: String?
        var type: String?
        var governorate: String?
        var killed: Int?
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "قتل خمسة مدنيين بينهم طفلان في غارة للطيران الروسي على بلدة كفرنبل بريف إدلب الجنوبي.",
             actor: "russia", type: "Air/drone strike", governorate: "إدلب", killed: 5),
        Case(text: "قصفت قوات النظام بقذائف الهاون حي جوبر في دمشق ما أدى إلى مقتل ثلاثة أشخاص.",
             actor: "regime", type: "Shelling/artillery/missile attack", governorate: "دمشق", killed: 3),
        Case(text: "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي أسفرت عن مقتل 12 عنصرا من الطرفين.",
             actor: "regime", type: "Armed clash", governorate: "حماة", killed: 12),
        Case(text: "أعدم تنظيم داعش ثلاثة شبان في مدينة الميادين بريف دير الزور بتهمة التعامل مع التحالف.",
             actor: "isis", type: "Attack", governorate: "دير الزور", killed: 3),
        Case(text: "انفجرت عبوة ناسفة بسيارة في مدينة الباب بريف حلب الشرقي ما أسفر عن مقتل مدني وإصابة آخرين.",
             actor: "unknown", type: "Remote explosive/landmine/IED", governorate: "حلب", killed: 1),
        Case(text: "سيطرت قوات سوريا الديمقراطية على قرية الكسرة في ريف دير الزور الغربي بعد معارك مع تنظيم داعش.",
             actor: "sdf", type: "Non-state actor overtakes territory", governorate: "دير الزور", killed: nil),
    ]

    @Test(arguments: cases)
    func madeUpReports(_ c: Case) {
        let found = extract(c.text)
        #expect(found.count == 1, "\(found.map { "\($0.actor) \($0.subEventType)" })")
        guard let i = found.first else { return }
        #expect(i.actor == c.actor)
        #expect(i.subEventType == c.type)
        #expect(i.governorate == c.governorate)
        #expect(i.killed.value == c.killed)
    }

    static let nonIncidents: [String] = [
        // A statement, a warning, a conference.
        "حذرت الأمم المتحدة من كارثة إنسانية في إدلب إذا شنت قوات النظام هجوما على المحافظة.",
        "عقد مجلس الرقة المدني مؤتمرا في بلدة عين عيسى شمال محافظة الرقة.",
        // A denial and a threat.
        "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في ريف إدلب.",
        // A cumulative toll, not one incident.
        "وقتل أكثر من 1600 مدني في الغوطة الشرقية بريف دمشق منذ بدء الحملة العسكرية قبل شهرين.",
        // Abroad.
        "قتل عشرة أشخاص في غارة جوية على مدينة الموصل شمال العراق.",
        // An accident, and a war elsewhere whose towns share names with Syrian ones.
        "لقي سبعة أشخاص مصرعهم وأصيب العشرات عندما انقلب قطار في المغرب بين مدينتي الدار البيضاء والقنيطرة.",
        "قتل خمسة من مسلحي الحوثي في مواجهات مع الجيش اليمني بمحيط مدينة الحديدة غرب اليمن، بحسب مصادر يمنية.",
        // Not about Syria at all.
        "فاز الفريق بالمباراة النهائية بثلاثة أهداف مقابل هدف.",
    ]

    @Test(arguments: nonIncidents)
    func nonIncidentsYieldNothing(_ text: String) {
        let found = extract(text)
        #expect(found.isEmpty, "\(found.map { "\($0.actor) \($0.subEventType) \($0.governorate ?? "-")" })")
    }

    @Test func hostileTextNeverCrashes() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["قتل", "  ", "غارة", "مدنيين", "١٦٨", "على الأقل", "،", ".", "\n", "الرقة", "داعش",
                      "\u{200F}", "ﻻ", "﴾", "بين", "عشرات", "x", "%", "\"", "\u{0}", "ً", "ـ"]
        for _ in 0..<200 {
            var s = ""
            for _ in 0..<Int.random(in: 0...200, using: &rng) {
                s += pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { s += " " }
            }
            let found = extract(s)
            let count = s.unicodeScalars.count
            for i in found {
                #expect(i.evidenceStart >= 0 && i.evidenceStart <= i.evidenceEnd && i.evidenceEnd <= count)
            }
        }
        // Long inputs: 10,000 repeated casualty phrases, a line with no spaces, digits only.
        let repeated = String(repeating: "قتل 5 مدنيين في غارة على الرقة. ", count: 10_000)
        #expect(extract(repeated).count < 10_000)
        #expect(extract(String(repeating: "قتل", count: 50_000)).isEmpty)
        #expect(extract(String(repeating: "1234567890", count: 20_000)).isEmpty)
    }
}
