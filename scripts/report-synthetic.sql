-- A synthetic database for `incidents report`: 10,000 events spread over every governorate
-- and every town of the gazetteer, every actor, and 10 years, as many distinct map spots
-- as the places and actors allow. Run on a database created by `incidents` (it needs the
-- places and actors tables filled), e.g. after ingesting nothing:
--   incidents ingest --db synth.db --quiet some.txt; sqlite3 synth.db < scripts/report-synthetic.sql
-- Used by Tests/IncidentsCoreTests/ReportPageTests.swift (page size under 2 MB) and by
-- scripts/report-check (a real browser renders it).
-- Every 5th event has no date of its own (approximate), every 11th a killed toll without a
-- number («عشرات»); the evidence and title hold markup and quotes, to check escaping.
CREATE TEMP TABLE sp AS
    SELECT row_number() OVER (ORDER BY pcode) - 1 AS k, pcode, level, name_ar, governorate_pcode, lat, lon
    FROM places WHERE level IN (1, 4) AND lat IS NOT NULL;
CREATE TEMP TABLE sa AS SELECT row_number() OVER (ORDER BY slug) - 1 AS k, slug FROM actors;
INSERT INTO articles (id, source, content_hash, title, outlet, published, url, text, ingested_at)
VALUES (900000, 'synthetic', '0000000000000000', 'خبر <مصطنع> & "اختبار"', 'وكالة «اختبار»',
        '2012-01-01', 'https://example.org/synthetic?a=1&b=2', 'نص مصطنع', '2026-01-01T00:00:00Z');
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999)
INSERT INTO events (id, event_type, sub_event_type, actor, place, pcode, governorate,
    governorate_pcode, place_level, lat, lon, date, published, lead_incident_id, killed_qualifier,
    killed_low, killed_high, killed_best, wounded_low, wounded_high, wounded_best, report_count,
    outlet_count)
SELECT 900000 + i,
    CASE i % 3 WHEN 0 THEN 'Explosions/Remote violence' WHEN 1 THEN 'Battles' ELSE 'Violence against civilians' END,
    CASE i % 3 WHEN 0 THEN 'Air/drone strike' WHEN 1 THEN 'Armed clash' ELSE 'Attack' END,
    (SELECT slug FROM sa WHERE sa.k = (i / (SELECT count(*) FROM sp)) % (SELECT count(*) FROM sa)),
    p.name_ar, p.pcode, g.name_ar, p.governorate_pcode, p.level, p.lat, p.lon,
    CASE WHEN i % 5 = 0 THEN NULL ELSE date('2012-01-01', '+' || (i * 13 % 3650) || ' days') END,
    date('2012-01-01', '+' || (i * 13 % 3650) || ' days'),
    900000 + i,
    CASE WHEN i % 11 = 0 THEN 'vague:عشرات' END,
    CASE WHEN i % 11 = 0 THEN NULL ELSE i % 40 END,
    CASE WHEN i % 11 = 0 THEN NULL ELSE i % 40 + i % 3 END,
    CASE WHEN i % 11 = 0 THEN NULL ELSE i % 40 END,
    i % 7, i % 7, i % 7, 1 + i % 3, 1
FROM n JOIN sp p ON p.k = i % (SELECT count(*) FROM sp) JOIN places g ON g.pcode = p.governorate_pcode;
INSERT INTO incidents (id, article_id, seq, event_type, sub_event_type, actor, place, pcode,
    governorate, governorate_pcode, lat, lon, date, killed, killed_qualifier, wounded, evidence,
    evidence_start, evidence_end, event_id)
SELECT id, 900000, id - 899999, event_type, sub_event_type, actor, place, pcode, governorate,
    governorate_pcode, lat, lon, date, killed_best, killed_qualifier, wounded_best,
    'قتل ' || coalesce(killed_best, 'عشرات') || ' <b>مدنيين</b> & "آخرون" في ' || place, 0, 1, id
FROM events WHERE id >= 900000;
DROP TABLE sp;
DROP TABLE sa;
