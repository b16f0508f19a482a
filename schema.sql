-- schema.sql: the incidents database, schema version 4.
--
-- The single definition of the database: the binary carries a copy (SchemaSQL.swift,
-- written by scripts/gen-schema; a test compares them) and runs it to create a database;
-- `sqlite3 new.db < schema.sql` does the same by hand.
--
-- Conventions used throughout:
--   * Tables are STRICT: a column only accepts values of its declared type.
--   * Dates are text `YYYY-MM-DD` and must be real calendar dates (the CHECKs compare with
--     date(x, '+0 days'), which turns 2024-02-30 into 2024-03-01); times are text
--     `YYYY-MM-DDTHH:MM:SSZ` (UTC).
--   * NULL means "not known". A casualty count of NULL means the article gives no number;
--     it is never written as 0. 0 means the article says nobody was killed/wounded.
--   * Arabic names are stored as written. `*_key` columns hold the matching key of
--     ArabicNormalizer.key: harakat and tatweel removed, alef/yeh/teh-marbuta forms
--     folded, Arabic-Indic digits made ASCII, Latin lower-cased.
--   * `pcode`: OCHA P-codes (SY02 governorate, SY0200 district, SY020000 subdistrict),
--     `GN:<geonameid>` towns, `HAND:`/`REG:`/`LOC:` local places (see places.level).
--   * Foreign keys need `PRAGMA foreign_keys = ON` (the binary sets it; the shell does not).
--
-- Schema changes: edit this file, raise the version here and in Schema.swift, add an upgrade step.

-- The schema version; the binary refuses databases with a newer one.
PRAGMA user_version = 4;

-- Facts about this database file, as key/value text. Keys the binary writes:
--   app             always 'incidents': marks the file as an incidents database
--   schema_version  same number as PRAGMA user_version
--   created_at      when the database was created (UTC)
--   last_ingest_at  when an article was last added or replaced (UTC)
--   gazetteer_hash, actors_hash  fingerprints of the place and actor tables compiled into
--                   the binary that last loaded them (a newer binary reloads on change)
--   search_indexed_through  articles with an id up to this one are in articles_fts; the
--                   others are indexed by the next `incidents search` (ingest skips it)
CREATE TABLE incidents_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) STRICT;

INSERT INTO incidents_meta (key, value) VALUES
    ('app', 'incidents'),
    ('schema_version', '4'),
    ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('search_indexed_through', '0');

-- ---------------------------------------------------------------------------------------
-- Reference data: places and actors (loaded by the binary from its compiled-in tables),
-- and ACLED's taxonomy (filled here).
-- ---------------------------------------------------------------------------------------

-- The gazetteer of Syria: one row per place, in a hierarchy
-- governorate (1) > district (2) > subdistrict (3); towns (4) hang directly under their
-- governorate; local places (5) are names met in article text that the gazetteer lacks,
-- added under the most specific known unit that contains them.
CREATE TABLE places (
    pcode             TEXT PRIMARY KEY NOT NULL,
    -- 1 governorate (محافظة), 2 district (منطقة), 3 subdistrict (ناحية), 4 town or
    -- village, 5 local place added from article text.
    level             INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    name_ar           TEXT NOT NULL,        -- Arabic name (as the gazetteer or article writes it)
    name_en           TEXT,                 -- English name; NULL for local places
    -- The enclosing unit. NULL for governorates (their parent is the country, SY).
    parent_pcode      TEXT REFERENCES places (pcode),
    -- The level-1 ancestor; for a governorate, the governorate itself. Never NULL, so
    -- GROUP BY governorate_pcode covers every place.
    governorate_pcode TEXT NOT NULL REFERENCES places (pcode),
    -- The level-2 ancestor (the place itself for a district); NULL for governorates and
    -- for towns, which the gazetteer attaches to the governorate only.
    district_pcode    TEXT REFERENCES places (pcode),
    lat               REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),   -- WGS84
    lon               REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    CONSTRAINT only_governorates_lack_parent CHECK ((level = 1) = (parent_pcode IS NULL)),
    -- Level 5: 'HAND:<slug>' hand-added places, 'REG:<slug>' named regions (ريف إدلب
    -- الجنوبي, سهل الغاب), 'LOC:<hash>' names met in text or mined from the corpus.
    CONSTRAINT local_pcode CHECK (level <> 5 OR pcode GLOB 'LOC:*' OR pcode GLOB 'HAND:*'
        OR pcode GLOB 'REG:*')
) STRICT;

CREATE INDEX places_parent ON places (parent_pcode);
CREATE INDEX places_governorate ON places (governorate_pcode, level);

-- Every name a place is known by (official name, aliases, Arabic and English), for lookup
-- by any spelling: WHERE name_key = <ArabicNormalizer.key of the name>.
-- (The key columns come first: SQLite 3.40's integrity_check wrongly reports NULLs in a
-- WITHOUT ROWID table whose primary key columns are declared in another order.)
CREATE TABLE place_names (
    pcode    TEXT NOT NULL REFERENCES places (pcode),
    name_key TEXT NOT NULL,                 -- matching key of `name`
    lang     TEXT NOT NULL CHECK (lang IN ('ar', 'en')),
    name     TEXT NOT NULL,                 -- the name as written
    PRIMARY KEY (pcode, name_key, lang)
) STRICT, WITHOUT ROWID;

CREATE INDEX place_names_key ON place_names (name_key);

-- Who does things: canonical actors. Incidents refer to them by slug.
CREATE TABLE actors (
    slug    TEXT PRIMARY KEY NOT NULL,      -- e.g. 'regime', 'russia', 'isis', 'unknown'
    name_ar TEXT NOT NULL,
    name_en TEXT NOT NULL,                  -- ACLED-style actor name
    kind    TEXT NOT NULL CHECK (kind IN ('state', 'foreign_state', 'rebel', 'jihadist',
                                          'militia', 'civilians', 'unknown', 'other'))
) STRICT;

-- The Arabic forms that name each actor in reports (without clitics).
CREATE TABLE actor_names (
    slug     TEXT NOT NULL REFERENCES actors (slug),
    form_key TEXT NOT NULL,                 -- matching key of `form`
    form     TEXT NOT NULL,                 -- as written in the lexicon
    PRIMARY KEY (slug, form_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX actor_names_key ON actor_names (form_key);

-- ACLED's taxonomy: each event type with its own sub event types. Incidents and events
-- refer to a row (a foreign key on the pair), so no other pair can be stored. (Schema
-- version 3; before it, a CHECK on each of the two tables listed the pairs.)
CREATE TABLE event_types (
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    PRIMARY KEY (event_type, sub_event_type)
) STRICT, WITHOUT ROWID;

INSERT INTO event_types (event_type, sub_event_type) VALUES
    ('Battles', 'Government regains territory'),
    ('Battles', 'Non-state actor overtakes territory'),
    ('Battles', 'Armed clash'),
    ('Protests', 'Excessive force against protesters'),
    ('Protests', 'Protest with intervention'),
    ('Protests', 'Peaceful protest'),
    ('Riots', 'Violent demonstration'),
    ('Riots', 'Mob violence'),
    ('Explosions/Remote violence', 'Chemical weapon'),
    ('Explosions/Remote violence', 'Air/drone strike'),
    ('Explosions/Remote violence', 'Suicide bomb'),
    ('Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('Explosions/Remote violence', 'Grenade'),
    ('Violence against civilians', 'Sexual violence'),
    ('Violence against civilians', 'Attack'),
    ('Violence against civilians', 'Abduction/forced disappearance'),
    ('Strategic developments', 'Agreement'),
    ('Strategic developments', 'Arrests'),
    ('Strategic developments', 'Change to group/activity'),
    ('Strategic developments', 'Disrupted weapons use'),
    ('Strategic developments', 'Headquarters or base established'),
    ('Strategic developments', 'Looting/property destruction'),
    ('Strategic developments', 'Non-violent transfer of territory'),
    ('Strategic developments', 'Other');

-- ---------------------------------------------------------------------------------------
-- Articles and what they report.
-- ---------------------------------------------------------------------------------------

-- One row per article; an article is its text, stored once whatever path or name it
-- arrives by (article_names keeps every name). A name arriving with a new text (an edited
-- file) moves to it: the old text keeps its other names, or, with none left, is replaced.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,             -- one of its names (file path or record id), as given
    content_hash TEXT NOT NULL,             -- 64-bit FNV-1a of the UTF-8 text, 16 hex digits
    title        TEXT,
    outlet       TEXT,                      -- publisher, when known
    published    TEXT CONSTRAINT published_is_a_date CHECK (published IS NULL OR (
                     published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND date(published, '+0 days') = published)),   -- YYYY-MM-DD, a real date
    url          TEXT,
    text         TEXT NOT NULL,             -- the full text; evidence offsets index into it
    ingested_at  TEXT NOT NULL,             -- UTC time of the last insert or replacement
    -- What its incidents were read with (version 4; NULL: unknown): the extractor's
    -- version and options ('published=YYYY-MM-DD' or ''). `ingest` reads the text again
    -- when they differ from its own; `incidents reextract` reads every text again.
    extractor_version TEXT,
    read_with    TEXT
) STRICT;

CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);

-- Every name an article arrived by (version 4): a path as typed (seeds/a.txt and
-- ./seeds/a.txt are two rows), a JSON "id", or stdin:<content hash> for standard input.
-- name_key identifies the name: a file's real absolute path (shared by its spellings),
-- stream:<hash> for a pipe, else the name; 'legacy:' || source after an upgrade from 3.
CREATE TABLE article_names (
    name_key   TEXT NOT NULL,
    source     TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    first_seen TEXT NOT NULL,               -- UTC time the name was first met for this text
    PRIMARY KEY (name_key, source)
) STRICT;

CREATE INDEX article_names_article ON article_names (article_id);

-- One row per real-world event, after reports of it in one or more articles have been
-- grouped (ACLED's unit: one day x one place x one actor pair x one event type).
-- Casualty figures combine the reports: low/high are the smallest and largest numbers
-- given, best the one retained; NULL when no report gives a number.
CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    event_type        TEXT NOT NULL,        -- ACLED event type, sub event type: a row of
    sub_event_type    TEXT NOT NULL,        -- event_types
    actor             TEXT NOT NULL REFERENCES actors (slug),
    actor2            TEXT REFERENCES actors (slug),
    target            TEXT,
    place             TEXT,
    pcode             TEXT REFERENCES places (pcode),
    governorate       TEXT,
    governorate_pcode TEXT REFERENCES places (pcode),
    district          TEXT,
    district_pcode    TEXT REFERENCES places (pcode),
    -- How specific `place` is: 1 governorate, 2 district, 3 subdistrict, 4 town, 5 a place
    -- outside the gazetteer, 0 none. A report only joins an event at the same place or
    -- one that contains it.
    place_level       INTEGER NOT NULL DEFAULT 0 CHECK (place_level BETWEEN 0 AND 5),
    lat               REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon               REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    date              TEXT CONSTRAINT date_is_a_date CHECK (date IS NULL OR (
                          date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                          AND date(date, '+0 days') = date)),
    -- Earliest publication date of the articles reporting it.
    published         TEXT,
    -- The day charts and filters use, and ACLED's time_precision: 1 the text's day (=
    -- date), 2 the week (no words about when: the publication day), 3 the month (its 15th,
    -- 1st or last day). geo_precision: 1 the town or neighbourhood at its own point, 2 an
    -- area below a governorate (district, subdistrict, named region, a village the
    -- gazetteer lacks at its unit's point), 3 the governorate only (at its capital).
    event_date        TEXT CHECK (event_date IS NULL OR date(event_date, '+0 days') IS event_date),
    time_precision    INTEGER CHECK (time_precision BETWEEN 1 AND 3),
    geo_precision     INTEGER CHECK (geo_precision BETWEEN 1 AND 3),
    -- The report whose figures and evidence represent the event (the one giving
    -- killed_best, else the first).
    lead_incident_id  INTEGER,
    -- How good killed_best / wounded_best are, to update them as reports arrive:
    -- precision (3 exact, 2 lower bound, 1 approximate) * 100000000 + publication day
    -- as YYYYMMDD of the report that gave them.
    killed_rank       INTEGER,
    wounded_rank      INTEGER,
    -- How killed_best / wounded_best are qualified (the codes of incidents.killed_qualifier);
    -- when no report gives a number, the qualifier that says why (vague:عشرات...).
    killed_qualifier  TEXT,
    wounded_qualifier TEXT,
    killed_low        INTEGER CHECK (killed_low >= 0),
    killed_high       INTEGER CHECK (killed_high >= killed_low),
    killed_best       INTEGER CHECK (killed_best BETWEEN killed_low AND killed_high),
    wounded_low       INTEGER CHECK (wounded_low >= 0),
    wounded_high      INTEGER CHECK (wounded_high >= wounded_low),
    wounded_best      INTEGER CHECK (wounded_best BETWEEN wounded_low AND wounded_high),
    report_count      INTEGER NOT NULL DEFAULT 0 CHECK (report_count >= 0),  -- incidents grouped here
    outlet_count      INTEGER NOT NULL DEFAULT 0 CHECK (outlet_count >= 0),  -- distinct outlets among them
    -- One of ACLED's (event type, sub event type) pairs.
    FOREIGN KEY (event_type, sub_event_type) REFERENCES event_types (event_type, sub_event_type)
) STRICT;

CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_governorate ON events (governorate_pcode, date);
CREATE INDEX events_grouping ON events (event_type, governorate_pcode, date);
CREATE INDEX events_pcode ON events (pcode);
CREATE INDEX events_district ON events (district_pcode);
CREATE INDEX events_actor ON events (actor, date);
-- Totals by region for a governorate (`query --place`, the default grouping) read this
-- index alone, without visiting the rows (added in schema version 2).
CREATE INDEX events_totals ON events (governorate_pcode, governorate, actor, killed_best,
    killed_qualifier, wounded_best, wounded_qualifier);

-- One row per incident as one article reports it (the extractor's output). Several rows,
-- from one or several articles, may describe the same event (event_id).
CREATE TABLE incidents (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL CHECK (seq >= 1),   -- order within the article, from 1
    -- ACLED event type: Battles, Protests, Riots, Explosions/Remote violence,
    -- Violence against civilians, Strategic developments; with the sub event type, a row
    -- of event_types.
    event_type        TEXT NOT NULL,
    sub_event_type    TEXT NOT NULL,        -- e.g. 'Air/drone strike', 'Armed clash'
    actor             TEXT NOT NULL REFERENCES actors (slug),   -- who did it
    actor2            TEXT REFERENCES actors (slug),            -- other side of a clash
    target            TEXT,                 -- 'civilians', 'children', 'medical', an actor slug...
    place             TEXT,                 -- most specific place named, as gazetteer or text names it
    pcode             TEXT REFERENCES places (pcode),           -- that place, when located
    governorate       TEXT,                 -- Arabic governorate name
    governorate_pcode TEXT REFERENCES places (pcode),
    district          TEXT,                 -- Arabic district name
    district_pcode    TEXT REFERENCES places (pcode),
    lat               REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon               REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    date              TEXT CONSTRAINT date_is_a_date CHECK (date IS NULL OR (
                          date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                          AND date(date, '+0 days') = date)),      -- YYYY-MM-DD the date words resolve to
    date_text         TEXT,                 -- the words about when, e.g. «ظهر الخميس»
    -- As in events, for this report alone.
    event_date        TEXT CHECK (event_date IS NULL OR date(event_date, '+0 days') IS event_date),
    time_precision    INTEGER CHECK (time_precision BETWEEN 1 AND 3),
    geo_precision     INTEGER CHECK (geo_precision BETWEEN 1 AND 3),
    -- Casualties: the number the text gives (NULL = no number given; never 0 for unknown)
    -- and how it is qualified:
    --   at_least        «على الأقل»: the number is a lower bound
    --   more_than       «أكثر من»: a strict lower bound
    --   about           «نحو»، «حوالي»: approximate
    --   vague:<word>    «عشرات»... no number; the vague word as written
    --   digits_missing  the digits were stripped from the source text
    --   unspecified     casualties mentioned without any quantity
    -- Both NULL: the text says nothing about this kind of casualty.
    killed            INTEGER CHECK (killed >= 0),
    killed_qualifier  TEXT CONSTRAINT killed_qualifier_code CHECK (killed_qualifier IN (
                          'at_least', 'more_than', 'about', 'digits_missing', 'unspecified')
                          OR killed_qualifier GLOB 'vague:?*'),
    wounded           INTEGER CHECK (wounded >= 0),
    wounded_qualifier TEXT CONSTRAINT wounded_qualifier_code CHECK (wounded_qualifier IN (
                          'at_least', 'more_than', 'about', 'digits_missing', 'unspecified')
                          OR wounded_qualifier GLOB 'vague:?*'),
    evidence          TEXT NOT NULL,        -- the clause the incident was read from
    -- Offsets of the evidence in articles.text, counted in unicode scalars (code points,
    -- as Python string indices and SQLite's substr() count them):
    -- substr(text, evidence_start + 1, evidence_end - evidence_start) = evidence.
    evidence_start    INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end      INTEGER NOT NULL CHECK (evidence_end >= evidence_start),
    event_id          INTEGER REFERENCES events (id) ON DELETE SET NULL,  -- NULL until grouped
    -- Version 4: a correction changed a field of the row; a reviewer rejected it (kept,
    -- but in no event and no total).
    corrected         INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
    rejected          INTEGER NOT NULL DEFAULT 0 CHECK (rejected IN (0, 1)),
    UNIQUE (article_id, seq),
    -- One of ACLED's (event type, sub event type) pairs.
    FOREIGN KEY (event_type, sub_event_type) REFERENCES event_types (event_type, sub_event_type)
) STRICT;

CREATE INDEX incidents_event ON incidents (event_id);
CREATE INDEX incidents_date ON incidents (date);
CREATE INDEX incidents_governorate ON incidents (governorate_pcode, date);
CREATE INDEX incidents_pcode ON incidents (pcode);
CREATE INDEX incidents_district ON incidents (district_pcode);
CREATE INDEX incidents_actor ON incidents (actor, date);
CREATE INDEX incidents_actor2 ON incidents (actor2);
CREATE INDEX incidents_type ON incidents (event_type, sub_event_type);

-- Reviewers' corrections (version 4: `incidents correct`, `reject`, `corrections`), one
-- row per field changed, anchored to the article's text and the evidence span (seq breaks
-- ties), not to row ids: whenever an article's incidents are written, its corrections are
-- applied (latest last) before grouping, so they survive re-ingest and re-extraction.
-- A span no incident has any more leaves the correction kept but "not applied".
CREATE TABLE corrections (
    id             INTEGER PRIMARY KEY,
    content_hash   TEXT NOT NULL,           -- articles.content_hash of the article
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end   INTEGER NOT NULL CHECK (evidence_end >= evidence_start),
    seq            INTEGER NOT NULL CHECK (seq >= 1),   -- incidents.seq when it was made
    -- What changed: killed, wounded (a number >= 0), actor, target (slugs), place (a
    -- pcode), date (YYYY-MM-DD), type ('event type|sub event type'), or rejected ('1').
    field          TEXT NOT NULL CHECK (field IN ('killed', 'wounded', 'actor', 'target',
                       'place', 'date', 'type', 'rejected')),
    old_value      TEXT,                    -- the machine's value when it was made (NULL: none)
    new_value      TEXT NOT NULL,
    note           TEXT NOT NULL CHECK (note <> ''),   -- why: the reviewer's words
    made_at        TEXT NOT NULL            -- UTC time
) STRICT;

CREATE INDEX corrections_article ON corrections (content_hash, evidence_start);

-- Full-text search over articles. Contentless FTS5 (content=''): it stores only the
-- index; rowid = articles.id. The store indexes ArabicNormalizer.key of the title and text
-- (harakat and tatweel removed, letter forms folded), because the unicode61 tokenizer
-- would split words at harakat. Queries must be normalised the same way. Ingest indexes
-- as it goes (no triggers: normalising needs Swift); incidents_meta.search_indexed_through
-- says how far, and `incidents search` adds what is missing first. Example:
--   SELECT a.source, a.title FROM articles_fts f JOIN articles a ON a.id = f.rowid
--   WHERE articles_fts MATCH '"ادلب"' ORDER BY rank;
-- detail = none: the index records which articles hold a word, not where (searches are
-- for words, not phrases), which makes ingesting several times faster and the index small.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = '', detail = none, tokenize = 'unicode61 remove_diacritics 2'
);

-- ---------------------------------------------------------------------------------------
-- Views for reading.
-- ---------------------------------------------------------------------------------------

-- One readable row per incident, with its article and actor names.
CREATE VIEW incident_view AS
SELECT
    i.id,
    a.source          AS article,
    a.title           AS title,
    a.published       AS published,
    i.seq,
    i.event_type,
    i.sub_event_type,
    i.actor,
    act.name_ar       AS actor_ar,
    act.name_en       AS actor_en,
    i.actor2,
    act2.name_ar      AS actor2_ar,
    act2.name_en      AS actor2_en,
    i.target,
    i.place,
    i.pcode,
    i.governorate,
    i.governorate_pcode,
    i.district,
    i.district_pcode,
    i.lat,
    i.lon,
    i.date,
    i.date_text,
    i.killed, i.killed_qualifier,
    i.wounded, i.wounded_qualifier,
    i.evidence, i.evidence_start, i.evidence_end,
    i.event_id, i.corrected, i.rejected
FROM incidents AS i
JOIN articles AS a ON a.id = i.article_id
JOIN actors AS act ON act.slug = i.actor
LEFT JOIN actors AS act2 ON act2.slug = i.actor2;

-- Totals as `incidents query` counts them: EVENTS (an event told by several articles
-- counts once, with its best figure; rejected reports are in none). Columns as in
-- `query --format csv`: killed/wounded sum the known figures; killed_unknown/wounded_unknown
-- count events reporting casualties WITHOUT a number («عشرات القتلى»), so killed is a lower
-- bound; events that mention no deaths count in neither. A NULL governorate_pcode row
-- collects events without a governorate.
CREATE VIEW totals_by_governorate AS
SELECT
    e.governorate_pcode, coalesce(p.name_ar, e.governorate) AS governorate, p.name_en AS governorate_en,
    count(*) AS events, coalesce(sum(e.killed_best), 0) AS killed,
    count(*) FILTER (WHERE e.killed_best IS NULL AND e.killed_qualifier IS NOT NULL) AS killed_unknown,
    coalesce(sum(e.wounded_best), 0) AS wounded,
    count(*) FILTER (WHERE e.wounded_best IS NULL AND e.wounded_qualifier IS NOT NULL) AS wounded_unknown
FROM events AS e
LEFT JOIN places AS p ON p.pcode = e.governorate_pcode
GROUP BY e.governorate_pcode, CASE WHEN e.governorate_pcode IS NULL THEN e.governorate END;

-- Events per actor (the one who did it, `events.actor`), same columns as above.
CREATE VIEW totals_by_actor AS
SELECT
    e.actor, act.name_ar AS actor_ar, act.name_en AS actor_en, act.kind,
    count(*) AS events, coalesce(sum(e.killed_best), 0) AS killed,
    count(*) FILTER (WHERE e.killed_best IS NULL AND e.killed_qualifier IS NOT NULL) AS killed_unknown,
    coalesce(sum(e.wounded_best), 0) AS wounded,
    count(*) FILTER (WHERE e.wounded_best IS NULL AND e.wounded_qualifier IS NOT NULL) AS wounded_unknown
FROM events AS e
JOIN actors AS act ON act.slug = e.actor
GROUP BY e.actor;

-- The same over REPORTS, as `query --reports` counts (an event told by three articles
-- counts three times); rejected reports left out.
CREATE VIEW report_totals_by_governorate AS
SELECT
    i.governorate_pcode, coalesce(p.name_ar, i.governorate) AS governorate, p.name_en AS governorate_en,
    count(*) AS reports, coalesce(sum(i.killed), 0) AS killed,
    count(*) FILTER (WHERE i.killed IS NULL AND i.killed_qualifier IS NOT NULL) AS killed_unknown,
    coalesce(sum(i.wounded), 0) AS wounded,
    count(*) FILTER (WHERE i.wounded IS NULL AND i.wounded_qualifier IS NOT NULL) AS wounded_unknown
FROM incidents AS i
LEFT JOIN places AS p ON p.pcode = i.governorate_pcode
WHERE i.rejected = 0
GROUP BY i.governorate_pcode, CASE WHEN i.governorate_pcode IS NULL THEN i.governorate END;

CREATE VIEW report_totals_by_actor AS
SELECT
    i.actor, act.name_ar AS actor_ar, act.name_en AS actor_en, act.kind,
    count(*) AS reports, coalesce(sum(i.killed), 0) AS killed,
    count(*) FILTER (WHERE i.killed IS NULL AND i.killed_qualifier IS NOT NULL) AS killed_unknown,
    coalesce(sum(i.wounded), 0) AS wounded,
    count(*) FILTER (WHERE i.wounded IS NULL AND i.wounded_qualifier IS NOT NULL) AS wounded_unknown
FROM incidents AS i
JOIN actors AS act ON act.slug = i.actor
WHERE i.rejected = 0
GROUP BY i.actor;

-- One readable row per event, with actor names and the number of articles reporting it.
CREATE VIEW events_view AS
SELECT
    e.id,
    e.date,
    e.event_type,
    e.sub_event_type,
    e.actor,
    act.name_ar                                                     AS actor_ar,
    act.name_en                                                     AS actor_en,
    e.actor2,
    act2.name_ar                                                    AS actor2_ar,
    e.target,
    e.place,
    e.pcode,
    e.governorate,
    e.governorate_pcode,
    e.district,
    e.killed_low,
    e.killed_high,
    e.killed_best,
    e.wounded_low,
    e.wounded_high,
    e.wounded_best,
    e.report_count,
    (SELECT count(DISTINCT i.article_id) FROM incidents AS i WHERE i.event_id = e.id)
                                                                    AS article_count
FROM events AS e
JOIN actors AS act ON act.slug = e.actor
LEFT JOIN actors AS act2 ON act2.slug = e.actor2;
