import Foundation
import Testing
@testable import IncidentsCore

@Suite struct OutputFormatTests {
    // MARK: JSON

    @Test(arguments: [
        ("plain", #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"C:\path\n"#, #""C:\\path\\n""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("\u{0}\u{1}\u{1F}\u{7F}", #""\u0000\u0001\u001f\#u{7F}""#),
        ("\u{2028}\u{2029}", #""\u2028\u2029""#),
        ("— “قال” … a\u{2028}b\"c", #""— “قال” … a\u2028b\"c""#),
        ("https://example.org/a/b", #""https://example.org/a/b""#),
        ("قتل «خمسة» مدنيين، في حلب", #""قتل «خمسة» مدنيين، في حلب""#),
        ("مُسلَّحين 😀", #""مُسلَّحين 😀""#),
        ("", #""""#),
    ])
    func jsonStringsAreEscaped(value: String, json: String) throws {
        #expect(JSONValue.string(value).text == json)
        // And the result is JSON that reads back to the same string.
        let back = try JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [String]
        #expect(back == [value])
    }

    /// Text from SQLite is written from its bytes: valid UTF-8 exactly as `quote` of the
    /// String; invalid bytes (SQLite does not check) repaired, never copied into the JSON.
    @Test(arguments: [
        [0x61, 0x22, 0x62], [0xD8, 0xA7, 0xE2, 0x80, 0xA8, 0x0A], [0xF0, 0x9F, 0x98, 0x80],
        [0xFF], [0xD8], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x61, 0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x80, 0x94, 0x22],
    ] as [[UInt8]])
    func jsonFromRawBytes(_ bytes: [UInt8]) throws {
        var raw: [UInt8] = []
        bytes.withUnsafeBufferPointer { JSONValue.quote(utf8: $0, into: &raw) }
        let repaired = String(decoding: bytes, as: UTF8.self)
        #expect(raw == Array(JSONValue.string(repaired).text.utf8))
        let back = try JSONSerialization.jsonObject(with: Data(("[" + String(decoding: raw, as: UTF8.self) + "]").utf8)) as? [String]
        #expect(back == [repaired])
    }

    @Test(arguments: [0, 7, -7, 1_000_372, Int.max, Int.min])
    func jsonIntegers(_ i: Int) {
        #expect(JSONValue.int(i).text == String(i))
    }

    @Test func jsonObjectsKeepTheirKeyOrder() {
        let v = JSONValue.object([
            ("zeta", .int(1)), ("alpha", .null), ("mid", .array([.bool(true), .bool(false), .string("x")])),
            ("nested", .object([("b", .double(2.5)), ("a", .array([]))])), ("empty", .object([])),
        ])
        #expect(v.text == #"{"zeta": 1, "alpha": null, "mid": [true,false,"x"], "nested": {"b": 2.5, "a": []}, "empty": {}}"#)
    }

    @Test(arguments: [
        (3.0, "3"),
        (-2.0, "-2"),
        (0.0, "0"),
        (-0.0, "0"),
        (36.2021, "36.2021"),
        (0.5, "0.5"),
        (1e14, "100000000000000"),
        (Double.nan, "null"),
        (Double.infinity, "null"),
        (-Double.infinity, "null"),
    ])
    func jsonDoubles(value: Double, json: String) {
        #expect(JSONValue.double(value).text == json)
    }

    @Test(arguments: [1e15, 1e300, -1e20, 1e-7, 123456.789])
    func jsonDoublesThatPrintAsFloatsAreValidJSON(value: Double) throws {
        let text = JSONValue.double(value).text
        let back = try JSONSerialization.jsonObject(with: Data(("[" + text + "]").utf8)) as? [Double]
        #expect(back == [value])
    }

    @Test func jsonOptionals() {
        #expect(JSONValue.optional(nil as String?).text == "null")
        #expect(JSONValue.optional("حلب" as String?).text == #""حلب""#)
        #expect(JSONValue.optional(nil as Int?).text == "null")
        #expect(JSONValue.optional(7 as Int?).text == "7")
        #expect(JSONValue.optional(nil as Double?).text == "null")
        #expect(JSONValue.optional(Double.nan as Double?).text == "null")
        #expect(JSONValue.int(Int.min).text == "-9223372036854775808")
    }

    // MARK: CSV

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", #""a,b""#),
        (#"say "hi""#, #""say ""hi""""#),
        ("line\nbreak", "\"line\nbreak\""),
        ("cr\rlf", "\"cr\rlf\""),
        ("crlf\r\n", "\"crlf\r\n\""),
        (#""""#, #""""""""#),
        ("قتل، خمسة", "قتل، خمسة"),
        ("حلب, سوريا", #""حلب, سوريا""#),
        ("  spaces  ", "  spaces  "),
    ])
    func csvFieldsAreQuotedWhenNeeded(value: String, csv: String) {
        #expect(CSVText.row([value]) == csv)
    }

    /// The one list of export columns gives the documented JSON keys, in order, and one
    /// distinct SQL expression per column.
    @Test func exportColumnsGiveTheDocumentedJSONKeys() {
        let keys = ExportColumn.allCases.compactMap { $0.json }.map { "\($0.key)" }
        #expect(keys == [
            "id", "article", "event_type", "sub_event_type", "actor", "actor_name", "actor2", "target", "place",
            "governorate", "district", "lat", "lon", "date", "date_text", "killed", "killed_qualifier",
            "wounded", "wounded_qualifier", "evidence", "evidence_start", "evidence_end",
            "killed_low", "killed_high", "wounded_low", "wounded_high", "reports",
            "event_date", "time_precision", "geo_precision", "outlet", "url", "corrected",
        ])
        #expect(ExportColumn.allCases.filter { $0.json?.eventsOnly == true }.map { "\($0)" }
            == ["killedLow", "killedHigh", "woundedLow", "woundedHigh", "reportCount"])
        let sql = ExportColumn.allCases.map { $0.sql(outlets: true) }
        #expect(Set(sql).count == sql.count)
        #expect(!ExportColumn.selectList(outlets: true).contains("NULL"))
        #expect(ExportColumn.selectList(outlets: false).components(separatedBy: "NULL").count == 2)
    }

    /// A CSV field from SQLite's bytes is the field of the String those bytes make: quoted
    /// the same, invalid UTF-8 repaired (U+FFFD) rather than copied.
    @Test(arguments: [
        Array("plain".utf8), Array("قتل، خمسة".utf8), Array("a,b".utf8), Array(#"قال "نعم""#.utf8),
        Array("line\nbreak\r".utf8), [], [0xFF], [0x61, 0x2C, 0xD8], [0xC0, 0xAF, 0x22], [0xED, 0xA0, 0x80],
        [0xF0, 0x9F, 0x98, 0x80, 0x2C], [0xD8, 0xA7, 0xE2, 0x80],
    ] as [[UInt8]])
    func csvFieldFromRawBytes(_ bytes: [UInt8]) {
        var raw: [UInt8] = []
        bytes.withUnsafeBufferPointer { CSVText.write(utf8: $0, into: &raw) }
        #expect(String(decoding: raw, as: UTF8.self) == CSVText.row([String(decoding: bytes, as: UTF8.self)]))
        var none: [UInt8] = []
        CSVText.write(utf8: nil, into: &none)
        #expect(none.isEmpty)
    }

    @Test func csvRows() {
        #expect(CSVText.row([nil]) == "")
        #expect(CSVText.row(["1", nil, "a,b", "قال \"نعم\"", ""]) == #"1,,"a,b","قال ""نعم""","#)
        #expect(CSVText.row([]) == "")
    }

    // MARK: Tables

    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("قتل", 3),
        ("مُسلَّحين", 6),
        ("قُتِلَ", 3),
        ("ـ", 1),
        ("لا", 2),
        ("a\u{200F}b\u{200D}", 2),
        ("e\u{0301}", 1),
        ("中文", 4),
        ("한국", 4),
        ("😀", 2),
    ])
    func tableWidthCountsTerminalCells(text: String, width: Int) {
        #expect(TableText.width(text) == width)
    }

    @Test func tableRightAlignsNumbersAndLinesUp() {
        let out = TableText.render(
            header: ["المكان", "الفاعل", "القتلى"],
            rows: [
                ["حلب", "مُسلَّحين", "5"],
                ["دير الزور", "中文", "12"],
                ["إدلب", "الجيش", "123"],
            ],
            numeric: [2])
        #expect(out == """
            المكان     الفاعل  القتلى
            ---------  ------  ------
            حلب        مُسلَّحين       5
            دير الزور  中文        12
            إدلب       الجيش      123

            """)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 5)
        #expect(Set(lines.map { TableText.width(String($0)) }) == [25])
    }

    @Test func tableTrimsTrailingSpacesOfTextColumns() {
        let out = TableText.render(header: ["n", "مكان"], rows: [["1", "حلب"], ["10", "دير الزور"]], numeric: [0])
        #expect(out == " n  مكان\n--  ---------\n 1  حلب\n10  دير الزور\n")
    }

    @Test func tableRowsOfOtherLengthsDoNotCrash() {
        let out = TableText.render(header: ["a", "b"], rows: [["1", "2", "3"], ["x"], []], numeric: [1])
        #expect(out == "a  b\n-  -  -\n1  2  3\nx\n\n")
    }

    // MARK: ACLED

    @Test(arguments: [
        (5, "vague:عشرات", 5),
        (0, "unspecified", 0),
        (40, nil, 40),
        (nil, "vague:عشرات", 12),
        (nil, "vague:العشرات", 12),
        (nil, "vague:مئات", 100),
        (nil, "vague:المئات", 100),
        (nil, "vague:آلاف", 1000),
        (nil, "vague:ألوف", 1000),
        (nil, "vague:عشرات الآلاف", 10000),
        (nil, "vague:مئات الآلاف", 100_000),
        (nil, "vague:عدة", 3),
        (nil, "vague:عدد من", 3),
        (nil, "vague:بضعة", 3),
        (nil, "digits_missing", 3),
        (nil, "unspecified", 0),
        (nil, "at_least", 0),
        (nil, "about", 0),
        (nil, "nonsense", 0),
        (nil, nil, 0),
    ] as [(Int?, String?, Int)])
    func acledFatalities(value: Int?, qualifier: String?, expected: Int) {
        #expect(ACLEDFormat.fatalities(value, qualifier: qualifier) == expected)
    }

    @Test func acledColumnsAreUniqueAndStartWithACLEDs() {
        #expect(Set(ACLEDFormat.columns).count == ACLEDFormat.columns.count)
        #expect(ACLEDFormat.columns.prefix(3) == ["event_id_cnty", "event_date", "year"])
        #expect(ACLEDFormat.columns.firstIndex(of: "fatalities") == 28)
    }
}
