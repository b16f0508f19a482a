import Foundation
import Testing

@testable import IncidentsCore

/// The fast reader of article lines must read exactly what Foundation's JSONSerialization
/// reads, or hand the line over (nil).
@Suite struct JSONLineTests {
    static func bytes(_ s: String) -> ArraySlice<UInt8> { ArraySlice(Array(s.utf8)) }

    /// The article the Foundation path makes of a line (the fast path skipped).
    static func viaFoundation(_ line: ArraySlice<UInt8>) -> Result<Article, InputProblem> {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(line)),
            let dict = obj as? [String: Any]
        else { return .failure(InputProblem("x:1", "not valid JSON")) }
        var fields: [String: JSONLine.Value] = [:]
        for (k, v) in dict {
            if let s = v as? String { fields[k] = .string(s) } else if let i = v as? Int { fields[k] = .integer(i) } else { fields[k] = .other }
        }
        return JSONArticle.article(fields, loc: "x:1", published: nil)
    }

    @Test(arguments: [
        #"{"id": "a1", "text": "قتل 3 مدنيين", "title": "عنوان", "date": "2024-03-05T10:00:00Z"}"#,
        #"  {"text":"سطر\nثان \"مقتبس\" \\ \/ \t \u0627\u0644\u0631\u0642\u0629 \ud83d\ude00","id":42}  "#,
        #"{"id": -7, "text": "x", "meta": {"a": [1, 2, {"b": "}]"}], "c": null}, "ok": true, "no": false}"#,
        #"{"text": "نص", "outlet": "", "url": "https://example.org/?a=1&b=\"2\""}"#,
        #"{"text": "a", "text": "b"}"#,
        #"{}"#,
        #"{"text": "   "}"#,
        #"{"text": 5}"#,
        #"{"text": "x", "n": 1.5, "m": -2.5e-3, "k": 1E+3, "z": 0.0}"#,
        #"{"text": "x", "n": 99999999999999999999999}"#,
    ])
    func readsWhatFoundationReads(_ line: String) throws {
        let fast = try #require(JSONLine.object(Self.bytes(line)), "fast path refused \(line)")
        let mine = JSONArticle.article(fast, loc: "x:1", published: nil)
        let theirs = Self.viaFoundation(Self.bytes(line))
        switch (mine, theirs) {
        case (.success(let a), .success(let b)):
            #expect(a == b)
        case (.failure(let a), .failure(let b)):
            #expect(a.message == b.message)
        default:
            Issue.record("fast \(mine) vs Foundation \(theirs)")
        }
    }

    @Test func decodesEscapes() throws {
        let fields = try #require(JSONLine.object(Self.bytes(#"{"t": "a\"b\\c\u0627\ud83d\ude00\n", "n": 12, "z": 0, "o": [true]}"#)))
        #expect(fields["t"] == .string("a\"b\\cا😀\n"))
        #expect(fields["n"] == .integer(12))
        #expect(fields["z"] == .integer(0))
        #expect(fields["o"] == .other)
        #expect(fields.count == 4)
    }

    /// Fractions, exponents and integers too large for an Int are read (as `.other`), not
    /// handed to Foundation: a huge line with a score beside its text stays on this path.
    @Test func readsEveryNumberItDoesNotNeed() throws {
        let fields = try #require(JSONLine.object(Self.bytes(#"{"a": 1.5, "b": -2e10, "c": 1E+3, "d": 123456789012345678901234, "e": -0}"#)))
        #expect(fields["a"] == .other)
        #expect(fields["b"] == .other)
        #expect(fields["c"] == .other)
        #expect(fields["d"] == .other)
        #expect(fields["e"] == .integer(0))
    }

    /// Lines the fast path does not judge: Foundation decides (and reports the error).
    @Test(arguments: [
        #"{"text": "x", "n": 1.}"#, #"{"text": "x", "n": 1e}"#, #"{"text": "x", "n": 012}"#,
        #"{"text": "x", "n": -}"#, #"{"text": "x", "n": .5}"#, #"{"text": "x", "n": 1e+}"#,
        #"{"text": "x"} trailing"#, #"{"text": "x""#, #"["text"]"#, #"{"text": "\ud83d"}"#,
        #"{"text": "\x"}"#, "{\"text\": \"a\tb\"}", #"{"text" "x"}"#, #"{"text": "x",}"#, "",
    ])
    func handsOverWhatItDoesNotRead(_ line: String) {
        #expect(JSONLine.object(Self.bytes(line)) == nil, "\(line)")
    }

    @Test func invalidUTF8IsHandedOver() {
        var bytes = Array(#"{"text": "ab"}"#.utf8)
        bytes[10] = 0xFF
        #expect(JSONLine.object(ArraySlice(bytes)) == nil)
        let r = JSONArticle.parse(ArraySlice(bytes), name: "f.jsonl", line: 3, published: nil)
        guard case .failure(let problem) = r else {
            Issue.record("expected a failure, got \(r)")
            return
        }
        #expect(problem.location == "f.jsonl:3")
    }
}
