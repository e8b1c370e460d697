-- Current state from the full history: each key's latest change by event time (microseconds); ties go to the later
-- Kinesis sequence number (compared by length, then text; a backfilled line has none and loses the tie). A key whose
-- latest change removed it is not listed. Reads every partition: the check for the current_state table, which answers
-- the same from one row per key.
WITH latest AS (
  SELECT pk, event_name, event_time, new_image,
         row_number() OVER (
           PARTITION BY pk
           ORDER BY event_time_us DESC, length(kinesis_sequence_number) DESC NULLS LAST,
                    kinesis_sequence_number DESC NULLS LAST
         ) AS recency
  FROM {{table}}
)
SELECT pk, event_time, new_image
FROM latest
WHERE recency = 1 AND event_name <> 'REMOVE'
ORDER BY pk
