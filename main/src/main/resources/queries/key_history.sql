-- Every change of one key, oldest first; a change Firehose delivered twice is listed once. origin says where a line
-- came from: NULL for a change from the stream, 'export' for the item as a DynamoDB export found it (the backfill).
-- Parameter, quoted: the key (pk), such as 'order-1'.
WITH changes AS (
  SELECT event_time, event_name, ttl_delete, old_image, new_image, origin, event_time_us, kinesis_sequence_number,
         row_number() OVER (PARTITION BY event_id ORDER BY approximate_arrival_time) AS copy
  FROM {{table}}
  WHERE pk = ?
)
SELECT event_time, event_name, ttl_delete, old_image, new_image, origin
FROM changes
WHERE copy = 1
-- On equal event times an export line (no sequence number) comes first: current-state takes it as the older one.
ORDER BY event_time_us, length(kinesis_sequence_number) NULLS FIRST, kinesis_sequence_number NULLS FIRST
