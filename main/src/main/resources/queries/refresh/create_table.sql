-- The current state of every key as an Iceberg table, one row per key, created by the first refresh (Athena DDL is
-- free). A key whose latest change removed it keeps its row (event_name REMOVE, new_image NULL): without that
-- tombstone, an older change arriving late would bring the item back.
-- Snapshots older than a day are expired by the daily VACUUM; parquet files compressed with zstd.
CREATE TABLE IF NOT EXISTS {{current_state_table}} (
  pk string,
  event_id string,
  event_name string,
  event_time string,
  event_time_us bigint,
  kinesis_sequence_number string,
  ttl_delete boolean,
  new_image string,
  origin string)
LOCATION '{{current_state_location}}'
TBLPROPERTIES (
  'table_type' = 'ICEBERG',
  'format' = 'parquet',
  'write_compression' = 'zstd',
  'vacuum_max_snapshot_age_seconds' = '86400',
  'vacuum_min_snapshots_to_keep' = '1')
