import Foundation
import Testing

@testable import IncidentsCore

/// The pre-check that lets a text with no possible cue skip the clause reading
/// (`CueScreen`): it never skips a text the extractor draws an incident from, and it skips
/// plain non-violent text.
@Suite struct CueScreenTests {
    static func tokens(_ text: String) -> [Token] { TokenizedText(text).tokens }

    static func token(_ key: String) -> Token {
        Token(key: key, start: 0, end: 1, boundary: .space, gapBefore: false, isNumber: false)
    }

    /// The extractor's reading of a text WITHOUT the screen (what
    /// `IncidentExtractor.read` did before it): every clause read.
    static func unscreened(_ text: String, published: String? = "2017-08-25") -> IncidentExtractor.Reading {
        let t = TokenizedText(text)
        guard !t.tokens.isEmpty else { return .init(incidents: [], abroad: 0) }
        var builder = ArticleBuilder(text: t, published: published)
        for clause in ClauseSplitter.clauses(t) where !clause.isEmpty { builder.add(clause: clause) }
        let incidents = builder.finish()
        return .init(incidents: incidents, abroad: builder.abroadSkipped)
    }

    /// One sentence per cue family (single words, the two-word cues, «عمليات ... ضد»), each
    /// reported the way the extractor makes an incident of it: the screen lets every one
    /// through, and the extractor's reading, screened, is the unscreened one.
    static let violent: [(family: String, text: String)] = [
        ("airStrike", "قتل خمسة مدنيين في غارة للطيران الروسي على بلدة كفرنبل بريف إدلب"),
        ("shelling", "سقطت قذائف هاون على حي باب توما في دمشق ما أدى إلى مقتل امرأة"),
        ("bombardment", "قتل ثلاثة أطفال بقصف لقوات النظام على مدينة دوما في ريف دمشق"),
        ("targeting", "استهدفت قوات النظام بلدة اللطامنة في ريف حماة فقتل رجلان"),
        ("explosive", "قتل أربعة أشخاص بانفجار عبوة ناسفة في مدينة الباب بريف حلب"),
        ("suicide", "فجر انتحاري نفسه في حاجز لقوات النظام في حمص ما أدى إلى مقتل ستة عناصر"),
        ("clash", "قتل سبعة عناصر في اشتباكات بين فصائل المعارضة وقوات النظام في درعا"),
        ("assault", "شن تنظيم داعش هجوما على مواقع قوات النظام في دير الزور وقتل عشرة جنود"),
        ("capture", "سيطرت قوات سوريا الديمقراطية على قرية الكرامة في ريف الرقة بعد معارك قتل فيها خمسة"),
        ("execution", "أعدم تنظيم داعش ثلاثة رجال في مدينة الميادين بريف دير الزور"),
        ("abduction", "اختطف مسلحون مجهولون طبيبا في مدينة درعا"),
        ("arrest", "اعتقلت قوات النظام عشرين شابا في حملة دهم في مدينة التل بريف دمشق"),
        ("shooting", "قتل شاب برصاص قناص في حي الوعر بمدينة حمص"),
        ("chemical", "قتل عشرون مدنيا بقصف بغاز الكلور على بلدة كفرزيتا في ريف حماة"),
        ("protest", "خرجت مظاهرة في مدينة إدلب ضد هيئة تحرير الشام"),
        ("killing", "لقي ثلاثة مدنيين مصرعهم في مدينة الرستن بريف حمص"),
        ("pair: عملية عسكرية", "بدأت قوات النظام عملية عسكرية في ريف إدلب الجنوبي قتل فيها أربعة مدنيين"),
        ("pair: إطلاق النار", "تعرضت سيارة مدنية لإطلاق النار من حاجز لقوات النظام في مدينة جاسم بريف درعا"),
        ("pair: وقفة احتجاجية", "نظم أهالي مدينة السويداء وقفة احتجاجية أمام مبنى المحافظة"),
        ("pair: قطع رأس", "قطع رأس شاب على يد عناصر التنظيم في مدينة الرقة"),
        ("pair: غاز سام", "أصيب عشرة مدنيين بحالات اختناق بغاز سام في بلدة اللطامنة بريف حماة"),
        ("operations + ضد", "صعدت قوات النظام عملياتها ضد فصائل المعارضة في درعا البلد وقتلت مقاتلين"),
    ]

    @Test func violentSentencesPassAndReadAsBefore() {
        for (family, text) in Self.violent {
            let tokens = Self.tokens(text)
            #expect(CueScreen.mayTell(tokens), "\(family): \(text)")
            #expect(!CueReader.cues(tokens, in: tokens.indices).isEmpty, "\(family): no cue in \(text)")
            let screened = IncidentExtractor().read(Article(source: "t", text: text, published: "2017-08-25"), cache: nil)
            let before = Self.unscreened(text)
            #expect(screened.incidents == before.incidents && screened.abroad == before.abroad, "\(family)")
        }
        // The table is not vacuous: most of its sentences are incidents.
        let drawn = Self.violent.filter { !Self.unscreened($0.text).incidents.isEmpty }.count
        #expect(drawn * 3 >= Self.violent.count * 2, "\(drawn) of \(Self.violent.count) sentences made an incident")
    }

    /// Every word that can start a cue, alone or with its pair, is let through, with the
    /// clitics the tables allow (the screen reads the lexicon's own tables).
    @Test func everyCueOfTheLexiconPasses() {
        var checked = 0
        EventLexicon.words.forEach { key, _ in
            #expect(CueScreen.mayTell([Self.token(key)]), "\(key)")
            checked += 1
        }
        EventLexicon.pairs.forEach { head, seconds in
            seconds.forEach { second, _ in
                #expect(CueScreen.mayTell([Self.token("x"), Self.token(head), Self.token(second)]), "\(head) \(second)")
                checked += 1
            }
        }
        #expect(checked > 500)
        #expect(CueScreen.mayTell(Self.tokens("وسعت القوات عملياتها العسكرية ضد التنظيم")))
        #expect(CueScreen.mayTell(Self.tokens("وسعت القوات عملياتها ضد التنظيم")))
        #expect(CueScreen.mayTell(Self.tokens("للعمليات العسكرية")))
    }

    /// Plain news with no act in it is skipped: sport, culture, economy, weather, and the
    /// first word of a two-word cue without its second («عملية جراحية», «إطلاق منتج»),
    /// «حملة» with no «ضد».
    @Test(arguments: [
        "فاز المنتخب السوري على نظيره الأردني بهدفين مقابل هدف في المباراة التي جرت في عمان",
        "افتتح معرض دمشق الدولي للكتاب أبوابه أمس بمشاركة مئة دار نشر عربية",
        "ارتفع سعر صرف الدولار أمام الليرة السورية في أسواق حلب ودمشق اليوم",
        "أجرى الفريق الطبي عملية جراحية ناجحة لطفل في مستشفى المواساة",
        "أعلنت الشركة إطلاق منتج جديد في الأسواق الشهر المقبل",
        "أطلقت الوزارة حملة للتوعية بأهمية التلقيح في المدارس",
        "تتوقع الأرصاد الجوية هطول أمطار غزيرة على المناطق الساحلية",
        "",
    ])
    func plainNewsIsSkipped(_ text: String) {
        #expect(!CueScreen.mayTell(Self.tokens(text)), "\(text)")
        // ...and the extractor, unscreened, drew nothing from it either.
        let before = Self.unscreened(text)
        #expect(before.incidents.isEmpty && before.abroad == 0)
    }

    /// The screen looks at the whole text: a cue at a clause's edge, or after a «وقف»,
    /// is still let through (the clause reading decides).
    @Test(arguments: [
        "أعلنت الأطراف وقف إطلاق النار في المدينة",
        "قالت الوزارة إن العملية. العسكرية انتهت",
        "بدأت عمليات. ضد التنظيم",
    ])
    func edgesAreLetThrough(_ text: String) {
        #expect(CueScreen.mayTell(Self.tokens(text)), "\(text)")
    }

    /// The seeds, read whole, give what they gave without the screen.
    @Test func seedsReadAsBefore() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../seeds").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for f in files {
            let text = try String(contentsOfFile: dir.appendingPathComponent(f).path, encoding: .utf8)
            let screened = IncidentExtractor().read(Article(source: f, text: text, published: "2017-08-25"), cache: nil)
            let before = Self.unscreened(text)
            #expect(screened.incidents == before.incidents && screened.abroad == before.abroad, "\(f)")
        }
    }
}
