-- Folds every change that arrived in the last {{refresh_hours}} hours of partitions into the current state. Parameter,
-- quoted: the refresh time in ISO-8601 UTC, such as '2026-12-02T05:00:00Z'.
-- The window is first reduced to one row per key, its latest change by event time (microseconds), ties going to the
-- later Kinesis sequence number (compared by length, then text; an export line has none and loses the tie), as the
-- full-history query orders them: MERGE refuses a target row matched twice. A key's row is replaced only by a newer
-- change, so a late or duplicated older change, and a window read twice, change nothing; a REMOVE replaces the row
-- with its tombstone, and a later INSERT replaces the tombstone.
MERGE INTO {{current_state_table}} AS state
USING (
  SELECT pk, event_id, event_name, event_time, event_time_us, kinesis_sequence_number, ttl_delete, new_image, origin
  FROM (
    SELECT pk, event_id, event_name, event_time, event_time_us, kinesis_sequence_number, ttl_delete, new_image,
           origin,
           row_number() OVER (
             PARTITION BY pk
             ORDER BY event_time_us DESC, length(kinesis_sequence_number) DESC NULLS LAST,
                      kinesis_sequence_number DESC NULLS LAST
           ) AS recency
    FROM {{table}}
    WHERE year || '-' || month || '-' || day || ' ' || hour
          >= substr(CAST(from_iso8601_timestamp(?) - INTERVAL '{{refresh_hours}}' HOUR AS VARCHAR), 1, 13)
  ) AS ranked
  WHERE recency = 1
) AS latest
ON state.pk = latest.pk
WHEN MATCHED AND (
  latest.event_time_us > state.event_time_us
  OR (latest.event_time_us = state.event_time_us
      AND (length(coalesce(latest.kinesis_sequence_number, ''))
             > length(coalesce(state.kinesis_sequence_number, ''))
           OR (length(coalesce(latest.kinesis_sequence_number, ''))
               = length(coalesce(state.kinesis_sequence_number, ''))
               AND coalesce(latest.kinesis_sequence_number, '') > coalesce(state.kinesis_sequence_number, ''))))
) THEN UPDATE SET
  event_id = latest.event_id,
  event_name = latest.event_name,
  event_time = latest.event_time,
  event_time_us = latest.event_time_us,
  kinesis_sequence_number = latest.kinesis_sequence_number,
  ttl_delete = latest.ttl_delete,
  new_image = latest.new_image,
  origin = latest.origin
WHEN NOT MATCHED THEN INSERT
  (pk, event_id, event_name, event_time, event_time_us, kinesis_sequence_number, ttl_delete, new_image, origin)
  VALUES (latest.pk, latest.event_id, latest.event_name, latest.event_time, latest.event_time_us,
          latest.kinesis_sequence_number, latest.ttl_delete, latest.new_image, latest.origin)
