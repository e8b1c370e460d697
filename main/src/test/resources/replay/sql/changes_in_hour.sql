-- Changes made in one hour (UTC). Parameters, quoted: the hour, three times, such as '2026-11-25 15'.
-- Its partitions start an hour early, since an object opened in the hour before can hold its changes, and end
-- the late days after it; the hour of the change itself decides.
SELECT event_time, event_name, pk
FROM {{table}}
WHERE year || '-' || month || '-' || day || ' ' || hour
      BETWEEN substr(CAST(CAST(CAST(? AS VARCHAR) || ':00:00' AS TIMESTAMP)
                          - INTERVAL '{{early_hours}}' HOUR AS VARCHAR), 1, 13)
      AND substr(CAST(CAST(CAST(? AS VARCHAR) || ':00:00' AS TIMESTAMP)
                      + INTERVAL '{{late_days}}' DAY AS VARCHAR), 1, 13)
  AND substr(replace(event_time, 'T', ' '), 1, 13) = ?
ORDER BY event_time_us
