-- The overview's figures for one region as aggregate SQL (issue #19: "the same aggregates as raw SQL in psql"), run
-- as the application role under row-level security, like the portal. Usage (times with \timing):
--   psql -X -h 127.0.0.1 -p PGPORT -U klusterportal_app -d klusterportal -v region=skala -f infra/load/overview-aggregates.sql
\set ON_ERROR_STOP on
BEGIN READ ONLY;
SELECT set_config('app.region', :'region', true);
\timing on
-- clusters by status (the four figures at the top)
SELECT status, count(*) FROM cluster GROUP BY status;
-- the newest programme's funding: planned and actual per year and per stream (funding and programme panels)
SELECT a.year, a.stream_id, sum(a.planned) AS planned, sum(a.actual) AS actual
FROM funding_amount a JOIN funding_plan p ON p.id = a.plan_id
WHERE p.programme_id = (SELECT id FROM programme ORDER BY start_year DESC, name LIMIT 1)
GROUP BY a.year, a.stream_id ORDER BY a.year;
-- the phase panel's input: met criteria per fixed assessment of the two newest rounds with fixed results
SELECT s.round_id, s.assessment_id, count(*) FILTER (WHERE s.met) AS met, count(*) AS answered
FROM (SELECT a.round_id, a.id AS assessment_id, aa.met FROM assessment a JOIN assessment_answer aa ON aa.assessment_id = a.id
      WHERE a.state = 'FIXED' AND a.round_id IN (SELECT r.id FROM assessment_round r
          WHERE EXISTS (SELECT 1 FROM assessment f WHERE f.round_id = r.id AND f.state = 'FIXED')
          ORDER BY r.opened_at DESC LIMIT 2)) s
GROUP BY s.round_id, s.assessment_id;
-- current ECEI labels by level (the label panel)
SELECT level, count(DISTINCT cluster_id) FROM ecei_label WHERE current_date BETWEEN assessed_on AND valid_until GROUP BY level;
-- latest member counts summed (the programme goals on members)
SELECT sum(sme + large_company + academia + public_sector + other) FROM cluster_member_year y
WHERE year = (SELECT max(year) FROM cluster_member_year);
\timing off
COMMIT;
