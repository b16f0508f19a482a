extension IncidentExtractor {
    /// Raise when a change to the extraction rules or word lists changes what is read from
    /// an article (the place and actor tables are covered by `version` without it).
    static let revision = 4

    /// The extractor's version, stored with each article (`articles.extractor_version`):
    /// when it differs from the stored one, `ingest` reads the stored text again and
    /// `incidents reextract` does it for every article. `r<revision>-<hash>`, the hash
    /// covering the compiled-in gazetteer and actor table, so that editing them changes the
    /// version by itself.
    public static let version: String = {
        let tables = PlaceResolver.shared.gazetteer.fingerprint + ActorLexicon.fingerprint
        return "r\(revision)-" + String(ContentHash.hex(tables).prefix(8))
    }()
}

extension ActorLexicon {
    /// A fingerprint of the actor table: part of the extractor's version, and the store
    /// reloads the actors when it changes.
    static let fingerprint: String = {
        var text = ""
        for actor in all {
            text += [actor.slug, actor.nameAr, actor.nameEn, actor.kind.rawValue,
                     actor.formsAr.joined(separator: "|")].joined(separator: "\t") + "\n"
        }
        return ContentHash.hex(text)
    }()
}
