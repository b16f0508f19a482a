import Foundation
import Testing

@testable import IncidentsCore

/// Articles read from standard input: JSON Lines or plain text, decided from the first byte
/// that is not white space; encodings, compressed data, and what is reported when it fails.
@Suite struct StandardInputTests {
    @Test func standardInputJSONLines() throws {
        let t = try TempFolder()
        let p = try t.write("stdin", "\n  {\"id\": \"x\", \"text\": \"أ\"}\n{\"text\": \"ب\"}\nخطأ\n")
        let got = try readAll(try readerWithStandardInput(p, published: "2024-05-01"), ["-"])
        #expect(got == [
            .success(Article(source: "x", text: "أ", published: "2024-05-01")),
            .success(Article(source: "-:3", text: "ب", published: "2024-05-01")),
            .failure(InputProblem("-:4", "not valid JSON")),
        ])
    }

    @Test func standardInputJSONLinesAfterACRLFBlankLine() throws {
        let t = try TempFolder()
        let p = try t.write("stdin", "\r\n{\"text\": \"أ\"}\r\n")
        #expect(try readAll(try readerWithStandardInput(p), ["-"]) == [.success(Article(source: "-:2", text: "أ"))])
    }

    @Test func standardInputJSONLinesWithByteOrderMark() throws {
        let t = try TempFolder()
        let p = try t.write("stdin", bytes: [0xEF, 0xBB, 0xBF] + Array("{\"text\": \"أ\"}\n".utf8))
        #expect(try readAll(try readerWithStandardInput(p), ["-"]) == [.success(Article(source: "-:1", text: "أ"))])
    }

    @Test(arguments: [
        "قتل خمسة مدنيين.\n{ليس JSON}\nسطر ثالث\n",
        "قتل خمسة مدنيين.\r\nسطر ثان",
        "\n\nسطر بعد سطرين فارغين",
    ])
    func standardInputPlainTextIsOneArticleWithItsExactText(text: String) throws {
        let t = try TempFolder()
        let p = try t.write("stdin", text)
        #expect(try readAll(try readerWithStandardInput(p, published: "2024-05-01"), ["-"])
            == [.success(Article(source: "-", text: text, published: "2024-05-01"))])
    }

    /// The first byte that is not white space decides, however far in it is (past the
    /// first chunk read to look for it); a plain text keeps every byte.
    @Test(arguments: [70_000, 200_000])
    func standardInputDecidedPastTheFirstChunk(blank: Int) throws {
        let t = try TempFolder()
        let lead = String(repeating: " \n", count: blank / 2)
        let json = try t.write("json", lead + "{\"text\": \"أ\"}\n")
        let line = blank / 2 + 1
        #expect(try readAll(try readerWithStandardInput(json), ["-"]) == [.success(Article(source: "-:\(line)", text: "أ"))])
        let text = lead + "قتل خمسة مدنيين.\n{ليس JSON}"
        let plain = try t.write("plain", text)
        #expect(try readAll(try readerWithStandardInput(plain), ["-"]) == [.success(Article(source: "-", text: text))])
    }

    /// A plain text cut short (compressed data that ends early) is reported, not read in part.
    @Test func standardInputPlainTextCutShortIsAProblem() throws {
        let t = try TempFolder()
        let text = String(repeating: "قتل خمسة مدنيين في قصف على بلدة كفرنبل.\n", count: 20_000)
        let packed = Gzip.compress(Array(text.utf8))
        let p = try t.write("cut.gz", bytes: Array(packed.prefix(packed.count / 2)))
        let got = try readAll(try readerWithStandardInput(p), ["-"])
        #expect(got.count == 1)
        guard case .failure(let problem)? = got.first else {
            Issue.record("read \(summaries(got))")
            return
        }
        #expect(problem.message.hasPrefix("reading stopped after line "), "\(problem.message)")
        #expect(problem.message.contains("ends early"), "\(problem.message)")
    }

    @Test func standardInputInWindows1256() throws {
        let t = try TempFolder()
        let s = arabicSentences[1]
        let p = try t.write("stdin", bytes: try #require(encodeWindows1256(s)))
        #expect(try readAll(try readerWithStandardInput(p), ["-"]) == [.success(Article(source: "-", text: s))])
    }

    @Test func standardInputEmptyOrBinaryIsAProblem() throws {
        let t = try TempFolder()
        let empty = try t.write("empty", "")
        let binary = try t.write("binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x0A, 0x00])
        #expect(try readAll(try readerWithStandardInput(empty), ["-"]) == [.failure(InputProblem("-", "the file is empty"))])
        #expect(try readAll(try readerWithStandardInput(binary), ["-"])
            == [.failure(InputProblem("-", "the file is binary, not text"))])
    }
}
