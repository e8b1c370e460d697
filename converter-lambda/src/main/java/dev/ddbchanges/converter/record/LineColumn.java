package dev.ddbchanges.converter.record;

import dev.ddbchanges.contract.Columns;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;

/**
 * The columns both renderers write, each named after its contract name in capitals. Their declaration order means
 * nothing: both renderers follow {@link #ORDER}, which is {@link Columns#ALL}'s, so the order is written once.
 */
enum LineColumn {
    APPROXIMATE_ARRIVAL_TIME,
    AWS_REGION,
    EVENT_ID,
    EVENT_NAME,
    EVENT_TIME,
    EVENT_TIME_US,
    KEYS,
    KINESIS_SEQUENCE_NUMBER,
    KINESIS_SHARD_ID,
    NEW_IMAGE,
    OLD_IMAGE,
    PK,
    SIZE_BYTES,
    TABLE_NAME,
    TTL_DELETE;

    /** In the order of {@link Columns#ALL}; a contract column without a constant here fails the class's loading. */
    static final LineColumn[] ORDER = Columns.ALL.stream()
            .map(name -> valueOf(name.toUpperCase(Locale.ROOT)))
            .toArray(LineColumn[]::new);

    static {
        if (ORDER.length != values().length
                || EnumSet.copyOf(Arrays.asList(ORDER)).size() != ORDER.length) {
            throw new IllegalStateException("every column must be in Columns.ALL exactly once");
        }
    }

    /** The column's name in the line, as {@link Columns} spells it. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
