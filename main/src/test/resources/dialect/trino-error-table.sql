CREATE TABLE replay.errors_1 (
  attempts_made bigint,
  arrival_timestamp bigint,
  error_code varchar,
  error_message varchar,
  attempt_ending_timestamp bigint,
  raw_data varchar,
  lambda_arn varchar,
  error_type varchar WITH (partition_projection_type = 'enum', partition_projection_values = ARRAY['processing-failed']),
  year varchar WITH (partition_projection_type = 'integer', partition_projection_range = ARRAY['2026', '2026']),
  month varchar WITH (partition_projection_type = 'integer', partition_projection_range = ARRAY['1', '12'], partition_projection_digits = 2),
  day varchar WITH (partition_projection_type = 'integer', partition_projection_range = ARRAY['1', '31'], partition_projection_digits = 2),
  hour varchar WITH (partition_projection_type = 'integer', partition_projection_range = ARRAY['0', '23'], partition_projection_digits = 2)
) WITH (
  format = 'OPENX_JSON',
  external_location = 'local:///replay/errors_1/',
  partitioned_by = ARRAY['error_type', 'year', 'month', 'day', 'hour'],
  partition_projection_enabled = true,
  partition_projection_location_template = 'local:///replay/errors_1/${error_type}/year=${year}/month=${month}/day=${day}/hour=${hour}/',
  extra_properties = MAP(ARRAY['case.insensitive', 'dots.in.keys', 'ignore.malformed.json', 'mapping.attempts_made', 'mapping.arrival_timestamp', 'mapping.error_code', 'mapping.error_message', 'mapping.attempt_ending_timestamp', 'mapping.raw_data', 'mapping.lambda_arn'], ARRAY['false', 'false', 'false', 'attemptsMade', 'arrivalTimestamp', 'errorCode', 'errorMessage', 'attemptEndingTimestamp', 'rawData', 'lambdaArn'])
)
