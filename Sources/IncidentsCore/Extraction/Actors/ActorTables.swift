/// The words and forms the actor matcher compares tokens with.
extension ActorMatcher {
    enum Tables {
        struct Form: Sendable {
            var first: String
            var rest: [String]
            var last: String
            var slug: String
            var weak: Bool
            var anaphor: Bool
        }

        static let alliance = k("التحالف")
        static let regimeWord = k("النظام")
        static let organisation = k("التنظيم")
        static let syrianM = k("السوري")

        /// Forms that are often political: weak evidence of an armed actor.
        static let weakForms = WordSet(.exact, [
            "المعارضة", "المعارضة السورية", "الائتلاف الوطني السوري", "الحكومة السورية",
            "روسيا", "تركيا", "إيران", "الولايات المتحدة", "إسرائيل",
            // «النصرة» is also a common noun («واجب النصرة»).
            "النصرة",
        ])
        /// ISIS referred back to.
        static let anaphorForms: [String] = [
            "التنظيم", "التنظيم المتطرف", "التنظيم المتشدد", "التنظيم الإرهابي",
            "التنظيم الارهابي",
        ]

        static let forms: [Form] = {
            var out: [Form] = []
            var seen = Set<String>()
            func add(_ text: String, _ slug: String, anaphor: Bool = false) {
                let key = ArabicNormalizer.wordKey(text)
                let words = key.split(separator: " ").map(String.init)
                guard let first = words.first, seen.insert(key + "|" + slug).inserted else {
                    return
                }
                out.append(Form(
                    first: first, rest: Array(words.dropFirst()), last: words.last ?? first,
                    slug: slug, weak: weakForms.contains(key), anaphor: anaphor))
            }
            for a in ActorLexicon.all { for f in a.formsAr { add(f, a.slug) } }
            for f in anaphorForms { add(f, "isis", anaphor: true) }
            return out
        }()

        static let formsByFirst: WordTable<[Form]> = {
            var d = WordTable<[Form]>()
            for f in forms { d[f.first, default: []].append(f) }
            return d.mapValues { v in v.sorted { $0.rest.count > $1.rest.count } }
        }()

        /// «الجيش» alone: the Syrian army (`ActorMatcher.matchWord`).
        static let army = ArabicNormalizer.key("الجيش")
        static let aircraftHeads = WordSet(.exact, [
            "طيران", "الطيران", "طائرات", "الطائرات", "طائرة", "الطائرة", "مقاتلات",
            "المقاتلات", "مقاتلة", "المقاتلة", "مروحيات", "المروحيات", "مروحية", "المروحية",
            "قاذفات", "القاذفات", "طائرتان", "طائرتين", "مقاتلتان", "مقاتلتين",
            // Warships firing missiles are named the same way («مدمرات أميركية»).
            "مدمرات", "المدمرات", "بوارج", "البوارج", "سفن", "السفن", "غواصات", "الغواصات",
        ])
        static let planesGeneral = WordSet(.exact, ["طيران", "الطيران"])
        static let helicopters = WordSet(.exact, [
            "مروحيات", "المروحيات", "مروحية", "المروحية",
        ])
        static let warWords = WordSet(.exact, [
            "الحربي", "الحربية", "حربي", "حربية", "المقاتلة", "مقاتلة", "الحربيه",
            "العسكرية", "عسكرية", "الحربيتين", "حربيتين",
        ])
        static let helicopterWords = WordSet(.exact, [
            "المروحي", "مروحي", "المروحية", "مروحية", "المروحيه", "عمودية", "العمودية",
            "عمودي", "العمودي",
        ])
        static let droneWords = WordSet(.exact, [
            "المسيرة", "مسيرة", "المسير", "مسير", "الاستطلاع", "استطلاع",
        ])
        static let withoutWords = WordSet(.exact, ["بدون", "بلا", "دون"])
        static let unknownWords = WordSet(.exact, [
            "مجهولة", "مجهول", "المجهولة", "المجهول", "مجهولي",
        ])
        static let belonging = WordSet(.exact, [
            "التابعة", "تابعة", "التابع", "تابع", "التابعين", "تابعين", "التابعون", "تابعا",
        ])
        static let loyal = WordSet(.exact, [
            "الموالية", "موالية", "الموالي", "موال", "الموالين", "موالين", "الموالون",
            "موالون", "المساندة", "مساندة", "الرديفة", "رديفة", "المتحالفة", "متحالفة",
            "الحليفة", "حليفة", "المقربة", "مقربة", "المؤيدة", "مؤيدة", "المؤيدين",
            "مؤيدين", "المؤيد", "مؤيد",
        ])
        static let backed = WordSet(.exact, ["المدعومة", "مدعومة", "المدعومين", "مدعومين"])
        static let pronounObjects = WordSet(.exact, [
            "له", "لها", "لهم", "لهما", "معه", "معها", "معهم",
        ])
        static let followerHeads = WordSet(.exact, [
            "المليشيات", "الميليشيات", "مليشيات", "ميليشيات", "المسلحين", "مسلحين",
            "القوات", "قوات", "الفصائل", "فصائل", "المجموعات", "العناصر", "المقاتلين",
        ])
        static let armedAdjectives = WordSet(.exact, ["المسلحة", "المسلحين"])
        static let allies = WordSet(.exact, [
            "وحلفاؤه", "وحلفائه", "وحلفاءه", "وحلفاؤها", "وحلفائها", "وحلفاءها",
        ])
        static let epithets = WordSet(.exact, [
            "الإرهابي", "الإرهابية", "المتطرف", "المتشدد", "الارهابي",
        ])
        static let otherAlliances = WordSet(.exact, [
            "العربي", "الإسلامي", "الوطني", "الخليجي", "السعودي", "الثلاثي", "الاستراتيجي",
            "الجديد", "الحاكم", "الانتخابي", "الشيعي", "السني", "الكردي", "السياسي", "بين",
            "مع", "العسكري",
        ])
        static let otherOrganisations = WordSet(.exact, [
            "الدولي", "السري", "السياسي", "النسائي", "الإداري", "العالمي", "الإخواني",
            "الطلابي", "النقابي",
        ])
        static let groupHeads = WordSet(.exact, [
            "عناصر", "العناصر", "عنصر", "عنصرا", "عنصران", "عنصرين", "مسلحي", "مسلحو",
            "مسلحين", "مسلحون", "مقاتلي", "مقاتلو", "مقاتلين", "مقاتلون", "ميليشيا",
            "مليشيا", "ميليشيات", "مليشيات", "الميليشيات", "المليشيات", "جنود", "الجنود",
            "جندي", "جنديا", "جنديين", "قوات", "القوات", "مجموعة", "مجموعات", "خلايا",
            "خلية", "كتائب", "فصائل", "الفصائل", "قيادي", "قياديا", "قادة", "أمير",
            "انتحاري", "انتحاريا", "انتحاريين", "قناص", "قناصة", "مدفعية", "المدفعية",
            "راجمات", "دبابات", "دبابة", "مستشارين", "مستشارون", "عسكريين", "عسكريون",
            "ضباط", "ضابط", "ضابطا", "دورية", "دوريات", "رتل", "أرتال", "تعزيزات",
        ])
        static let syrianAdjectives = WordSet(.exact, [
            "السورية", "سورية", "السوري", "المسلحة", "مسلحة",
        ])
        static let aircraftNationality: WordTable<String> = table([
            ("regime", ["السوري", "السورية", "سوري", "سورية", "النظامي"]),
            ("russia", ["الروسي", "الروسية", "روسي", "روسية", "الروس", "روس"]),
            ("turkey", ["التركي", "التركية", "تركي", "تركية"]),
            ("usa", ["الأمريكي", "الأميركي", "الأمريكية", "الأميركية", "أمريكي", "أميركي",
                     "أمريكية", "أميركية"]),
            ("israel", ["الإسرائيلي", "الإسرائيلية", "إسرائيلي", "إسرائيلية"]),
            ("iran", ["الإيراني", "الإيرانية", "إيراني", "إيرانية"]),
            ("coalition", ["الفرنسي", "الفرنسية", "فرنسي", "فرنسية", "البريطاني",
                           "البريطانية", "بريطاني", "بريطانية"]),
            ("iraq", ["العراقي", "العراقية", "عراقي", "عراقية"]),
        ])
        static let groupNationality: WordTable<String> = table([
            ("russia", ["روس", "الروس", "روسيين", "الروسيين", "روسيان"]),
            ("turkey", ["أتراك", "الأتراك", "تركيين", "التركيين", "تركيان"]),
            ("usa", ["أمريكيين", "أميركيين", "الأمريكيين", "الأميركيين", "أمريكيون",
                     "أميركيون", "أمريكان", "الأمريكان"]),
            ("iran", ["إيرانيين", "الإيرانيين", "إيرانيون", "إيرانيان"]),
            ("israel", ["إسرائيليين", "الإسرائيليين"]),
            ("regime", ["حكوميا", "حكوميين", "الحكوميين", "نظاميين", "النظاميين"]),
        ])
        /// Patrons named by a country or a person rather than a force.
        static let patrons: WordTable<String> = table([
            ("regime", ["النظام", "الحكومة", "الرئيس", "دمشق", "الأسد"]),
            ("iran", ["إيران", "طهران"]),
            ("russia", ["روسيا", "موسكو"]),
            ("turkey", ["تركيا", "أنقرة"]),
            ("usa", ["واشنطن", "أمريكا", "أميركا"]),
        ])
        static let patronTails = WordSet(.exact, [
            "السوري", "السورية", "بشار", "الأسد", "السوري،",
        ])
        static let loneClitics = WordSet(.exact, [
            "ل", "ب", "و", "ف", "ك", "لل", "ول", "وب", "فل", "فب",
        ])

        static let index: CliticReadings = {
            var stems = Set(formsByFirst.keys)
            stems.formUnion(aircraftHeads.keys)
            stems.formUnion(groupHeads.keys)
            stems.formUnion(strikeHeads.keys)
            stems.formUnion(patrons.keys)
            return CliticReadings(stems: stems)
        }()

        static func k(_ s: String) -> String { ArabicNormalizer.key(s) }
        static func table(_ rows: [(String, [String])]) -> WordTable<String> {
            var d = WordTable<String>()
            for (slug, words) in rows { for w in words { d[ArabicNormalizer.key(w)] = slug } }
            return d
        }
    }
}
