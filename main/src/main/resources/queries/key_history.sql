-- Every change of one key, oldest first; a change Firehose delivered twice is listed once.
-- Parameter, quoted: the key (pk), such as 'order-1'.
WITH changes AS (
  SELECT event_time, event_name, ttl_delete, old_image, new_image, event_time_us, kinesis_sequence_number,
         row_number() OVER (PARTITION BY event_id ORDER BY approximate_arrival_time) AS copy
  FROM {{table}}
  WHERE pk = ?
)
SELECT event_time, event_name, ttl_delete, old_image, new_image
FROM changes
WHERE copy = 1
ORDER BY event_time_us, length(kinesis_sequence_number), kinesis_sequence_number
