-- Changes per day of the change (UTC, not the day they arrived) and type; a change delivered twice counts once.
-- Parameters, as 'YYYY-MM-DD': first day, last day, first day, last day.
-- The partitions are arrival hours, and a change arrives after it happens: the partition filter starts at the first
-- day and reaches one day past the last, so changes that arrived after midnight are still counted.
WITH changes AS (
  SELECT substr(event_time, 1, 10) AS event_day, event_name,
         row_number() OVER (PARTITION BY event_id ORDER BY approximate_arrival_time) AS copy
  FROM {{table}}
  WHERE year || '-' || month || '-' || day
        BETWEEN ? AND substr(CAST(CAST(? AS DATE) + INTERVAL '1' DAY AS VARCHAR), 1, 10)
)
SELECT event_day, event_name, count(*) AS changes
FROM changes
WHERE copy = 1 AND event_day BETWEEN ? AND ?
GROUP BY event_day, event_name
ORDER BY event_day, event_name
