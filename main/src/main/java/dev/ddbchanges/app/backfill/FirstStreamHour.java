package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.contract.HourPartitions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The first hour under {@code changes/} that holds an object from the stream (every object but a backfill's): the
 * earliest evidence that the table streamed. DynamoDB tells when the change stream was created, not when the table's
 * streaming into it became active, so this catches an export made before streaming began on an older stream.
 */
final class FirstStreamHour {
    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("'year='yyyy'/month='MM'/day='dd'/hour='HH'/'");

    private FirstStreamHour() {}

    /** The hour's folder under the data bucket, {@code changes/year=.../hour=HH/}, or empty before any change. */
    static Optional<String> find(BackfillBucket bucket) {
        return first(bucket, DeliveryLayout.DATA_PREFIX, 0);
    }

    /** When an hour's partition starts, from its path {@code year=.../hour=HH/}. */
    static Instant start(String hour) {
        return LocalDateTime.parse(hour, HOUR).toInstant(ZoneOffset.UTC);
    }

    // Depth first in S3's lexical order, which the zero-padded partition values make the order in time.
    private static Optional<String> first(BackfillBucket bucket, String prefix, int level) {
        if (level == HourPartitions.FIELDS.size()) {
            return bucket.keys(prefix).stream().anyMatch(key -> !key.startsWith(prefix + BackfillWriter.NAME_START))
                    ? Optional.of(prefix)
                    : Optional.empty();
        }
        String field = prefix + HourPartitions.FIELDS.get(level).column() + "=";
        for (String folder : bucket.folders(prefix)) {
            Optional<String> found = folder.startsWith(field) ? first(bucket, folder, level + 1) : Optional.empty();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
