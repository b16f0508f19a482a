import IncidentsSQLite

/// The statements `ingest` runs, prepared once per store and reused for every article.
final class IngestStatements {
    static let now = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

    let findText: Statement
    let findName: Statement
    let findExactName: Statement
    let rekeyName: Statement
    let upsertName: Statement
    let moveName: Statement
    let countOtherNames: Statement
    let renameArticle: Statement
    let deleteArticle: Statement
    let setStamp: Statement
    let oldSearchText: Statement
    let insertArticle: Statement
    let updateArticle: Statement
    let deleteIncidents: Statement
    let insertIncident: Statement
    let searchInsert: Statement
    let searchDelete: Statement
    let findPlace: Statement
    let insertLocalPlace: Statement
    let insertPlaceName: Statement
    let setLastIngest: Statement
    let oldEvents: Statement
    let corrections: Statement

    init(_ db: Database) throws {
        // `text = ?2`: the hash finds the candidates, the text decides (a 64-bit hash may
        // collide).
        findText = try db.prepare("""
            SELECT id, extractor_version, read_with, published FROM articles
            WHERE content_hash = ?1 AND text = ?2 ORDER BY id LIMIT 1
            """, persistent: true)
        findName = try db.prepare(
            "SELECT article_id FROM article_names WHERE name_key = ?1 OR name_key = ?2 LIMIT 1",
            persistent: true)
        findExactName = try db.prepare(
            "SELECT article_id FROM article_names WHERE name_key = ?1 AND source = ?2", persistent: true)
        rekeyName = try db.prepare(
            "UPDATE OR REPLACE article_names SET name_key = ?1 WHERE name_key = ?2", persistent: true)
        upsertName = try db.prepare("""
            INSERT INTO article_names (name_key, source, article_id, first_seen)
            VALUES (?1, ?2, ?3, \(Self.now))
            ON CONFLICT (name_key, source) DO UPDATE SET article_id = excluded.article_id,
                first_seen = CASE WHEN article_id = excluded.article_id THEN first_seen
                                  ELSE excluded.first_seen END
            """, persistent: true)
        moveName = try db.prepare("""
            UPDATE article_names SET article_id = ?2, first_seen = \(Self.now)
            WHERE name_key = ?1 AND article_id <> ?2
            """, persistent: true)
        countOtherNames = try db.prepare(
            "SELECT count(*) FROM article_names WHERE article_id = ?1 AND name_key <> ?2", persistent: true)
        renameArticle = try db.prepare("""
            UPDATE articles SET source = (SELECT source FROM article_names WHERE article_id = ?1
                                          ORDER BY first_seen, rowid LIMIT 1)
            WHERE id = ?1
            """, persistent: true)
        deleteArticle = try db.prepare("DELETE FROM articles WHERE id = ?", persistent: true)
        setStamp = try db.prepare("""
            UPDATE articles SET extractor_version = ?1, read_with = ?2, published = ?3,
                ingested_at = \(Self.now)
            WHERE id = ?4
            """, persistent: true)
        oldSearchText = try db.prepare(
            "SELECT title, text FROM articles WHERE id = ?", persistent: true)
        insertArticle = try db.prepare("""
            INSERT INTO articles (source, content_hash, title, outlet, published, url, text,
                                  ingested_at, extractor_version, read_with)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, \(Self.now), ?8, ?9)
            """, persistent: true)
        updateArticle = try db.prepare("""
            UPDATE articles SET content_hash = ?1, title = ?2, outlet = ?3, published = ?4,
                url = ?5, text = ?6, ingested_at = \(Self.now), extractor_version = ?7,
                read_with = ?8, source = ?9
            WHERE id = ?10
            """, persistent: true)
        deleteIncidents = try db.prepare(
            "DELETE FROM incidents WHERE article_id = ?", persistent: true)
        insertIncident = try db.prepare("""
            INSERT INTO incidents (
                article_id, seq, event_type, sub_event_type, actor, actor2, target, place, pcode,
                governorate, governorate_pcode, district, district_pcode, lat, lon, date,
                date_text, killed, killed_qualifier, wounded, wounded_qualifier, evidence,
                evidence_start, evidence_end, corrected, rejected, event_date, time_precision,
                geo_precision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, persistent: true)
        searchInsert = try db.prepare(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", persistent: true)
        // Contentless FTS5 deletes by replaying the exact values that were indexed.
        searchDelete = try db.prepare(
            "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
            persistent: true)
        findPlace = try db.prepare(
            "SELECT level, name_ar, parent_pcode, governorate_pcode, district_pcode, lat, lon FROM places WHERE pcode = ?",
            persistent: true)
        insertLocalPlace = try db.prepare("""
            INSERT OR IGNORE INTO places (pcode, level, name_ar, name_en, parent_pcode,
                                          governorate_pcode, district_pcode, lat, lon)
            VALUES (?, 5, ?, NULL, ?, ?, ?, NULL, NULL)
            """, persistent: true)
        insertPlaceName = try db.prepare(
            "INSERT OR IGNORE INTO place_names (pcode, name_key, name, lang) VALUES (?, ?, ?, 'ar')",
            persistent: true)
        setLastIngest = try db.prepare("""
            INSERT INTO incidents_meta (key, value) VALUES ('last_ingest_at', \(Self.now))
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, persistent: true)
        oldEvents = try db.prepare(
            "SELECT DISTINCT event_id FROM incidents WHERE article_id = ? AND event_id IS NOT NULL",
            persistent: true)
        corrections = try db.prepare("""
            SELECT evidence_start, evidence_end, seq, field, new_value FROM corrections
            WHERE content_hash = ? ORDER BY id
            """, persistent: true)
    }
}

extension IncidentStore {
    func statements() throws -> IngestStatements {
        if let ingestStatements { return ingestStatements }
        let made = try IngestStatements(database)
        ingestStatements = made
        return made
    }
}
