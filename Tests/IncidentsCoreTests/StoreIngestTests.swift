import IncidentsSQLite
import Testing

@testable import IncidentsCore

@Suite struct StoreIngestTests {
    @Test func newUnchangedUpdated() throws {
        let store = try IncidentStore(path: ":memory:")
        let reference = try store.rowCounts()

        #expect(try store.ingest(Sample.article(), incidents: [Sample.incident(), Sample.incident(actor: "regime")]) == .new)
        var counts = try store.rowCounts()
        #expect(counts["articles"] == 1)
        #expect(counts["incidents"] == 2)
        #expect(counts["places"] == reference["places"])
        #expect(try store.meta("last_ingest_at") != nil)

        // Ingesting the same source and text again changes nothing at all.
        let changesBefore = store.database.totalChanges
        #expect(try store.ingest(Sample.article(), incidents: [Sample.incident()]) == .unchanged)
        #expect(try store.rowCounts() == counts)
        #expect(store.database.totalChanges == changesBefore)

        // Same source, new text: the article is replaced, with its incidents.
        let articleID = try store.database.scalar("SELECT id FROM articles", as: Int.self)
        let newText = Sample.text + " وفي وقت لاحق ارتفع العدد."
        #expect(try store.ingest(Sample.article(text: newText, title: "عنوان جديد"), incidents: [Sample.incident(actor: "unknown")]) == .updated)
        counts = try store.rowCounts()
        #expect(counts["articles"] == 1)
        #expect(counts["incidents"] == 1)
        #expect(try store.database.scalar("SELECT id FROM articles", as: Int.self) == articleID)
        let row = try store.database.prepare("SELECT title, text, content_hash FROM articles").map {
            [$0.string(0), $0.string(1), $0.string(2)]
        }
        #expect(row == [["عنوان جديد", newText, IncidentStore.contentHash(of: newText)]])
        #expect(try store.database.scalar("SELECT actor FROM incidents", as: String.self) == "unknown")

        // Another source with a different text is another article.
        #expect(try store.ingest(Sample.article("seeds/002.txt", text: "نص آخر"), incidents: []) == .new)
        #expect(try store.counts() == (articles: 2, incidents: 1, events: 1))
        #expect(try store.counts().articles == 2)
        #expect(try store.counts().incidents == 1)
    }

    @Test func sameTextUnderAnotherSourceIsTheSameArticle() throws {
        let store = try IncidentStore(path: ":memory:")
        let hash = IncidentStore.contentHash(of: Sample.text)
        #expect(try store.articleSource(withHash: hash) == nil)
        try store.ingest(Sample.article("a.txt"), incidents: [Sample.incident()])
        #expect(try store.ingest(Sample.article("b.txt"), incidents: [Sample.incident()]) == .alreadyStored)
        #expect(try store.counts() == (articles: 1, incidents: 1, events: 1))
        #expect(try store.articleSource(withHash: hash) == "a.txt")
        #expect(try store.count("article_names") == 2)
    }

    @Test func contentHashIsStableFNV1a() {
        // Published FNV-1a 64 test vectors.
        #expect(ContentHash.hex("") == "cbf29ce484222325")
        #expect(ContentHash.hex("a") == "af63dc4c8601ec8c")
        #expect(ContentHash.hex("foobar") == "85944171f73967e8")
        #expect(ContentHash.hex("قصف") != ContentHash.hex("قصف "))
    }

    @Test func unknownCasualtiesStayNull() throws {
        let store = try IncidentStore(path: ":memory:")
        let incidents = [
            Sample.incident(killed: .none, wounded: .none),
            Sample.incident(killed: Casualty(qualifier: .vague("عشرات")), wounded: Casualty(value: 0)),
            Sample.incident(killed: Casualty(value: 5, qualifier: .atLeast), wounded: Casualty(qualifier: .digitsMissing)),
        ]
        try store.ingest(Sample.article(), incidents: incidents)
        let rows = try store.database.prepare("""
            SELECT killed, killed_qualifier, wounded, wounded_qualifier FROM incident_view ORDER BY seq
            """).map { [$0.value(0), $0.value(1), $0.value(2), $0.value(3)] }
        #expect(rows == [
            [.null, .null, .null, .null],
            [.null, .text("vague:عشرات"), .integer(0), .null],
            [.integer(5), .text("at_least"), .null, .text("digits_missing")],
        ])
        // Read back into the model: nil, not 0.
        let killed = try store.database.prepare("SELECT killed FROM incidents ORDER BY seq").map {
            try $0.decode(0, as: Int?.self)
        }
        #expect(killed == [nil, nil, 5])
        let qualifiers = try store.database.prepare("SELECT killed_qualifier FROM incidents ORDER BY seq").map {
            $0.string(0).flatMap(Casualty.Qualifier.init(code:))
        }
        #expect(qualifiers == [nil, .vague("عشرات"), .atLeast])

        // Three events (one article's reports are never grouped). killed_unknown counts the
        // ones that report deaths without a number («عشرات»), not those that say nothing.
        for view in ["totals_by_governorate", "report_totals_by_governorate"] {
            let totals = try store.database.prepare("""
                SELECT \(view.hasPrefix("report") ? "reports" : "events"), killed, killed_unknown,
                       wounded, wounded_unknown
                FROM \(view) WHERE governorate_pcode = 'SY07'
                """).map { row in (0..<5).map { row.int(Int32($0)) } }
            #expect(totals == [[3, 5, 1, 0, 1]], "\(view)")
        }
        let byActor = try store.database.prepare(
            "SELECT actor, events, killed, killed_unknown FROM totals_by_actor").map {
                [$0.string(0) ?? "", String($0.int(1)), String($0.int(2)), String($0.int(3))]
            }
        #expect(byActor == [["russia", "3", "5", "1"]])
    }

    @Test func aRejectedIncidentLeavesNothingOfTheArticle() throws {
        let store = try IncidentStore(path: ":memory:")
        let before = try store.rowCounts()
        let incidents = [
            Sample.incident(place: "حي جديد لا يعرفه المعجم"),  // would add a local place
            Sample.incident(actor: "no_such_actor"),
        ]
        let error = caughtStoreError { try store.ingest(Sample.article(), incidents: incidents) }
        guard case .incidentRejected(let source, let seq, let reason, let sqlite) = error else {
            Issue.record("expected incidentRejected, got \(String(describing: error))")
            return
        }
        #expect(source == Sample.article().source)
        #expect(seq == 2)
        #expect(reason == "unknown actor 'no_such_actor'")
        #expect(sqlite.code == .constraintForeignKey)
        #expect(error?.description.contains("nothing of this article was stored") == true)
        #expect(try store.rowCounts() == before)
        #expect(try store.searchArticles("أريحا", limit: 5).isEmpty)
        #expect(!store.database.isInTransaction)

        // A pair that is not a row of event_types is rejected the same way.
        var bad = Sample.incident()
        bad.subEventType = "Armed clash"
        let checkError = caughtStoreError { try store.ingest(Sample.article(), incidents: [bad]) }
        guard case .incidentRejected(_, 1, let pairReason, let pairSQLite) = checkError else {
            Issue.record("expected incidentRejected, got \(String(describing: checkError))")
            return
        }
        #expect(pairSQLite.code == .constraintForeignKey)
        #expect(pairReason == "'Armed clash' is not a sub event type of 'Explosions/Remote violence'")
        #expect(try store.rowCounts() == before)
    }

    @Test func anInvalidPublicationDateRejectsTheArticle() throws {
        let store = try IncidentStore(path: ":memory:")
        var article = Sample.article()
        article.published = "2019-02-30"
        let error = caughtStoreError { try store.ingest(article, incidents: [Sample.incident()]) }
        guard case .articleRejected(_, let sqlite) = error else {
            Issue.record("expected articleRejected, got \(String(describing: error))")
            return
        }
        #expect(sqlite.message == "CHECK constraint failed: published_is_a_date")
        #expect(try store.counts().articles == 0)
    }

    @Test func batchedIngestKeepsGoodArticlesWhenOneFails() throws {
        let store = try IncidentStore(path: ":memory:")
        var outcomes: [IncidentStore.IngestOutcome] = []
        var failures = 0
        try store.withTransaction {
            #expect(store.database.isInTransaction)
            for n in 1...5 {
                let actor = n == 3 ? "nobody" : "regime"
                do {
                    outcomes.append(try store.ingest(
                        Sample.article("batch/\(n).txt", text: "خبر رقم \(n)"),
                        incidents: [Sample.incident(actor: actor)]))
                } catch is StoreError {
                    failures += 1
                }
            }
        }
        #expect(outcomes == [.new, .new, .new, .new])
        #expect(failures == 1)
        // The four articles report the same strike (same day, place, actor): one event.
        #expect(try store.counts() == (articles: 4, incidents: 4, events: 1))
        #expect(!store.database.isInTransaction)

        // An error thrown by the batch body rolls the whole batch back and passes through.
        struct Stop: Error {}
        do {
            try store.withTransaction {
                try store.ingest(Sample.article("batch/6.txt", text: "خبر ٦"), incidents: [])
                throw Stop()
            }
            Issue.record("expected Stop")
        } catch is Stop {}
        #expect(try store.counts().articles == 4)
    }

    @Test func placesResolveThroughTheGazetteer() throws {
        let store = try IncidentStore(path: ":memory:")
        let ariha = try #require(PlaceTable.all.first { $0.nameAr == "أريحا" && $0.level == .district })
        let incidents = [
            // 1. pcode given and the place is that unit.
            Sample.incident(place: "أريحا", pcode: ariha.pcode, governorate: "إدلب"),
            // 2. no pcode: found by name within the named governorate.
            Sample.incident(place: "مدينة أريحا", pcode: nil, governorate: "ادلب"),
            // 3. a place the gazetteer lacks, in a known governorate: a local place.
            Sample.incident(place: "حيّ الضبيط", pcode: nil, governorate: "إدلب"),
            // 4. the same local place written with other harakat: the same row.
            Sample.incident(place: "حي الضّبيط", pcode: nil, governorate: "محافظة إدلب"),
            // 5. a local place inside a given district.
            Sample.incident(place: "مزرعة النجار", pcode: ariha.pcode, governorate: "إدلب"),
            // 6. no governorate: the text only.
            Sample.incident(place: "قرية ما", pcode: nil, governorate: nil),
        ]
        try store.ingest(Sample.article(), incidents: incidents)
        let rows = try store.database.prepare("""
            SELECT i.place, i.pcode, i.governorate, i.governorate_pcode, i.district, i.district_pcode,
                   p.level, p.parent_pcode, i.lat IS NOT NULL
            FROM incidents AS i LEFT JOIN places AS p ON p.pcode = i.pcode ORDER BY i.seq
            """).map { row in (0..<9).map { row.string(Int32($0)) } }
        try #require(rows.count == 6)
        // Exact gazetteer places carry their coordinates.
        #expect(rows[0] == ["أريحا", ariha.pcode, "إدلب", "SY07", "أريحا", ariha.pcode, "2", "SY07", "1"])
        // The name is both a district and a town: the town is meant.
        #expect(rows[1] == ["مدينة أريحا", "GN:172994", "إدلب", "SY07", nil, nil, "4", "SY07", "1"])
        let local = try #require(rows[2][1])
        #expect(local.hasPrefix("LOC:"))
        #expect(rows[2][2...7] == ["إدلب", "SY07", nil, nil, "5", "SY07"])
        #expect(rows[2][8] == "0")
        #expect(rows[3][1] == local)
        let localInDistrict = try #require(rows[4][1])
        #expect(localInDistrict.hasPrefix("LOC:") && localInDistrict != local)
        #expect(rows[4][5...7] == [ariha.pcode, "5", ariha.pcode])
        #expect(rows[5] == ["قرية ما", nil, nil, nil, nil, nil, nil, nil, "0"])

        let compiled = Gazetteer.shared.places.filter { $0.pcode.hasPrefix("LOC:") }.count
        #expect(try store.database.scalar("SELECT count(*) FROM places WHERE level = 5 AND pcode GLOB 'LOC:*'", as: Int.self) == 2 + compiled)
        #expect(try store.database.scalar(
            "SELECT pcode FROM place_names WHERE name_key = ?",
            arguments: [.text(ArabicNormalizer.key("حي الضبيط"))], as: String.self) == local)
        #expect(try store.database.prepare("PRAGMA foreign_key_check").map { $0.string(0) }.isEmpty)

        // The local place's pcode is stable across databases.
        let other = try IncidentStore(path: ":memory:")
        try other.ingest(Sample.article(), incidents: [incidents[2]])
        #expect(try other.database.scalar("SELECT pcode FROM incidents", as: String.self) == local)
    }

    @Test func incidentViewReadsLikeTheReport() throws {
        let store = try IncidentStore(path: ":memory:")
        var clash = Sample.incident(actor: "regime")
        clash.eventType = "Battles"
        clash.subEventType = "Armed clash"
        clash.actor2 = "opposition"
        try store.ingest(Sample.article(), incidents: [clash])
        let row = try store.database.prepare("""
            SELECT article, title, event_type, actor, actor_ar, actor_en, actor2, actor2_en,
                   governorate, date, date_text, evidence
            FROM incident_view
            """).map { row in (0..<12).map { row.string(Int32($0)) } }
        #expect(row == [[
            "seeds/001.txt", "قصف على أريحا", "Battles", "regime", "قوات النظام السوري",
            "Military Forces of Syria", "opposition", "Opposition Rebels (Syria)", "إدلب",
            "2019-05-02", "ظهر الخميس", "قُتِلَ ثلاثةُ مدنيين وجُرِحَ آخرون",
        ]])
    }
}
