import ArgumentParser
import IncidentsCore

/// Checks the values of `incidents correct` and turns them into what the store records
/// (`Corrections.Field`): a bad value is a ValidationError (exit 64) that says what to give.
enum CorrectionValues {
    /// The target categories the extractor uses besides actor slugs (TargetReader).
    static let targetCategories = ["civilians", "children", "medical", "protesters"]

    static func changes(
        store: IncidentStore, killed: Int?, wounded: Int?, actor: String?, target: String?,
        place: String?, date: String?, type: String?
    ) throws -> [(Corrections.Field, String)] {
        var out: [(Corrections.Field, String)] = []
        if let killed { out.append((.killed, String(killed))) }
        if let wounded { out.append((.wounded, String(wounded))) }
        if let actor { out.append((.actor, try actorSlug(actor, flag: "--actor"))) }
        if let target {
            let t = target.trimmingCharacters(in: .whitespaces).lowercased()
            out.append((.target, targetCategories.contains(t) ? t : try actorSlug(target, flag: "--target")))
        }
        if let place { out.append((.place, try pcode(place, store: store))) }
        if let date { out.append((.date, date)) }
        if let type { out.append((.type, try eventPair(type))) }
        return out
    }

    static func actorSlug(_ name: String, flag: String) throws -> String {
        switch NameResolver.actor(name) {
        case .success(let slug): return slug
        case .failure(let e):
            let extra = flag == "--target" ? " (or one of " + targetCategories.joined(separator: ", ") + ")" : ""
            throw ValidationError("\(flag): \(e.description)\(extra)")
        }
    }

    /// A place code: a code the database knows as given, else the most specific place of
    /// that name (the town rather than the governorate called الرقة); a name that means
    /// several places of the same level must be given as a code.
    static func pcode(_ name: String, store: IncidentStore) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let level = try store.placeLevel(pcode: trimmed), level > 0 { return trimmed }
        switch NameResolver.place(trimmed, store: store) {
        case .failure(let e):
            throw ValidationError("--place: \(e.description)")
        case .success(let found):
            let levels = try found.pcodes.map { (pcode: $0, level: try store.placeLevel(pcode: $0) ?? 0) }
            let deepest = levels.map(\.level).max() ?? 0
            let best = levels.filter { $0.level == deepest }.map(\.pcode)
            if best.count == 1 { return best[0] }
            throw ValidationError("--place: '\(trimmed)' names \(best.count) places (\(best.joined(separator: ", "))); give one of these codes.")
        }
    }

    /// 'event type|sub event type' for a sub event type in any case.
    static func eventPair(_ name: String) throws -> String {
        let lower = name.trimmingCharacters(in: .whitespaces).lowercased()
        for (type, subTypes) in EventTaxonomy.table {
            if let sub = subTypes.first(where: { $0.lowercased() == lower }) { return type + "|" + sub }
        }
        let hint: String
        if let t = EventTaxonomy.table.first(where: { $0.type.lowercased() == lower }) {
            hint = "'\(t.type)' is an event type; give one of its sub event types: " + t.subTypes.joined(separator: ", ")
        } else {
            hint = "give an ACLED sub event type, e.g. \"Air/drone strike\", \"Armed clash\", \"Shelling/artillery/missile attack\", Attack"
        }
        throw ValidationError("--type: unknown sub event type '\(name)': \(hint).")
    }
}
