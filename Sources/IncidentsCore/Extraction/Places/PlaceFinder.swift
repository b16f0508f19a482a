/// Finds places in a token range.
///
/// - Gazetteer names, longest first, with proclitics on the first word only («وبدير
///   الزور», «بريف دمشق», «لحلب»). Names that are common words need a cue: a place-type
///   noun, a preposition or an anchor (`PlaceLexicon.strict`, `needsCue`).
/// - Place-type nouns (`PlaceLexicon.nouns`) introduce places; after one, a name not in
///   the gazetteer is still a place (up to 3 words, ending at punctuation or a stop word).
/// - «ريف X» is governorate X («ريف حلب الشمالي»); «ريف مدينة X» is the town X;
///   «ريف دمشق» is the governorate ريف دمشق; «محافظة X» is the governorate.
/// - Anchors locate a place: «X شمال (مدينة) Y», «X بريف Y», «X في ريف Y», «X قرب Y»,
///   «X التابعة لـ Y», «X الواقعة إلى الشرق من مدينة Y في ...», chained right to left. An
///   unknown X takes Y's governorate (and district when Y gives one); a known X whose
///   governorate contradicts a firm anchor is read as another place of the same name.
/// - Levels: after «مدينة/بلدة/قرية» the town row; after «ناحية» the subdistrict; after
///   «منطقة» the district; after «محافظة» the governorate; a bare name prefers town,
///   governorate, district, subdistrict, in that order.
/// - Foreign places and borders are returned flagged `isForeign`, without a governorate.
public enum PlaceFinder {
    /// Mentions in `tokens[range]`, in text order (names given as keys when unknown).
    public static func mentions(in tokens: [Token], range: Range<Int>) -> [PlaceMention] {
        var f = PlaceScanner(t: tokens, scalars: nil, range: range)
        return f.run()
    }

    /// Mentions in `text.tokens[range]`, unknown names spelled as written.
    public static func mentions(in text: TokenizedText, range: Range<Int>) -> [PlaceMention] {
        var f = PlaceScanner(t: text.tokens, scalars: text.scalars, range: range)
        return f.run()
    }

    // MARK: - Tables

    enum Tables {
        static let gazetteer = PlaceResolver.shared.gazetteer
        static let foreignByFirst: WordTable<[[String]]> = byFirst(Abroad.places)
        static let syriaByFirst: WordTable<[[String]]> = byFirst(PlaceLexicon.syria.keys)
        static let rif = ArabicNormalizer.key("ريف")
        static let prepositionKeys = PlaceLexicon.prepositions
        static let orgHeads = WordSet(.exact, [
            "مجلس", "حملة", "تنسيقية", "شبكة", "جامعة", "نادي", "فريق", "تجمع", "اتحاد",
            "إذاعة", "قناة", "صحيفة", "جريدة", "موقع", "وكالة", "لواء", "كتيبة", "تنسيقيات",
            "ومجلس", "لمجلس",
        ])
        static let nameStarters = WordSet(.exact, ["جديد", "جديدة"])
        static let listIntro = WordSet(.exact, ["هي", "وهي", "هما", "منها"])
        static let loneClitics = WordSet(.exact, [
            "ل", "ب", "و", "ف", "لل", "ول", "وب", "فب", "فل",
        ])
        static let fi = WordSet(.exact, ["في", "فى"])
        static let nounsAfterFi = WordSet(.exact, [
            "ريف", "محافظة", "محيط", "أطراف",
        ])
        /// Foreign adjectives that put a place outside Syria when they follow it (not
        /// «الروسية»: «قاعدة حميميم الروسية» is in Syria).
        static let outsideAdjectives: WordSet = WordSet(.exact, Abroad.outsideDemonyms)
        static let foreignDisplay: [String: String] = {
            var d: [String: String] = [:]
            for f in Abroad.places where d[ArabicNormalizer.wordKey(f)] == nil {
                d[ArabicNormalizer.wordKey(f)] = f
            }
            return d
        }()

        /// What can start a mention: gazetteer names, place-type nouns, back-references,
        /// foreign places, borders, stations.
        static let index: CliticReadings = {
            var words = Set<String>()
            words.formUnion(PlaceLexicon.nouns.keys)
            words.formUnion(PlaceLexicon.generic.keys)
            words.formUnion(foreignByFirst.keys)
            words.formUnion(syriaByFirst.keys)
            words.formUnion(PlaceLexicon.border.keys)
            words.formUnion(PlaceLexicon.station.keys)
            let gaz = Set(gazetteer.scanByFirst.keys).subtracting(words)
            return CliticReadings(groups: [(Array(words), 2), (Array(gaz), 3)])
        }()
        /// Words between a place and its anchor (read only around mentions).
        static let connectorIndex: CliticReadings = {
            var words = Set<String>()
            words.formUnion(PlaceLexicon.directions.keys)
            words.formUnion(PlaceLexicon.connectors.keys)
            words.formUnion(PlaceLexicon.strongConnectors.keys)
            words.formUnion(PlaceLexicon.nouns.keys)
            words.formUnion(PlaceLexicon.generic.keys)
            return CliticReadings(stems: words)
        }()

        static func byFirst(_ list: [String]) -> WordTable<[[String]]> {
            var d = WordTable<[[String]]>()
            for f in list {
                let w = ArabicNormalizer.wordKey(f).split(separator: " ").map(String.init)
                guard let first = w.first else { continue }
                d[first, default: []].append(Array(w.dropFirst()))
            }
            return d.mapValues { $0.sorted { $0.count > $1.count } }
        }
    }
}
