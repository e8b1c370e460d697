CREATE TABLE replay.changes_1 (
  event_id varchar,
  event_name varchar,
  event_time varchar,
  event_time_us bigint,
  table_name varchar,
  aws_region varchar,
  ttl_delete boolean,
  pk varchar,
  keys varchar,
  new_image varchar,
  old_image varchar,
  size_bytes bigint,
  kinesis_shard_id varchar,
  kinesis_sequence_number varchar,
  approximate_arrival_time varchar,
  origin varchar,
  year varchar WITH (partition_projection_type = 'integer', partition_projection_range = ARRAY['2026', '2026']),
  month varchar WITH (partition_projection_type = 'integer', partition_projection_range = ARRAY['1', '12'], partition_projection_digits = 2),
  day varchar WITH (partition_projection_type = 'integer', partition_projection_range = ARRAY['1', '31'], partition_projection_digits = 2),
  hour varchar WITH (partition_projection_type = 'integer', partition_projection_range = ARRAY['0', '23'], partition_projection_digits = 2)
) WITH (
  format = 'OPENX_JSON',
  external_location = 'local:///replay/changes_1/',
  partitioned_by = ARRAY['year', 'month', 'day', 'hour'],
  partition_projection_enabled = true,
  partition_projection_location_template = 'local:///replay/changes_1/year=${year}/month=${month}/day=${day}/hour=${hour}/',
  extra_properties = MAP(ARRAY['case.insensitive', 'dots.in.keys', 'ignore.malformed.json'], ARRAY['false', 'false', 'false'])
)
