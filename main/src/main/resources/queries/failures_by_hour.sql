-- Records Firehose could not deliver (kept under errors/ instead), per hour they reached Firehose (UTC), error code
-- and message, newest first: Lambda.ProcessingFailed for a record the converter refused (one attempt), others such
-- as Lambda.FunctionError for every record of a batch whose invocation failed (attempts: the retries plus one).
-- Parameters, quoted: first day, last day, first day, last day, such as '2026-11-01', '2026-11-30', '2026-11-01',
-- '2026-11-30'.
-- An error object is filed under an hour of its own, not each record's, so the filter starts the HOURs below before
-- the first day and ends the DAYs below after the last (the same window as the changes' queries); the arrival day
-- itself decides.
WITH failures AS (
  SELECT substr(CAST(from_unixtime(arrival_timestamp / 1000, 'UTC') AS VARCHAR), 1, 13) AS arrival_hour,
         error_code, error_message, attempts_made
  FROM {{table}}
  WHERE year || '-' || month || '-' || day || ' ' || hour
        BETWEEN substr(CAST(CAST(CAST(? AS DATE) AS TIMESTAMP) - INTERVAL '{{early_hours}}' HOUR AS VARCHAR), 1, 13)
        AND substr(CAST(CAST(? AS DATE) + INTERVAL '{{late_days}}' DAY AS VARCHAR), 1, 10) || ' 23'
)
SELECT arrival_hour, error_code, error_message, count(*) AS failed_records, max(attempts_made) AS attempts
FROM failures
WHERE substr(arrival_hour, 1, 10) BETWEEN ? AND ?
GROUP BY arrival_hour, error_code, error_message
ORDER BY arrival_hour DESC, error_code, error_message
