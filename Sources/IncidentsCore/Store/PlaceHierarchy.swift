/// The compiled-in gazetteer (`PlaceTable.all`) with what the database stores about each
/// place beyond the CSV: its governorate and district ancestors and the keys of its names.
struct PlaceHierarchy: Sendable {
    struct Entry: Sendable {
        var place: Place
        /// The level-1 ancestor (the place itself for a governorate).
        var governorate: String
        /// The level-2 ancestor (the place itself for a district), when there is one.
        var district: String?
        /// ArabicNormalizer.key of every Arabic and English name.
        var keys: Set<String>
    }

    let entries: [String: Entry]
    /// Places in an order where every parent comes before its children.
    let ordered: [Entry]
    /// Key of a governorate name or alias → its pcode.
    let governorateByKey: [String: String]
    /// "<governorate pcode>|<name key>" → pcodes of places (levels 2-4) with that name.
    let byGovernorateAndKey: [String: [String]]

    static let shared = PlaceHierarchy(Gazetteer.shared.places)

    init(_ places: [Place]) {
        var byPcode: [String: Place] = [:]
        for place in places where byPcode[place.pcode] == nil { byPcode[place.pcode] = place }

        func ancestor(of place: Place, level: Place.Level) -> String? {
            var current: Place? = place
            var steps = 0
            while let p = current, steps < 16 {
                if p.level == level { return p.pcode }
                if p.level < level { return nil }
                current = p.parent.flatMap { byPcode[$0] }
                steps += 1
            }
            return nil
        }

        var entries: [String: Entry] = [:]
        var governorateByKey: [String: String] = [:]
        var byGovernorateAndKey: [String: [String]] = [:]
        for place in byPcode.values {
            let keys = Set(([place.nameAr, place.nameEn] + place.aliasesAr + place.aliasesEn)
                .map(ArabicNormalizer.key).filter { !$0.isEmpty })
            let governorate = ancestor(of: place, level: .governorate) ?? place.pcode
            entries[place.pcode] = Entry(
                place: place, governorate: governorate,
                district: ancestor(of: place, level: .district), keys: keys)
            if place.level == .governorate {
                for key in keys where governorateByKey[key] == nil { governorateByKey[key] = place.pcode }
            } else {
                for key in keys { byGovernorateAndKey[governorate + "|" + key, default: []].append(place.pcode) }
            }
        }
        self.entries = entries
        self.ordered = entries.values.sorted {
            ($0.place.level, $0.place.pcode) < ($1.place.level, $1.place.pcode)
        }
        self.governorateByKey = governorateByKey
        self.byGovernorateAndKey = byGovernorateAndKey.mapValues { $0.sorted() }
    }

    /// The one place (levels 2-4) of a governorate with this name key. Names shared
    /// across levels are common (the district أريحا and the town أريحا): a town is
    /// preferred, then a subdistrict, then a district; two matches at the chosen level
    /// make the name ambiguous (nil).
    func unique(named key: String, in governorate: String) -> String? {
        guard let matches = byGovernorateAndKey[governorate + "|" + key] else { return nil }
        for level in [Place.Level.town, .subdistrict, .district] {
            let atLevel = matches.filter { entries[$0]?.place.level == level }
            if atLevel.count == 1 { return atLevel[0] }
            if atLevel.count > 1 { return nil }
        }
        return nil
    }

    /// A fingerprint of the gazetteer as the database stores it; a change makes the store
    /// reload the places.
    var fingerprint: String {
        var text = ""
        for entry in ordered {
            let p = entry.place
            text += [p.pcode, String(p.level.rawValue), p.nameAr, p.nameEn, p.parent ?? "",
                     p.lat.map { "\($0)" } ?? "", p.lon.map { "\($0)" } ?? "",
                     p.aliasesAr.joined(separator: "|"), p.aliasesEn.joined(separator: "|")]
                .joined(separator: "\t") + "\n"
        }
        return ContentHash.hex(text)
    }
}

extension ActorLexicon {
    /// A fingerprint of the actor table; a change makes the store reload the actors.
    static var fingerprint: String {
        var text = ""
        for actor in all {
            text += [actor.slug, actor.nameAr, actor.nameEn, actor.kind.rawValue,
                     actor.formsAr.joined(separator: "|")].joined(separator: "\t") + "\n"
        }
        return ContentHash.hex(text)
    }
}
