-- Changes per day of the change (UTC, not the day they arrived) and type; a change delivered twice counts once.
-- Parameters, quoted: first day, last day, first day, last day, such as '2026-11-01', '2026-11-30', '2026-11-01',
-- '2026-11-30'.
-- The partitions are arrival hours, and a change arrives after it happens, at the latest when the stream's retention
-- runs out: the partition filter starts at the first day and reaches past the last by the retention, plus a day.
WITH changes AS (
  SELECT substr(event_time, 1, 10) AS event_day, event_name,
         row_number() OVER (PARTITION BY event_id ORDER BY approximate_arrival_time) AS copy
  FROM {{table}}
  WHERE year || '-' || month || '-' || day
        BETWEEN ? AND substr(CAST(CAST(? AS DATE) + INTERVAL '{{late_days}}' DAY AS VARCHAR), 1, 10)
)
SELECT event_day, event_name, count(*) AS changes
FROM changes
WHERE copy = 1 AND event_day BETWEEN ? AND ?
GROUP BY event_day, event_name
ORDER BY event_day, event_name
