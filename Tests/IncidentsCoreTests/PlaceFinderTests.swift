import Testing
@testable import IncidentsCore

@Suite struct PlaceFinderTests {
    static func all(_ text: String) -> [PlaceMention] {
        let t = TokenizedText(text)
        return PlaceFinder.mentions(in: t, range: 0..<t.tokens.count)
    }

    /// Mentions that are not back-references.
    static func places(_ text: String) -> [PlaceMention] { all(text).filter { !$0.isGeneric } }

    // MARK: Seeds

    @Test(arguments: SeedCase.all)
    func seedClauses(_ c: SeedCase) {
        let found = Self.places(c.text).map {
            SeedCase.Place($0.name, $0.governorate?.nameAr)
        }
        #expect(found == c.places)
    }

    @Test func seedBackReferencesAreFlagged() {
        let jazra = Self.all(SeedCase.all.first { $0.gid == "000-1b" }!.text)
        #expect(jazra.map(\.name) == ["جزرة", "المدينة"])
        #expect(jazra[0].anchoredToGeneric)
        #expect(jazra[0].governorate == nil)
        #expect(jazra[1].isGeneric)
        let ayed = Self.places(SeedCase.all.first { $0.gid == "003-10" }!.text)
        #expect(ayed.last?.name == "عايد")
        #expect(ayed.last?.anchoredToGeneric == true)
    }

    @Test func seedForeignAndBorder() {
        let border = Self.places("تمكنوا من الوصول إلى الحدود العراقية عبر بادية تدمر الشرقية")
        #expect(border.first?.name == "الحدود العراقية")
        #expect(border.first?.isForeign == true)
        #expect(border.first?.governorate == nil)
        #expect(border.last?.district?.nameAr == "تدمر")
    }

    // MARK: Table of phrasings

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Expected non-generic mentions: name, governorate, P-code of the row (nil: none).
        var expected: [(String, String?, String?)]
        var testDescription: String { text }
        init(_ text: String, _ expected: [(String, String?, String?)]) {
            self.text = text
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        // Gazetteer names, clitics, multi-word names
        Case("قصفت الطائرات بالرقة", [("الرقة", "الرقة", "GN:172955")]),
        Case("وصلت تعزيزات وبدير الزور", [("دير الزور", "دير الزور", "GN:170794")]),
        Case("توجهت قافلة لحلب", [("حلب", "حلب", "GN:170063")]),
        Case("اشتباكات في جسر الشغور ومعرة النعمان", [
            ("جسر الشغور", "إدلب", "GN:169023"), ("معرة النعمان", "إدلب", "GN:167611"),
        ]),
        Case("دخلت القوات تل أبيض وعين عيسى", [
            ("تل أبيض", "الرقة", "GN:163750"), ("عين عيسى", "الرقة", "GN:172134"),
        ]),
        // Levels chosen by the noun
        Case("في محافظة الرقة", [("الرقة", "الرقة", "SY11")]),
        Case("في مدينة الرقة", [("الرقة", "الرقة", "GN:172955")]),
        Case("في منطقة الرقة", [("الرقة", "الرقة", "SY1101")]),
        Case("في ناحية مركدة", [("مركدة", "الحسكة", "SY080003")]),
        Case("في مدينة إدلب", [("إدلب", "إدلب", "GN:169389")]),
        Case("في إدلب", [("إدلب", "إدلب", "GN:169389")]),
        Case("في اللاذقية", [("اللاذقية", "اللاذقية", "GN:173576")]),
        Case("في مدينة كوباني", [("عين العرب", "حلب", "SY020600")]),
        Case("قصف على مخيم اليرموك", [("اليرموك", "دمشق", "GN:166716")]),
        // Rural areas
        Case("في ريف حلب الشمالي", [("ريف حلب الشمالي", "حلب", "REG:northern-aleppo")]),
        Case("بريف دير الزور الشرقي", [("ريف دير الزور الشرقي", "دير الزور", "REG:eastern-deir-ez-zor")]),
        // «ريف X» without a direction is the governorate's countryside: the governorate.
        Case("في ريف حلب", [("حلب", "حلب", "SY02")]),
        Case("في ريف دمشق الغربي", [("ريف دمشق الغربي", "ريف دمشق", "REG:western-rif-dimashq")]),
        Case("وبريف دمشق", [("ريف دمشق", "ريف دمشق", "SY03")]),
        Case("في ريف مدينة الباب", [("الباب", "حلب", "GN:174018")]),
        // Unknown places resolved by an anchor
        Case("قصف على قرية الخريطة بريف دير الزور الغربي", [
            ("الخريطة", "دير الزور", nil), ("ريف دير الزور الغربي", "دير الزور", "REG:western-deir-ez-zor"),
        ]),
        Case("سيطرت على بلدة كفر حمرة شمال غرب حلب", [
            ("كفر حمرة", "حلب", nil), ("حلب", "حلب", "GN:170063"),
        ]),
        Case("قصف قرية المشرفة قرب مدينة حمص", [
            ("المشرفة", "حمص", nil), ("حمص", "حمص", "GN:169577"),
        ]),
        Case("في قرية الشيخ هلال التابعة لمدينة سلمية", [
            ("الشيخ هلال", "حماة", nil), ("سلمية", "حماة", "GN:164947"),
        ]),
        Case("اشتباكات في حي الشعار في مدينة حلب", [
            ("حي الشعار", "حلب", nil), ("حلب", "حلب", "GN:170063"),
        ]),
        Case("قرية تل براك الواقعة على بعد 40 كم شمال شرق مدينة الحسكة", [
            ("تل براك", "الحسكة", nil), ("الحسكة", "الحسكة", "GN:173811"),
        ]),
        Case("قتل مدنيون في قرية المقبلة", [("المقبلة", nil, nil)]),
        Case("قصفت المدفعية قرية حزرما شرق دمشق", [
            ("حزرما", "ريف دمشق", nil), ("دمشق", "دمشق", "GN:170654"),
        ]),
        Case("قصف على حي القدم جنوب دمشق", [("حي القدم", "دمشق", nil), ("دمشق", "دمشق", "GN:170654")]),
        // جوبر is a compiled place (mined from the corpus): its own name. (القدم is not:
        // «كرة القدم» is football.)
        Case("منطقة \"بئر سعيد\" ومنطقة \"الكالبة\"", [("بئر سعيد", nil, nil), ("الكالبة", nil, nil)]),
        Case("قصف على حي جوبر الدمشقي", [("جوبر", "دمشق", AnchoredPlaces.localPcode(governorate: "SY01", name: "جوبر"))]),
        Case("على ضفاف نهر الفرات شرقا", [("نهر الفرات", nil, nil)]),
        Case("قصف على مطار حماة العسكري", [("مطار حماة", "حماة", nil)]),
        Case("في منطقة جبل الأكراد بريف اللاذقية", [
            ("جبل الأكراد", "اللاذقية", "REG:jabal-al-akrad"), ("اللاذقية", "اللاذقية", "SY06"),
        ]),
        // Known places keep their governorate against a nearby city; a firm anchor wins
        Case("هجوم كيماوي في مدينة دوما قرب دمشق", [
            ("دوما", "ريف دمشق", "GN:170592"), ("دمشق", "دمشق", "GN:170654"),
        ]),
        Case("قصف على بلدة الحميدية بريف حمص", [
            ("الحميدية", "حمص", nil), ("حمص", "حمص", "SY04"),
        ]),
        Case("قصف على صوران بريف حماة", [("صوران", "حماة", "GN:163915"), ("حماة", "حماة", "SY05")]),
        // Lists after plural nouns
        Case("في أحياء البلعوم والبلوط", [("البلعوم", nil, nil), ("البلوط", nil, nil)]),
        Case("في مدن تل أبيض وكوباني ومنبج", [
            ("تل أبيض", "الرقة", "GN:163750"), ("عين العرب", "حلب", "SY020600"),
            ("منبج", "حلب", "GN:167357"),
        ]),
        // Common words that are also gazetteer names
        Case("خرجت المظاهرات السلمية في الساحة", []),
        Case("في ذكرى انطلاق الثورة السورية", []),
        Case("فتح الباب أمام الحوار", []),
        Case("شكر الراعي الرسمي للمؤتمر", []),
        Case("اختتم الوزير هذه الزيارة", []),
        Case("الحراك الشعبي مستمر", []),
        Case("كان بصدد نشر الخبر بصور جديدة", []),
        Case("خرجت مظاهرات سلمية بكل رقة في ميادين عدة", []),
        Case("سيطرت القوات على سلمية بريف حماة", [("سلمية", "حماة", "GN:164947"), ("حماة", "حماة", "SY05")]),
        Case("اشتباكات عنيفة في الباب", [("الباب", "حلب", "GN:174018")]),
        Case("سيطرت الفصائل على بلدة الراعي", [("الراعي", "حلب", "GN:169138")]),
        Case("عضو مجلس قيادة الثورة في ريف دمشق", [("ريف دمشق", "ريف دمشق", "SY03")]),
        Case("وقال مجلس الرقة المدني إن", []),
        // Descriptions after area nouns are not names
        Case("في منطقة خفض التصعيد وفي مناطق سيطرة النظام", []),
        Case("في منطقة تخضع لسيطرة التنظيم", []),
        // Foreign places
        Case("قتل خمسة في مدينة الموصل العراقية", [("الموصل", nil, nil)]),
        Case("سقطت قذائف على مدينة كلس التركية", [("كلس", nil, nil)]),
        Case("قتل عنصران في قرية الهيشة التركية", [("الهيشة", nil, nil)]),
        Case("قال رئيس البرلمان في بيروت إن لبنان يرفض", [("بيروت", nil, nil), ("لبنان", nil, nil)]),
        Case("المحادثات في أستانة وجنيف", [("أستانة", nil, nil), ("جنيف", nil, nil)]),
        Case("انتشرت القوات على الحدود السورية التركية", [("الحدود السورية التركية", nil, nil)]),
        Case("قرب المحطة الرابعة", [("المحطة الرابعة", nil, nil)]),
        // A named region's name is the region, whatever noun introduces it; the subdistrict
        // OCHA also calls by it keeps its own name.
        Case("اشتباكات في منطقة الغوطة الشرقية", [("الغوطة الشرقية", "ريف دمشق", "REG:eastern-ghouta")]),
        Case("قصف على ناحية جرمانا", [("جرمانا", "ريف دمشق", "SY030103")]),
        // «ل» + a verbal noun after a common-noun landmark says what it is for.
        Case("يحول البلاد إلى قاعدة لإطلاق الصواريخ", []),
        // A landmark of a place named with its own noun: «محافظة» picks the governorate.
        Case("كمين لعناصر التنظيم في بادية محافظة حمص", [("بادية محافظة حمص", "حمص", nil)]),
        Case("هجمات على مواقع في بادية السويداء", [("بادية السويداء", "السويداء", nil)]),
    ]

    @Test(arguments: cases)
    func phrasings(_ c: Case) {
        let found = Self.places(c.text)
        #expect(found.map(\.name) == c.expected.map(\.0))
        #expect(found.map { $0.governorate?.nameAr } == c.expected.map(\.1))
        #expect(found.map { $0.place?.pcode } == c.expected.map(\.2))
    }

    // MARK: Flags

    @Test func foreignMentionsAreFlagged() {
        for text in ["في العراق", "مدينة كلس التركية", "في واشنطن", "الحدود العراقية"] {
            let found = Self.places(text)
            #expect(found.count == 1, "\(text)")
            #expect(found.allSatisfy { $0.isForeign && $0.governorate == nil }, "\(text)")
        }
        // «لبنان» is the country, not ل + the Aleppo subdistrict «بنان».
        #expect(Self.places("في لبنان").first?.place == nil)
    }

    @Test func ambiguousNamesKeepTheirCandidates() {
        let found = Self.places("قصف على صوران")
        #expect(found.count == 1)
        #expect(found[0].place == nil)
        #expect(found[0].governorate == nil)
        let govs = Set(found[0].candidates.compactMap { Gazetteer.shared.governorate(of: $0)?.nameAr })
        #expect(govs == ["حلب", "حماة"])
    }

    @Test func genericBackReferences() {
        let found = Self.all("في المدينة وفي ريف المدينة الشمالي والقرى المحيطة")
        #expect(found.map(\.isGeneric) == [true, true, true])
        #expect(found.map(\.name) == ["المدينة", "ريف المدينة", "القرى"])
    }

    @Test func tokenOnlyVariantSpellsUnknownNamesAsKeys() {
        let t = TokenizedText("غارة على حارة البدو شمال مدينة الرقة")
        let found = PlaceFinder.mentions(in: t.tokens, range: 0..<t.tokens.count)
        #expect(found.map(\.name) == ["حاره البدو", "الرقة"])
        #expect(found.first?.governorate?.pcode == "SY11")
    }

    @Test func rangesAndDistricts() {
        let t = TokenizedText("قتل شخصان في قرية حطلة بريف دير الزور الشرقي أمس")
        let found = PlaceFinder.mentions(in: t, range: 0..<t.tokens.count)
        #expect(found.count == 2)
        #expect(t.text(tokens: found[0].range) == "قرية حطلة")
        #expect(t.text(tokens: found[1].range) == "بريف دير الزور الشرقي")
        #expect(found[0].district == nil)
        let mahkan = Self.places("في محيط بلدة محكان جنوب شرق مدينة الميادين")
        #expect(mahkan.first?.district?.nameAr == "الميادين")
        #expect(mahkan.first?.governorate?.nameAr == "دير الزور")
    }

    /// No window of a clause can make a matcher read outside it or trap.
    @Test func everyWindowIsSafe() {
        var total = 0
        for c in SeedCase.all {
            let t = TokenizedText(c.text)
            let n = t.tokens.count
            for lo in 0...n {
                for hi in lo...min(n, lo + 10) {
                    for m in PlaceFinder.mentions(in: t, range: lo..<hi) {
                        #expect(m.range.lowerBound >= lo && m.range.upperBound <= hi)
                        total += 1
                    }
                    for m in ActorMatcher.mentions(in: t.tokens, range: lo..<hi) {
                        #expect(m.range.lowerBound >= lo && m.range.upperBound <= hi)
                    }
                    _ = TargetReader.targets(in: t.tokens, range: lo..<hi)
                }
            }
            #expect(PlaceFinder.mentions(in: t, range: 0..<(n + 5)).count
                == PlaceFinder.mentions(in: t, range: 0..<n).count)
        }
        #expect(total > 0)
        let empty = TokenizedText("")
        #expect(PlaceFinder.mentions(in: empty, range: 0..<0).isEmpty)
        #expect(ActorMatcher.mentions(in: empty.tokens, range: 0..<3).isEmpty)
        #expect(TargetReader.targets(in: empty.tokens, range: 0..<3).isEmpty)
    }

    @Test func rangeArgumentLimitsTheScan() {
        let t = TokenizedText("قصف على قرية حطلة بريف دير الزور")
        // Without the anchor in range, the village has no governorate.
        let cut = PlaceFinder.mentions(in: t, range: 0..<4)
        #expect(cut.map(\.name) == ["حطلة"])
        #expect(cut[0].governorate == nil)
    }
}
