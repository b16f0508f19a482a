import Testing

@testable import IncidentsCore

/// An article longer than a window (`TextWindows`) is read one window at a time: the same
/// incidents as read whole, with the article's offsets, each found once whatever the window
/// size (window limits fall in the middle of sentences; windows end at sentence ends).
@Suite struct LongArticleTests {
    /// Reports of violence at three places on seven days (18 to 24 August, the week before
    /// publication): 21 blocks in a row are 21 different incidents, which the whole article
    /// keeps apart.
    static func report(_ k: Int) -> String {
        let n = 2 + k % 5, day = "يوم \(18 + k % 7) آب"
        switch k % 3 {
        case 0: return "قتل \(n) مدنيين في قصف مدفعي على بلدة كفرنبل بريف إدلب الجنوبي \(day)."
        case 1: return "وأصيب \(n) أشخاص بانفجار عبوة ناسفة في مدينة الباب بريف حلب الشرقي \(day)!"
        default: return "واستهدفت طائرات حربية قرية كفرزيتا بريف حماة الشمالي \(day) مما أدى إلى مقتل \(n) أشخاص؟"
        }
    }

    static let filler = [
        "وناقش المجلس المحلي خطة لإصلاح شبكة المياه في الأحياء القديمة.",
        "وارتفعت أسعار المواد الغذائية في الأسواق خلال الأسبوع الماضي؛ واشتكى السكان من الغلاء.",
        "وقال مدير المدرسة إن الدوام سيبدأ بعد عطلة العيد\n",
    ]

    /// `blocks` blocks of one report and two ordinary sentences.
    static func article(blocks: Int) -> String {
        var text = ""
        for k in 0..<blocks {
            text += report(k) + " " + filler[k % 3] + " " + filler[(k + 1) % 3] + " "
        }
        return text
    }

    static func read(_ text: String, windowBytes: Int) -> IncidentExtractor.Reading {
        IncidentExtractor().read(
            Article(source: "t", text: text, published: "2017-08-25"), cache: nil, windowBytes: windowBytes)
    }

    @Test func windowsFindWhatTheWholeArticleHolds() {
        let text = Self.article(blocks: 21)
        let whole = Self.read(text, windowBytes: text.utf8.count)
        // Every report is one incident: the test would not show anything otherwise.
        #expect(whole.incidents.count == 21)
        let scalars = Array(text.unicodeScalars)
        for bytes in [600, 1000, 1777, 4096] {
            #expect(TextWindowsTests.windows(text, maxBytes: bytes).count > 1)
            let windowed = Self.read(text, windowBytes: bytes)
            #expect(windowed.incidents == whole.incidents, "window of \(bytes) bytes")
            #expect(windowed.abroad == whole.abroad)
            // Offsets are the article's: the evidence is where they say.
            for incident in windowed.incidents {
                let at = String(String.UnicodeScalarView(scalars[incident.evidenceStart..<incident.evidenceEnd]))
                #expect(at == incident.evidence)
            }
        }
    }

    /// The input's publication date holds in every window: relative dates («أمس») resolve
    /// against it after the first window too.
    @Test func everyWindowKeepsThePublicationDate() {
        var text = ""
        for k in 0..<8 {
            text += "قتل \(k + 2) مدنيين في قصف على بلدة كفرنبل بريف إدلب أمس. " + Self.filler[k % 3] + " "
        }
        let firstWindow = TextWindowsTests.windows(text, maxBytes: 400)[0].text.unicodeScalars.count
        let incidents = Self.read(text, windowBytes: 400).incidents
        #expect(incidents.contains { $0.evidenceStart >= firstWindow })
        #expect(!incidents.isEmpty && incidents.allSatisfy { $0.date == "2017-08-24" })
    }
}
