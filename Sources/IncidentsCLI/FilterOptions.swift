import ArgumentParser
import IncidentsCore

/// The filters shared by `query` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A governorate, district, town or place name, in Arabic (any spelling: الرقة, الرقه, بالرقة) or English (Raqqa, Ar-Raqqa). Includes everything inside it.",
        valueName: "name"))
    var place: String?

    @Option(help: ArgumentHelp(
        "An actor slug (regime, isis, coalition...) or an Arabic name (قوات النظام, داعش): what it did, and the battles it fought on either side. Repeat for several.",
        valueName: "actor"))
    var actor: [String] = []

    @Option(help: ArgumentHelp(
        "An ACLED event type or sub event type, e.g. Battles, \"Air/drone strike\", Explosions.",
        valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Only incidents on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only incidents on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Flag(help: "Count every article's report separately instead of events (reports of one event merged).")
    var reports = false

    func validate() throws {
        if let place, place.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--place needs a place name, e.g. --place الرقة or --place Raqqa.")
        }
        if actor.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("--actor needs an actor slug or name, e.g. --actor regime or --actor \"قوات النظام\".")
        }
        if let type, type.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--type needs an event type, e.g. --type Battles or --type \"Air/drone strike\".")
        }
        for (flag, v) in [("--from", from), ("--to", to)] {
            if let v, !CalendarDate.isValid(v) {
                throw ValidationError("\(flag) takes a date as YYYY-MM-DD, e.g. \(flag) 2017-06-01 (got '\(v)').")
            }
        }
        if let f = from, let t = to, f > t {
            throw ValidationError("--from \(f) is after --to \(t).")
        }
    }

    /// Resolves names against the gazetteer, the actor list and the database.
    func filter(_ store: IncidentStore) throws -> IncidentFilter {
        var f = IncidentFilter()
        f.reports = reports
        f.from = from
        f.to = to
        if let type {
            switch NameResolver.eventType(type) {
            case .success(let t): f.eventType = t
            case .failure(let e): throw ValidationError(e.description)
            }
        }
        if let place {
            switch NameResolver.place(place, store: store) {
            case .success(let r):
                f.pcodes = r.pcodes
                f.placeKeys = r.names
            case .failure(let e): throw ValidationError(e.description)
            }
        }
        for a in actor {
            switch NameResolver.actor(a) {
            case .success(let slug): f.actors.append(slug)
            case .failure(let e): throw ValidationError(e.description)
            }
        }
        return f
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

extension Grouping: ExpressibleByArgument {}
