package dev.ddbchanges.app.redrive;

import dev.ddbchanges.contract.HourPartitions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The UTC hours of the error partitions a run reads, both ends included. The partition paths are zero-padded, so key
 * order is time order: the range is a span of keys, which S3 lists from its first key without reading the rest.
 */
record HourRange(Optional<Instant> from, Optional<Instant> to) {
    static final HourRange ALL = new HourRange(Optional.empty(), Optional.empty());
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    HourRange {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new RedriveException("--from " + HOUR.format(from.get().atOffset(ZoneOffset.UTC)) + " is after --to "
                    + HOUR.format(to.get().atOffset(ZoneOffset.UTC)) + "; allowed: --from at or before --to");
        }
    }

    /** An hour as {@code 2026-12-01T09} (UTC), the form the flags take. */
    static Instant parseHour(String flag, String text) {
        try {
            return LocalDateTime.parse(text, HOUR).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new RedriveException(
                    flag + " " + text + " is not an hour; allowed: yyyy-MM-ddTHH in UTC, such as 2026-12-01T09");
        }
    }

    /** The key to list after: every object of the first hour sorts after its partition's path. */
    Optional<String> startAfter(String prefix) {
        return from.map(hour -> prefix + HourPartitions.path(hour));
    }

    /** Whether a listed key lies past the last hour, where listing can stop. */
    boolean isPast(String prefix, String key) {
        return to.isPresent()
                && key.compareTo(prefix + HourPartitions.path(to.get().plus(1, ChronoUnit.HOURS))) >= 0;
    }

    String describe() {
        return from.map(hour -> HOUR.format(hour.atOffset(ZoneOffset.UTC))).orElse("the first hour") + " to "
                + to.map(hour -> HOUR.format(hour.atOffset(ZoneOffset.UTC))).orElse("the last hour");
    }
}
