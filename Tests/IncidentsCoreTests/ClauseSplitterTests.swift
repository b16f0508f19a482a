import Foundation
import Testing
@testable import IncidentsCore

/// The seed articles committed in the repository (`seeds/`).
enum Seeds {
    static func text(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("seeds/" + name), encoding: .utf8)
    }
}

@Suite struct ClauseSplitterTests {
    /// The clauses of a text, as their original text.
    static func split(_ text: String) -> [String] {
        let t = TokenizedText(text)
        return ClauseSplitter.clauses(t).map { t.text(tokens: $0) }
    }

    /// Seed 000: 355 words with no punctuation at all.
    static let seed000 = """
        كثف التحالف الدولي بقيادة واشنطن من غاراته على مدينة الرقة وضواحيها موقعا المزيد من الضحايا المدنيين في وقت تسعى قوات سوريا الديمقراطية لتحقيق المزيد من التقدم في معقل الإرهابيين الأبرز في سوريا وحذرت اليونيسف من أن حياة أكثر من  ألف طفل في الرقة مهددة فيما قتل  مدنيين في غارات جوية للتحالف على دير الزور شرقي البلاد بينما أصيب  أشخاص بجروح جراء إطلاق عناصر هيئة تحرير الشام التي تهيمن عليها جبهة النصرة الرصاص على مئات المتظاهرين في مدينة معرة النعمان في ريف إدلب الجنوبي في حين أكد المرصد السوري أن قوات النظام المسلحة الموالية له وصلت إلى الحدود العراقية عبر بادية تدمر الشرقية وقال مدير المرصد السوري رامي عبدالرحمن استهدف التحالف الدولي طوال الليل مدينة الرقة وضواحيها بالغارات الكثيفة والقصف كان لايزال مستمرا أمس وقتل  مدنيا مساء الخميس بحسب المرصد بعد تنفيذ طائرات التحالف  غارة جوية على الرقة وأطرافها ومن بين القتلى وفق المرصد  شخصا قضوا في غارة استهدفت مقهى للإنترنت في ضاحية جزرة غرب المدينة وحذرت منظمة الأمم المتحدة للطفولة يونيسف من أن حياة أكثر من  ألف طفل مازالوا عالقين في ظروف خطرة للغاية وتحدثت المنظمة عن تقارير حول مقتل  طفلا وإصابة آخرين في أعمال العنف الأخيرة في الرقة من جهة أخرى ذكر المرصد أن قوات النظام والمسلحين الموالين له تمكنوا من الوصول إلى الحدود العراقية مع بادية تدمر الشرقية وأكدت مصادر متقاطعة للمرصد أن عملية التقدم تمت عبر الالتفاف على معسكر يتبع للفصائل المدعومة من قبل التحالف الدولي في محور يبعد نحو  كلم عن المعسكر الواقع على بعد نحو  كلم إلى الشرق من معبر التنف الحدودي الذي تسيطر عليه هذه الفصائل في غضون ذلك ذكر المرصد أن غارات جوية شنها التحالف الدولي على مستشفى ميداني ومسجد في منطقة تخضع لسيطرة داعش في دير الزور شرقي سوريا أسفرت عن مقتل ثمانية مدنيين على الأقل وأفاد المرصد بأن الضربات استهدفت قرية جديد عكيدات في ريف دير الزور موضحا أن من بين القتلى خمسة من العاملين في المجال الطبي إلى ذلك قال عضو في مجلس مدينة المعرة المحلي إن مظاهرات حاشدة خرجت أمس عقب صلاة الجمعة نددت بممارسات عناصر هيئة تحرير الشام ضد المدنيين وفصائل الجيش الحر مطالبين الهيئة بالخروج من المدينة قابلتها هيئة تحرير الشام بإطلاق الرصاص الحي ما أدى إلى إصابة خمسة أشخاص بجروح وكالات
        """

    /// The first words of the 14 clauses of arabic-text.md §4.3.
    static let seed000Openings = [
        "كثف التحالف", "وحذرت اليونيسف", "فيما قتل", "بينما أصيب", "في حين أكد", "وقال مدير",
        "وقتل  مدنيا", "وحذرت منظمة", "وتحدثت المنظمة", "من جهة أخرى", "وأكدت مصادر",
        "في غضون ذلك", "وأفاد المرصد", "إلى ذلك قال",
    ]

    @Test func seed000GivesTheFourteenClausesOfTheReference() throws {
        #expect(try Seeds.text("000_212ed85aa77a1702.txt").hasPrefix(Self.seed000.prefix(100)))
        let clauses = Self.split(Self.seed000)
        #expect(clauses.count == 14)
        for (clause, opening) in zip(clauses, Self.seed000Openings) {
            #expect(clause.hasPrefix(opening), "\(clause.prefix(40))")
        }
    }

    @Test func clausesCoverEveryTokenInOrder() {
        for text in [Self.seed000, "قتل. شخص", "أ. ب. ج. د", "", "مقتل 5 أشخاص، وإصابة 3 آخرين."] {
            let t = TokenizedText(text)
            let clauses = ClauseSplitter.clauses(t)
            var next = 0
            for c in clauses {
                #expect(c.lowerBound == next)
                #expect(!c.isEmpty)
                next = c.upperBound
            }
            #expect(next == t.tokens.count)
        }
    }

    @Test(arguments: [
        // Hard punctuation splits.
        ("قتل ثلاثة مدنيين في غارة على إدلب. وأصيب خمسة آخرون بجروح في قصف على حلب.", 2),
        ("هل قتل أحد في الغارة؟ لم ترد أنباء عن ضحايا حتى الآن", 2),
        ("سقط قتلى في درعا؛ وتواصلت الاشتباكات في ريف حماة الشمالي", 2),
        ("مقتل خمسة مدنيين في غارة على دوما\nوأفاد ناشطون بأن الطيران قصف حرستا", 2),
        // A comma followed by a marker splits.
        ("شنت قسد هجوماً على مواقع داعش في مركدة، في حين تمكنت قوات النظام من حصار الميادين", 2),
        ("قتل طفل في قصف مدفعي على درعا، بينما أصيب ثلاثة مدنيين في غارة على إدلب", 2),
        ("قصفت الطائرات بلدة كفرنبل بالبراميل، وأضاف المرصد أن الغارات أوقعت جرحى", 2),
        // A comma alone does not.
        ("قالت مصادر محلية، لـ«العربي الجديد»، إن طفلة قُتلت وجرح مدنيون، جراء غارة", 1),
        // «فيما يتعلق» is not a marker.
        ("أكد المرصد، فيما يتعلق بالغارات الأخيرة على الرقة، أن عدد القتلى ارتفع", 1),
        // A short sentence keeps و + event verb inside.
        ("قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم على حاجز", 1),
        // Fewer than three tokens: no split.
        ("إلى ذلك، قتل شخص", 1),
    ])
    func splits(_ text: String, _ count: Int) {
        #expect(Self.split(text).count == count, "\(Self.split(text))")
    }

    /// A long stretch without punctuation: markers and و + verbs split; bare و + noun and
    /// «فيما بعد» do not.
    @Test func unpunctuatedRunsSplitAtMarkersAndVerbs() {
        let text = "قصفت طائرات حربية يعتقد أنها روسية بلدة معرة النعمان في ريف إدلب الجنوبي "
            + "بعدة غارات استهدفت الأحياء السكنية والسوق الشعبي وسط البلدة "
            + "وقتل ثلاثة مدنيين بينهم طفل في الغارات على السوق الشعبي والأحياء المجاورة له "
            + "فيما بعد وصلت فرق الدفاع المدني إلى المكان وانتشلت الجثث من تحت الأنقاض "
            + "في غضون ذلك قال ناشطون إن قوات النظام والمليشيات الموالية لها قصفت بلدة اللطامنة "
            + "بينما أصيب خمسة أشخاص بجروح في قصف مدفعي على بلدة كفرزيتا في ريف حماة"
        let clauses = Self.split(text)
        #expect(clauses.count == 4, "\(clauses)")
        #expect(clauses[1].hasPrefix("وقتل ثلاثة مدنيين"))
        #expect(clauses[2].hasPrefix("في غضون ذلك"))
        #expect(clauses[3].hasPrefix("بينما أصيب"))
    }

    /// Seeds 001–003 are punctuated: their sentences plus commas before markers.
    @Test(arguments: [
        ("001_f1e1b553d461cfc9.txt", 13),
        ("002_fa971cb07014016f.txt", 14),
        ("003_a5471f0cce0c7d49.txt", 12),
    ])
    func punctuatedSeeds(_ name: String, _ count: Int) throws {
        let text = try Seeds.text(name)
        #expect(ClauseSplitter.clauses(TokenizedText(text)).count == count)
    }
}
