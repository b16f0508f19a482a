import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// Event typing: one clause (read as the extractor reads it) to its ACLED sub event type.
@Suite struct EventTypingTests {
    /// The sub event type of `text` read as one clause, or nil when it reports no act.
    static func type(_ text: String) -> SubEventType? {
        let t = TokenizedText(text)
        var builder = ArticleBuilder(text: t, published: "2017-08-25")
        builder.clauseIndex = 0
        let range = 0..<t.tokens.count
        let f = builder.read(range, cues: CueReader.cues(t.tokens, in: range), shifts: false)
        let (agent, other) = builder.pickActors(f)
        return EventTyping.subEventType(of: builder.eventClause(f, agent: agent, other: other))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var type: SubEventType?
        var testDescription: String { "\(text) → \(type?.rawValue ?? "none")" }
        init(_ text: String, _ type: SubEventType?) {
            self.text = text
            self.type = type
        }
    }

    static let cases: [Case] = [
        Case("أطلقت قوات الأمن النار على المتظاهرين في مدينة درعا فقتلت ثلاثة منهم", .excessiveForceAgainstProtesters),
        Case("أعدم تنظيم داعش رجلين في مدينة الميادين", .attack),
        Case("اختطف مسلحون مجهولون طبيبا في مدينة إدلب", .abduction),
        // A capture: a withdrawal hands the place over; otherwise who took it decides.
        Case("سيطرت قوات النظام على القرية بعد انسحاب عناصر التنظيم منها", .nonViolentTransfer),
        Case("سيطرت قوات النظام على بلدة مورك في ريف حماة", .governmentRegainsTerritory),
        Case("سيطرت قوات سوريا الديمقراطية على قرية الكسرة", .nonStateActorOvertakesTerritory),
        Case("استعادت الحكومة السيطرة على أغلب المدن", nil),
        Case("اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة", .armedClash),
        Case("استهدفت فصائل المعارضة مواقع قوات النظام في ريف حماة", .armedClash),
        Case("قصفت طائرات حربية بلدة خان شيخون بغاز الكلور ما أدى إلى مقتل عشرة مدنيين", .chemicalWeapon),
        Case("فجر انتحاري نفسه وسط سوق في مدينة الباب", .suicideBomb),
        Case("انفجرت عبوة ناسفة بسيارة في مدينة الباب", .remoteExplosive),
        Case("شنت طائرات روسية غارات على مدينة سراقب", .airStrike),
        Case("قصفت قوات النظام بقذائف الهاون حي جوبر", .shelling),
        // «قصف» with no weapon: an air force's is an air strike, a ground force's shelling.
        Case("قصف الطيران الروسي بلدة كفرنبل", .airStrike),
        Case("قصفت قوات النظام بلدة كفرنبل", .shelling),
        Case("قتل مسلحون مجهولون رجلا بالرصاص في مدينة درعا", .attack),
        Case("مقتل خمسة مدنيين في مدينة دوما", .attack),
        Case("عقد المجلس المحلي اجتماعا في مدينة إدلب", nil),
        // «هجوم» is a clash only when no weapon says otherwise.
        Case("شنت فصائل المعارضة هجوما على مواقع قوات النظام في ريف حماة", .armedClash),
        Case("شنت قوات النظام هجوما صاروخيا استهدف مواقع فصائل المعارضة في ريف حماة", .shelling),
        Case("استهدفت الهجمات التي تنفذها طائرات بريطانية موقعا عسكريا قرب مدينة حمص", .airStrike),
        Case("نفذ تنظيم داعش هجمات انتحارية في مدينة السويداء وريفها", .suicideBomb),
        Case("قصف الجيش التركي بلدة جنديرس بالقذائف المدفعية في إطار العملية العسكرية", .shelling),
        Case("قصف المسلحون بلدة إزرع وقتلوا مدنيين اثنين", .shelling),
        Case("قتل عشرة أشخاص بعد تعرضهم لغاز سام في بلدة اللطامنة", .chemicalWeapon),
        Case("تصدت فصائل المعارضة للهجوم البري الذي شنته قوات النظام بمساندة الطائرات الروسية", .armedClash),
        // An armed side killing fighters fought them; killing civilians is an attack.
        Case("أعلن فصيل جيش الإسلام أنه قتل 25 جنديا من قوات النظام", .armedClash),
        Case("قتل مسلحون مجهولون ثلاثة مدنيين في مدينة درعا", .attack),
        Case("وأكدت مصادر مقتل خمسة عناصر من قوات النظام في ريف حماة", .attack),
        // A purpose or a state of control is no capture; the act of taking is.
        Case("كثفت قوات النظام جهودها لاستعادة بلدة اللطامنة", nil),
        Case("وسعت قوات النظام من سيطرتها في ريف درعا", nil),
        Case("بسطت قوات النظام سيطرتها على بلدة اللطامنة", .governmentRegainsTerritory),
    ]

    @Test(arguments: cases)
    func clauses(_ c: Case) {
        #expect(Self.type(c.text) == c.type)
    }

    // MARK: The taxonomy

    @Test func everySubEventTypeBelongsToTheTypeThatListsIt() {
        for t in EventType.allCases {
            #expect(!t.subEventTypes.isEmpty)
            for s in t.subEventTypes { #expect(s.eventType == t) }
        }
        #expect(EventType.allCases.flatMap(\.subEventTypes).count == SubEventType.allCases.count)
    }

    /// The strings the database holds: schema.sql's `event_types` table (which the
    /// foreign keys of incidents and events point to) has exactly the enum's pairs.
    @Test func rawValuesAreTheStoredPairs() throws {
        #expect(SubEventType.airStrike.rawValue == "Air/drone strike")
        #expect(SubEventType.airStrike.eventType.rawValue == "Explosions/Remote violence")
        #expect(SubEventType.nonViolentTransfer.eventType == .strategicDevelopments)
        let db = try Database()
        try db.execute(SchemaSQL.text)
        let stored = try db.prepare("SELECT event_type, sub_event_type FROM event_types")
            .map { "\($0.string(0) ?? "")|\($0.string(1) ?? "")" }
        let swift = SubEventType.allCases.map { "\($0.eventType.rawValue)|\($0.rawValue)" }
        #expect(Set(stored) == Set(swift))
        #expect(stored.count == swift.count)
    }
}
