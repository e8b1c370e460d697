package dev.ddbchanges.contract;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Hive-style partitions objects are filed under, {@code year=/month=/day=/hour=/} in UTC, which Glue reads as the
 * columns year, month, day and hour and Athena prunes on. Firehose's prefix and every local copy of the layout (the
 * replay) are written from this one list of fields, so they cannot disagree.
 */
public final class HourPartitions {
    /** Each partition column with its date pattern: Firehose's {@code !{timestamp:...}} and Java's agree on these. */
    public static final List<Field> FIELDS = List.of(
            new Field("year", "yyyy"), new Field("month", "MM"), new Field("day", "dd"), new Field("hour", "HH"));

    /** Firehose's prefix expression: {@code year=!{timestamp:yyyy}/month=!{timestamp:MM}/...}. */
    public static final String FIREHOSE_PREFIX = FIELDS.stream()
            .map(field -> field.column() + "=!{timestamp:" + field.pattern() + "}/")
            .collect(Collectors.joining());

    private HourPartitions() {}

    /** The partition path of an instant's hour, as Firehose writes it: {@code year=2026/month=11/day=25/hour=23/}. */
    public static String path(Instant instant) {
        return FIELDS.stream()
                .map(field -> field.column() + "="
                        + DateTimeFormatter.ofPattern(field.pattern())
                                .withZone(ZoneOffset.UTC)
                                .format(instant) + "/")
                .collect(Collectors.joining());
    }

    /** A partition column and the date pattern of its value. */
    public record Field(String column, String pattern) {}
}
