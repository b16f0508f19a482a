import Testing
@testable import IncidentsCore

/// Every incident gets `event_date` and ACLED's `time_precision`: 1 the day the text gives
/// or implies, 2 the publication day when the text says nothing about when, 3 the month
/// (its 15th, first or last day) when the text gives only the month.
@Suite struct DatePrecisionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var published: String?
        var date: String?
        var precision: TimePrecision?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // The day: given or implied.
        Case(text: "قتل خمسة مدنيين في غارة جوية روسية على مدينة إدلب أمس",
             published: "2018-03-10", date: "2018-03-09", precision: .day),
        Case(text: "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة اللطامنة مساء الخميس",
             published: "2018-03-10", date: "2018-03-08", precision: .day),
        Case(text: "قتل سبعة مدنيين في غارة على مدينة دوما في 3 آذار 2018",
             published: "2018-03-10", date: "2018-03-03", precision: .day),
        // No words about when: the publication day stands for the week.
        Case(text: "قتل أربعة مدنيين في قصف لقوات النظام على مدينة دوما",
             published: "2018-03-10", date: "2018-03-10", precision: .week),
        // Only the month.
        Case(text: "قتل ستة مدنيين بغارة روسية على مدينة حرستا في شهر شباط الماضي",
             published: "2018-03-10", date: "2018-02-15", precision: .month),
        Case(text: "قتل ستة مدنيين بغارة روسية على مدينة حرستا في أوائل شباط 2018",
             published: "2018-03-10", date: "2018-02-01", precision: .month),
        Case(text: "قتل ستة مدنيين بقصف لقوات النظام على مدينة حرستا في منتصف شباط",
             published: "2018-03-10", date: "2018-02-15", precision: .month),
        Case(text: "قتل ستة مدنيين بغارة روسية على مدينة حرستا في أواخر كانون الثاني",
             published: "2018-03-10", date: "2018-01-31", precision: .month),
        // «الجاري»: the month's start is before publication; its 15th would be after it.
        Case(text: "قتل ستة مدنيين بغارة روسية على مدينة حرستا مطلع الشهر الجاري",
             published: "2018-03-10", date: "2018-03-01", precision: .month),
        Case(text: "قتل ستة مدنيين بغارة روسية على مدينة حرستا في شهر آذار الجاري",
             published: "2018-03-10", date: "2018-03-10", precision: .month),
        // No publication day and no date in the text: unknown, not a guess.
        Case(text: "قتل أربعة مدنيين في قصف لقوات النظام على مدينة دوما",
             published: nil, date: nil, precision: nil),
    ]

    @Test(arguments: cases)
    func eventDateAndPrecision(_ c: Case) throws {
        let found = extractArticle(c.text, published: c.published)
        let incident = try #require(found.first)
        #expect(incident.eventDate == c.date)
        #expect(incident.timePrecision == c.precision)
        // `date` keeps what the text said: only a day the text gives.
        #expect(incident.date == (c.precision == .day ? c.date : nil))
    }

    /// A month name that is a verb («مارس» practised) is not a month.
    @Test func aVerbIsNotAMonth() throws {
        let found = extractArticle("قتل خمسة مدنيين في قصف على مدينة دوما بعدما مارس النظام الضغط", published: "2018-03-10")
        let incident = try #require(found.first)
        #expect(incident.timePrecision == .week)
    }

    @Test(arguments: [
        (nil as String?, nil as String?, "2018-03-10" as String?, "2018-03-10" as String?, TimePrecision.week as TimePrecision?),
        ("2018-03-08", nil, "2018-03-10", "2018-03-08", .day),
        (nil, "2018-02-15", "2018-03-10", "2018-02-15", .month),
        (nil, nil, nil, nil, nil),
    ])
    func theRule(day: String?, month: String?, published: String?, date: String?, precision: TimePrecision?) {
        let d = EventDate.of(day: day, month: month, published: published)
        #expect(d?.date == date)
        #expect(d?.precision == precision)
    }
}
