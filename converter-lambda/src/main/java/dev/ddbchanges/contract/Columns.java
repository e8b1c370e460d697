package dev.ddbchanges.contract;

import java.util.List;

/**
 * The columns of every converted line, in the order they are written. These names are a contract with the Glue
 * table and every saved query: never rename one, only add. README documents each with its Athena type.
 */
public final class Columns {

    public static final String EVENT_ID = "event_id";
    public static final String EVENT_NAME = "event_name";
    public static final String EVENT_TIME = "event_time";
    public static final String EVENT_TIME_US = "event_time_us";
    public static final String TABLE_NAME = "table_name";
    public static final String AWS_REGION = "aws_region";
    public static final String TTL_DELETE = "ttl_delete";
    public static final String PK = TableKey.PARTITION_KEY;
    public static final String KEYS = "keys";
    public static final String NEW_IMAGE = "new_image";
    public static final String OLD_IMAGE = "old_image";
    public static final String SIZE_BYTES = "size_bytes";
    public static final String KINESIS_SHARD_ID = "kinesis_shard_id";
    public static final String KINESIS_SEQUENCE_NUMBER = "kinesis_sequence_number";
    public static final String APPROXIMATE_ARRIVAL_TIME = "approximate_arrival_time";
    /**
     * Where a line came from: the converter never writes it (a stream line reads it as NULL); a backfilled line says
     * {@code export}. Not in {@link #ALL}, which lists what the converter writes.
     */
    public static final String ORIGIN = "origin";

    public static final List<String> ALL = List.of(
            EVENT_ID,
            EVENT_NAME,
            EVENT_TIME,
            EVENT_TIME_US,
            TABLE_NAME,
            AWS_REGION,
            TTL_DELETE,
            PK,
            KEYS,
            NEW_IMAGE,
            OLD_IMAGE,
            SIZE_BYTES,
            KINESIS_SHARD_ID,
            KINESIS_SEQUENCE_NUMBER,
            APPROXIMATE_ARRIVAL_TIME);

    private Columns() {}
}
