import IncidentsSQLite
import Testing

@testable import IncidentsCore

@Suite struct StoreReferenceDataTests {
    @Test func placesAreLoadedWithTheirHierarchy() throws {
        let store = try IncidentStore(path: ":memory:")
        let db = store.database
        #expect(PlaceTable.all.count == 656)
        // The CSV's rows (less two towns without an Arabic name) and the hand-added places.
        let loaded = Gazetteer.shared.places.count
        let anchored = Gazetteer.shared.places.filter { $0.pcode.hasPrefix("LOC:") }.count
        #expect(loaded == 654 + HandPlaces.all.count + NamedRegions.all.count + anchored)
        #expect(try store.count("places") == loaded)
        let byLevel = try db.prepare("SELECT level, count(*) FROM places GROUP BY level ORDER BY level")
            .map { [$0.int(0), $0.int(1)] }
        #expect(byLevel == [[1, 14], [2, 62], [3, 272], [4, 306], [5, HandPlaces.all.count + NamedRegions.all.count + anchored]])

        // Every place has a governorate that is a level-1 place; governorates are their own.
        #expect(try db.scalar("""
            SELECT count(*) FROM places AS p JOIN places AS g ON g.pcode = p.governorate_pcode
            WHERE g.level = 1 AND (p.level > 1 OR p.governorate_pcode = p.pcode)
            """, as: Int.self) == loaded)
        #expect(try db.scalar(
            "SELECT count(*) FROM places WHERE level > 1 AND governorate_pcode IS NULL", as: Int.self) == 0)
        // Districts and subdistricts have a level-2 ancestor; towns (under a governorate) do not.
        #expect(try db.scalar("""
            SELECT count(*) FROM places AS p JOIN places AS d ON d.pcode = p.district_pcode
            WHERE d.level = 2 AND p.level IN (2, 3)
            """, as: Int.self) == 62 + 272)
        #expect(try db.scalar(
            "SELECT count(*) FROM places WHERE level = 4 AND district_pcode IS NOT NULL", as: Int.self) == 0)
        // A subdistrict's governorate is its district's governorate.
        #expect(try db.scalar("""
            SELECT count(*) FROM places AS p JOIN places AS d ON d.pcode = p.district_pcode
            WHERE p.level = 3 AND p.governorate_pcode <> d.governorate_pcode
            """, as: Int.self) == 0)
        #expect(try db.prepare("PRAGMA foreign_key_check").map { $0.string(0) }.isEmpty)
    }

    @Test func placeNamesFindAPlaceByAnyAlias() throws {
        let store = try IncidentStore(path: ":memory:")
        let find = try store.database.prepare("""
            SELECT DISTINCT p.pcode FROM place_names AS n JOIN places AS p USING (pcode)
            WHERE n.name_key = ? AND p.level = 1
            """)
        for name in ["حلب", "محافظة حلب", "Aleppo Governorate", "aleppo"] {
            let codes = try find.map([.text(ArabicNormalizer.key(name))]) { $0.string(0) }
            #expect(codes == ["SY02"], "\(name)")
        }
        // Spelling variants fold to one key: إدلب / ادلب.
        #expect(try find.map([.text(ArabicNormalizer.key("ادلب"))]) { $0.string(0) } == ["SY07"])
        #expect(try store.database.scalar(
            "SELECT count(*) FROM place_names WHERE lang = 'en' AND name_key <> lower(name_key)", as: Int.self) == 0)
    }

    @Test func actorsAreLoadedWithTheirForms() throws {
        let store = try IncidentStore(path: ":memory:")
        #expect(try store.count("actors") == ActorLexicon.all.count)
        let russia = try store.database.prepare("SELECT name_ar, name_en, kind FROM actors WHERE slug = 'russia'")
            .map { [$0.string(0), $0.string(1), $0.string(2)] }
        #expect(russia == [["القوات الروسية", "Military Forces of Russia", "foreign_state"]])
        let slug = try store.database.scalar(
            "SELECT slug FROM actor_names WHERE form_key = ?",
            arguments: [.text(ArabicNormalizer.key("قسد"))], as: String.self)
        #expect(slug == "sdf")
    }

    @Test func reopeningWritesNothing() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("ref.db")
        let before: [String: Int]
        do { before = try IncidentStore(path: path).rowCounts() }
        let reopened = try IncidentStore(path: path)
        #expect(try reopened.rowCounts() == before)
        // No row was written by the second open.
        #expect(reopened.database.totalChanges == 0)
    }

    @Test func aNewerBinarysActorsAndPlacesAppear() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("upgrade.db")
        do {
            // Pretend an older binary: an actor and a place are missing, and an actor has
            // an outdated name; the fingerprints differ from this binary's.
            let store = try IncidentStore(path: path)
            try store.database.execute("""
                DELETE FROM actor_names WHERE slug = 'ndf';
                DELETE FROM actors WHERE slug = 'ndf';
                UPDATE actors SET name_en = 'old name' WHERE slug = 'russia';
                DELETE FROM place_names WHERE pcode = 'GN:172994';
                DELETE FROM places WHERE pcode = 'GN:172994';
                UPDATE incidents_meta SET value = 'older' WHERE key IN ('actors_hash', 'gazetteer_hash');
                """)
            #expect(try store.count("actors") == ActorLexicon.all.count - 1)
        }
        let store = try IncidentStore(path: path)
        #expect(try store.count("actors") == ActorLexicon.all.count)
        #expect(try store.database.scalar("SELECT name_en FROM actors WHERE slug = 'russia'", as: String.self)
            == "Military Forces of Russia")
        #expect(try store.count("places") == Gazetteer.shared.places.count)
        #expect(try store.database.scalar("SELECT name_ar FROM places WHERE pcode = 'GN:172994'", as: String.self) == "أريحا")
        #expect(try store.meta("actors_hash") == ActorLexicon.fingerprint)
        #expect(try store.database.scalar(
            "SELECT count(*) FROM actor_names WHERE slug = 'ndf'", as: Int.self)! > 0)
    }
}
