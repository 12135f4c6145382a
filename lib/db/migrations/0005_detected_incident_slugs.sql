-- Detected incidents were keyed "<service>:<ISO time>", which the API's own slug pattern refuses, so their
-- pages, feed links and Statuspage shortlinks led nowhere. They take the slug lib/incidents/slugs.ts
-- gives new ones: "<service>-YYYY-MM-DD-HHMM" (UTC), with the seconds and milliseconds added when two of
-- a service's incidents started in one minute. Detected incidents had no timeline rows before this
-- version, so nothing refers to the old ids.
WITH renamed AS (
  SELECT
    id AS old_id,
    trim(both '-' from regexp_replace(lower(service_id), '[^a-z0-9]+', '-', 'g'))
      || '-' || to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD-HH24MI') AS base,
    to_char(started_at AT TIME ZONE 'UTC', 'SSMS') AS second_ms,
    row_number() OVER (
      PARTITION BY service_id, date_trunc('minute', started_at AT TIME ZONE 'UTC')
      ORDER BY started_at, id
    ) AS nth
  FROM incidents
  WHERE origin = 'detected' AND service_id IS NOT NULL AND position(':' in id) > 0
)
UPDATE incidents AS i
SET
  id = CASE WHEN r.nth = 1 THEN r.base ELSE r.base || '-' || r.second_ms END,
  data = jsonb_set(i.data, '{id}', to_jsonb(CASE WHEN r.nth = 1 THEN r.base ELSE r.base || '-' || r.second_ms END))
FROM renamed AS r
WHERE i.id = r.old_id;
