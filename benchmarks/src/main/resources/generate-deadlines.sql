-- Data for the sweep benchmark (docs/PERFORMANCE.md): 100 tenants, 250,000 complaints, 1,000,000 open clocks and
-- 500,000 completed ones, in the steady state of a sweep that has kept up until "now".
--
-- Plain PostgreSQL for a Redress database at the current schema, run by the benchmark through JDBC or by hand:
--   psql -v ON_ERROR_STOP=1 -d redress -f generate-deadlines.sql
-- Not in one transaction (no psql -1): VACUUM at the end cannot run inside one. It first removes what an earlier
-- run left, so it can be run again. Every statement ends with ";" at the end of a line; the benchmark splits there.
--
-- The open clocks (by row number n):
--   * due times spread evenly from now - 30 days to now + 30 days; each clock started 1 hour to 45 days before
--     its due time, and never after now;
--   * escalation ladder: rungs at 80 % (warning), 100 % (due), 150 % and 200 % of the clock's duration;
--   * every 50th clock (n % 50 = 25) is paused while the case waits for the customer: no next action;
--   * every 1,000th clock (n % 1000 = 0, exactly 1,000 rows) is overdue with its last reached rung not yet
--     applied: these are the rows the sweep finds (next_action_at <= now);
--   * all the others have applied every rung reached by now; next_action_at is their next rung, or NULL when
--     all four are applied.
-- "now" is fixed so that the data and the figures repeat; the benchmark reads it back from this setting.

-- day arithmetic on timestamps follows the session's zone: UTC has no DST
SET TIME ZONE 'UTC';
-- Each commit waits for its WAL, PostgreSQL's default (the embedded server turns it off). The VACUUM at the end can
-- mark a page all-visible only once the commits of its rows are flushed; right after an asynchronous commit it
-- leaves some pages out, at random, and the overdue count falls back from an index-only to a sequential scan.
SET synchronous_commit = on;
SET redress.bench_now = '2026-06-01 09:00:00+00';
-- The data spans 100 tenants, and the sweep's query reads across all of them as the sweep declares it
-- (Tenancy.acrossTenants): row-level security (V12_1) hides every tenant's rows from a session that declares nothing.
-- Declared here for the whole session, which is the benchmark's own, never a pooled connection of the application.
SET redress.scope = 'platform';
SELECT setseed(0.2026);

DELETE FROM escalation WHERE tenant_id LIKE 'bench-%';
DELETE FROM deadline WHERE tenant_id LIKE 'bench-%';
DELETE FROM complaint WHERE tenant_id LIKE 'bench-%';
DELETE FROM tenant WHERE slug LIKE 'bench-%';

INSERT INTO tenant (slug, name, template, locale, time_zone, default_calendar, created_at)
SELECT format('bench-%s', lpad(t::text, 3, '0')), format('Benchmark tenant %s', t), 'overseas-grading', 'en',
       'Europe/London', 'EUROPE', current_setting('redress.bench_now')::timestamptz - interval '400 days'
  FROM generate_series(1, 100) AS t;

-- complaint c belongs to tenant c % 100 + 1 and is that tenant's (c / 100)th case
INSERT INTO complaint (tenant_id, id, case_number, status, channel, received_at, region, complainant_name,
                       complainant_count, subject, flags, policy_version, tracking_token, created_at, created_by)
SELECT format('bench-%s', lpad((c % 100 + 1)::text, 3, '0')), md5('complaint-' || c)::uuid::text,
       format('BN-%s', lpad((c / 100)::text, 6, '0')), 'IN_PROGRESS', 'EMAIL', received_at, 'EUROPE',
       format('Customer %s', c), 1, 'Benchmark complaint', '', 1, md5('token-' || c), received_at, 'benchmark'
  FROM (SELECT c, current_setting('redress.bench_now')::timestamptz - interval '80 days'
                  + (c % 1440) * interval '1 minute' AS received_at
          FROM generate_series(0, 249999) AS c) AS numbered;

-- four open clocks per complaint; PROGRESS_UPDATE recurs and its first occurrence is among the completed clocks.
-- random() is evaluated row after row, so the seed above makes the times repeatable. Each step is MATERIALIZED:
-- computed once per row (a draw keeps its value wherever it is used) instead of being copied into every
-- expression that reads it, which would make the insert several times slower.
INSERT INTO deadline (tenant_id, id, complaint_id, stage, occurrence, anchor, amount, unit, recurring, calendar_code,
                      position, started_at, due_at, paused_at, rungs_done, next_action_at)
WITH drawn AS (
    SELECT n, (n - 1) / 4 AS complaint_no, (n - 1) % 4 AS stage_no, random() AS due_draw, random() AS start_draw,
           current_setting('redress.bench_now')::timestamptz AS now
      FROM generate_series(1, 1000000) AS n
), due AS MATERIALIZED (
    SELECT drawn.*,
           CASE WHEN n % 1000 = 0 THEN now - due_draw * interval '30 days'
                ELSE now + (2 * due_draw - 1) * interval '30 days' END AS due_at
      FROM drawn
), started AS MATERIALIZED (
    SELECT due.*,
           due_at - interval '45 days'
               + start_draw * (least(due_at, now) - interval '1 hour' - (due_at - interval '45 days')) AS started_at
      FROM due
), laddered AS MATERIALIZED (
    SELECT started.*,
           ARRAY[started_at + (due_at - started_at) * 0.8, due_at,
                 started_at + (due_at - started_at) * 1.5, started_at + (due_at - started_at) * 2] AS rung_at,
           CASE WHEN n % 50 = 25 THEN started_at + (least(due_at, now) - started_at) / 2 END AS paused_at
      FROM started
), reached AS (
    SELECT laddered.*,
           (rung_at[1] <= coalesce(paused_at, now))::int + (rung_at[2] <= coalesce(paused_at, now))::int
               + (rung_at[3] <= coalesce(paused_at, now))::int + (rung_at[4] <= coalesce(paused_at, now))::int
               AS rungs_reached
      FROM laddered
)
SELECT format('bench-%s', lpad((complaint_no % 100 + 1)::text, 3, '0')), md5('open-deadline-' || n)::uuid::text,
       md5('complaint-' || complaint_no)::uuid::text,
       (ARRAY['PLAN', 'RESOLUTION', 'FEEDBACK', 'PROGRESS_UPDATE'])[stage_no + 1],
       CASE WHEN stage_no = 3 THEN 2 ELSE 1 END, 'RECEIVED',
       (ARRAY[2, 15, 5, 5])[stage_no + 1], 'WORKING_DAYS', stage_no = 3, 'EUROPE', stage_no + 2,
       started_at, due_at, paused_at,
       CASE WHEN n % 1000 = 0 THEN rungs_reached - 1 ELSE rungs_reached END,
       CASE WHEN paused_at IS NOT NULL THEN NULL
            WHEN n % 1000 = 0 THEN rung_at[rungs_reached]
            ELSE rung_at[rungs_reached + 1] END
  FROM reached;

-- two completed clocks per complaint: RESPONSE and the first PROGRESS_UPDATE, met or late
INSERT INTO deadline (tenant_id, id, complaint_id, stage, occurrence, anchor, amount, unit, recurring, calendar_code,
                      position, started_at, due_at, completed_at, met, outcome, rungs_done)
SELECT format('bench-%s', lpad((complaint_no % 100 + 1)::text, 3, '0')), md5('completed-deadline-' || m)::uuid::text,
       md5('complaint-' || complaint_no)::uuid::text,
       CASE WHEN is_progress THEN 'PROGRESS_UPDATE' ELSE 'RESPONSE' END, 1, 'RECEIVED', 1, 'WORKING_DAYS',
       is_progress, 'EUROPE', CASE WHEN is_progress THEN 5 ELSE 1 END,
       started_at, started_at + duration, started_at + duration * took, took <= 1, 'COMPLETED',
       CASE WHEN took >= 1 THEN 2 WHEN took >= 0.8 THEN 1 ELSE 0 END
  FROM (SELECT m, (m - 1) / 2 AS complaint_no, (m - 1) % 2 = 1 AS is_progress,
               current_setting('redress.bench_now')::timestamptz - interval '75 days'
                   + random() * interval '60 days' AS started_at,
               interval '1 day' + random() * interval '9 days' AS duration,
               0.2 + random() AS took
          FROM generate_series(1, 500000) AS m) AS drawn;

VACUUM (ANALYZE) tenant, complaint, deadline;
