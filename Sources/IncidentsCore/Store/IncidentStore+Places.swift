import IncidentsSQLite

/// Where an incident happened, as stored in its row.
struct StoredLocation: Equatable {
    var pcode: String?
    var governorate: String?
    var governoratePcode: String?
    var district: String?
    var districtPcode: String?
    var lat: Double?
    var lon: Double?
    /// ACLED's geo_precision of the stored place (`Gazetteer.geoPrecision`).
    var geoPrecision: GeoPrecision?
}

extension IncidentStore {
    /// A unit of the place hierarchy, from the gazetteer or from a `LOC:` row.
    private struct Unit {
        var pcode: String
        var level: Int
        var parent: String?
        var governorate: String
        var district: String?
        /// The gazetteer row; nil for a place learned from text.
        var place: Place?
        /// The key of a learned place's stored name.
        var localKey: String?
        var lat: Double?
        var lon: Double?

        /// True when the place text names this unit (a leading generic noun aside).
        func isNamed(_ text: String, by resolver: PlaceResolver) -> Bool {
            if let place { return resolver.isName(text, of: place) }
            guard let localKey else { return false }
            return PlaceResolver.storeNameKeys(ArabicNormalizer.key(text)).contains(localKey)
        }
    }

    private func unit(_ pcode: String, _ s: IngestStatements) throws -> Unit? {
        let g = places.gazetteer
        if let p = g.place(pcode: pcode) {
            return Unit(
                pcode: pcode, level: p.level.rawValue, parent: p.parent,
                governorate: g.governorate(of: p)?.pcode ?? pcode,
                district: g.linkedDistrict(of: p)?.pcode, place: p, lat: p.lat, lon: p.lon)
        }
        return try s.findPlace.map([.text(pcode)]) { row in
            Unit(
                pcode: pcode, level: row.int(0), parent: row.string(2),
                governorate: row.string(3) ?? pcode, district: row.string(4),
                localKey: ArabicNormalizer.key(row.string(1) ?? ""),
                lat: row.isNull(5) ? nil : row.double(5), lon: row.isNull(6) ? nil : row.double(6))
        }.first
    }

    /// Resolves where an incident happened and stores a local place when needed.
    ///
    /// The extractor hands codes: `pcode` (the place, or the unit that contains it), and
    /// the codes of its governorate and district. Names alone (`governorate`, `district`
    /// as text, for callers that have no codes) are resolved with `PlaceResolver`.
    func locate(_ incident: ExtractedIncident, _ s: IngestStatements) throws -> StoredLocation {
        let placeText = incident.place.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0.trimmingSpaces }
        let placeKey = placeText.map(ArabicNormalizer.key).flatMap { $0.isEmpty ? nil : $0 }
        let resolver = places
        let g = resolver.gazetteer

        // The unit that contains the place (or is it), and whether it is the place itself.
        var container: Unit?
        var exact = false
        if let pcode = incident.pcode {
            guard let found = try unit(pcode, s) else {
                // Not a known place: the foreign key will reject it, with an explanation.
                return StoredLocation(
                    pcode: pcode, governorate: incident.governorate, district: incident.district,
                    lat: incident.lat, lon: incident.lon)
            }
            container = found
            exact = placeText.flatMap { text in placeKey.map { _ in found.isNamed(text, by: resolver) } } ?? true
        } else if let governorate = incident.governoratePcode
            ?? incident.governorate.flatMap({ resolver.governorate(named: $0)?.pcode })
        {
            container = try unit(governorate, s)
            if let district = incident.districtPcode ?? incident.district.flatMap({ name in
                let districts = resolver.places(named: name, in: governorate).filter { $0.level == .district }
                return districts.count == 1 ? districts[0].pcode : nil
            }) {
                container = try unit(district, s) ?? container
            }
            if let placeText, placeKey != nil,
                let pcode = resolver.uniquePlace(named: placeText, in: governorate)?.pcode,
                let match = try unit(pcode, s)
            {
                container = match
                exact = true
            }
        }
        guard var unit = container else {
            // No governorate: keep the text only.
            return StoredLocation(
                pcode: nil, governorate: incident.governorate, district: incident.district,
                lat: incident.lat, lon: incident.lon)
        }
        var pcode: String? = exact ? unit.pcode : nil
        if !exact, let placeText, let placeKey {
            // A local place under the most specific unit known to contain it.
            let localPcode = AnchoredPlaces.localPcode(governorate: unit.governorate, name: placeText)
            let parent = unit.level <= 4 ? unit.pcode : (unit.parent ?? unit.governorate)
            try s.insertLocalPlace.run(
                .text(localPcode), .text(placeText), .text(parent), .text(unit.governorate),
                SQLiteValue(unit.district))
            try s.insertPlaceName.run(.text(localPcode), .text(placeKey), .text(placeText))
            if let stored = try self.unit(localPcode, s) { unit = stored }
            pcode = localPcode
        }
        let governorateName = g.place(pcode: unit.governorate)?.nameAr ?? incident.governorate
        let districtName = unit.district.flatMap { g.place(pcode: $0)?.nameAr } ?? incident.district
        // Towns hang from their governorate in the gazetteer; the extractor knows a town's
        // district when one is named after it: store its code too, so that
        // `--place <district>` finds the town's incidents through an index.
        var districtPcode = unit.district ?? incident.districtPcode
        if districtPcode == nil, let name = incident.district {
            districtPcode = resolver.places(named: name, in: unit.governorate)
                .first { $0.level == .district }?.pcode
        }
        return StoredLocation(
            pcode: pcode, governorate: governorateName, governoratePcode: unit.governorate,
            district: districtName, districtPcode: districtPcode,
            lat: incident.lat ?? (pcode == unit.pcode ? unit.lat : nil),
            lon: incident.lon ?? (pcode == unit.pcode ? unit.lon : nil),
            geoPrecision: g.geoPrecision(
                pcode: pcode ?? unit.pcode, governoratePcode: unit.governorate, name: placeText))
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
