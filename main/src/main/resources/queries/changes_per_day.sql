-- Changes per day of the change (UTC, not the day they arrived) and type; a change delivered twice counts once, and a
-- line the backfill wrote from a DynamoDB export (origin 'export': the item as it was, not a change) is not counted.
-- Parameters, quoted: first day, last day, first day, last day, such as '2026-11-01', '2026-11-30', '2026-11-01',
-- '2026-11-30'.
-- A partition is the hour its object's oldest record reached the stream, so the hours that hold a day's changes
-- start before it (an object opened at 23:59:40 also holds the change of 00:00:30) and end after it (a change that
-- reached the stream late): the filter starts the HOURs below before the first day (the delivery-late and
-- stream-reader-behind alarms' thresholds: exact while neither has fired) and ends the DAYs below after the last (a
-- generous cap: the stream's retention, plus one); the day of the change itself decides.
WITH changes AS (
  SELECT substr(event_time, 1, 10) AS event_day, event_name,
         row_number() OVER (PARTITION BY event_id ORDER BY approximate_arrival_time) AS copy
  FROM {{table}}
  WHERE origin IS NULL
    AND year || '-' || month || '-' || day || ' ' || hour
          BETWEEN substr(CAST(CAST(CAST(? AS DATE) AS TIMESTAMP) - INTERVAL '{{early_hours}}' HOUR AS VARCHAR), 1, 13)
          AND substr(CAST(CAST(? AS DATE) + INTERVAL '{{late_days}}' DAY AS VARCHAR), 1, 10) || ' 23'
)
SELECT event_day, event_name, count(*) AS changes
FROM changes
WHERE copy = 1 AND event_day BETWEEN ? AND ?
GROUP BY event_day, event_name
ORDER BY event_day, event_name
