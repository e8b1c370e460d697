-- Items DynamoDB's time to live removed, oldest first, as they were when removed; a change delivered twice is
-- listed once.
WITH removals AS (
  SELECT pk, event_time, event_time_us, old_image,
         row_number() OVER (PARTITION BY event_id ORDER BY approximate_arrival_time) AS copy
  FROM {{table}}
  WHERE event_name = 'REMOVE' AND ttl_delete
)
SELECT pk, event_time, old_image
FROM removals
WHERE copy = 1
ORDER BY event_time_us, pk
