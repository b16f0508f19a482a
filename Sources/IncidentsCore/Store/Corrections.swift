import IncidentsSQLite

/// A reviewer's corrections of extracted incidents (table `corrections`): the rule that
/// finds the incident a correction is about and what each field's correction does.
///
/// A correction is anchored to the article's text (`content_hash`) and the incident's
/// evidence span, never to row ids: re-ingesting or re-extracting the article writes new
/// rows, and the correction finds its incident again by the span. When several incidents
/// share the span (one clause telling two incidents), the one with the recorded `seq` is
/// taken, else the first. A span no incident has any more leaves the correction unapplied
/// (kept, and applied again if the span comes back).
public enum Corrections {
    /// What a correction changes (`corrections.field`).
    public enum Field: String, CaseIterable, Sendable {
        case killed, wounded, actor, target, place, date, type, rejected
    }

    /// One stored correction, as the store applies it.
    struct Stored {
        var start: Int
        var end: Int
        var seq: Int
        var field: Field?
        var value: String

        /// A row of `IngestStatements.corrections`.
        init(_ row: Row) {
            start = row.int(0)
            end = row.int(1)
            seq = row.int(2)
            field = row.string(3).flatMap(Field.init(rawValue:))
            value = row.string(4) ?? ""
        }

        init(start: Int, end: Int, seq: Int, field: Field, value: String) {
            self.start = start
            self.end = end
            self.seq = seq
            self.field = field
            self.value = value
        }
    }

    /// An incident after review.
    struct Reviewed {
        var incident: ExtractedIncident
        var corrected = false
        var rejected = false
    }

    /// The index of the incident `c` is about among `incidents` (in seq order), if any.
    static func target(of c: Stored, in incidents: [ExtractedIncident]) -> Int? {
        let same = incidents.indices.filter {
            incidents[$0].evidenceStart == c.start && incidents[$0].evidenceEnd == c.end
        }
        return same.first { $0 + 1 == c.seq } ?? same.first
    }

    /// `incidents` with `corrections` applied in order (a later correction of a field wins).
    /// `placeName` gives the Arabic name of a place code.
    static func apply(
        _ corrections: [Stored], to incidents: [ExtractedIncident], placeName: (String) -> String?
    ) -> [Reviewed] {
        var out = incidents.map { Reviewed(incident: $0) }
        for c in corrections {
            guard let field = c.field, let i = target(of: c, in: incidents) else { continue }
            if field == .rejected {
                out[i].rejected = c.value == "1"
                continue
            }
            set(field, c.value, on: &out[i].incident, placeName: placeName)
            out[i].corrected = true
        }
        return out
    }

    /// Writes one field's corrected value into an incident.
    static func set(
        _ field: Field, _ value: String, on incident: inout ExtractedIncident, placeName: (String) -> String?
    ) {
        switch field {
        case .killed: incident.killed = Casualty(value: Int(value))
        case .wounded: incident.wounded = Casualty(value: Int(value))
        case .actor: incident.actor = value
        case .target: incident.target = value
        case .date:
            // A day a reviewer gives is the event's day (time_precision 1).
            incident.date = value
            incident.eventDate = value
            incident.timePrecision = .day
        case .type:
            let parts = value.split(separator: "|", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                incident.eventType = parts[0]
                incident.subEventType = parts[1]
            }
        case .place:
            // The place is the unit itself: the store derives governorate, district and
            // coordinates from the code.
            incident.pcode = value
            incident.place = placeName(value)
            incident.governorate = nil
            incident.governoratePcode = nil
            incident.district = nil
            incident.districtPcode = nil
            incident.lat = nil
            incident.lon = nil
        case .rejected:
            break
        }
    }

    /// The value of `field` in an incident, as `corrections.old_value` records it (nil:
    /// none). A figure without a number records its qualifier (`vague:عشرات`).
    static func value(of field: Field, in incident: ExtractedIncident) -> String? {
        switch field {
        case .killed: return incident.killed.value.map(String.init) ?? incident.killed.qualifier?.code
        case .wounded: return incident.wounded.value.map(String.init) ?? incident.wounded.qualifier?.code
        case .actor: return incident.actor
        case .target: return incident.target
        case .place: return incident.pcode ?? incident.place
        case .date: return incident.date
        case .type: return incident.eventType + "|" + incident.subEventType
        case .rejected: return "0"
        }
    }
}
