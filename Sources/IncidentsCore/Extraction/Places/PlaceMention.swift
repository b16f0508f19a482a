/// One place named in the text.
public struct PlaceMention: Sendable, Equatable {
    /// Display name: the gazetteer's `nameAr` when matched (the row's own name, not the
    /// alias the text used: «كوباني» → «عين العرب»), else the words as written with harakat
    /// stripped. Neighbourhood and landmark names keep their noun («حي الحميدية»,
    /// «سد أبو كلة», «بادية تدمر»); settlement nouns are dropped («قرية حطلة» → «حطلة»).
    /// `mentions(in: [Token], ...)` has no original text: unknown names are then given as
    /// their keys («حاره البدو»).
    public var name: String
    /// Token indices, from the place-type noun (and a lone «لـ») to the last word read
    /// (direction adjectives of «ريف حلب الشمالي» included).
    public var range: Range<Int>
    /// The gazetteer row, when the name is in the gazetteer and its reading is certain.
    public var place: Place?
    /// The governorate: the row's, or the anchor's for a place the gazetteer lacks
    /// («حطلة بريف دير الزور» → دير الزور). Nil when the text does not support one.
    public var governorate: Place?
    /// The district, when the row or the anchor gives it.
    public var district: Place?
    /// A back-reference («المدينة», «البلدة», «ريف المدينة»): the caller resolves it from
    /// the places named before.
    public var isGeneric: Bool
    /// Outside Syria («لبنان», «مدينة كلس التركية», «X في تركيا») or a border with another
    /// country («الحدود العراقية»): never given a governorate.
    public var isForeign: Bool
    /// Every gazetteer row the words could name (empty for a name not in the gazetteer).
    /// When they lie in several governorates and nothing in the range decides, `place`
    /// and `governorate` are nil and the caller may decide from the article.
    public var candidates: [Place]
    /// Located relative to a back-reference («ضاحية جزرة غرب المدينة»): the governorate
    /// is that of the place the back-reference points to, which the caller knows.
    public var anchoredToGeneric: Bool

    public init(
        name: String, range: Range<Int>, place: Place? = nil, governorate: Place? = nil,
        district: Place? = nil, isGeneric: Bool = false, isForeign: Bool = false,
        candidates: [Place] = [], anchoredToGeneric: Bool = false
    ) {
        self.name = name
        self.range = range
        self.place = place
        self.governorate = governorate
        self.district = district
        self.isGeneric = isGeneric
        self.isForeign = isForeign
        self.candidates = candidates
        self.anchoredToGeneric = anchoredToGeneric
    }
}
