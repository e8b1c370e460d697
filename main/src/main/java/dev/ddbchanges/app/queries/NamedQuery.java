package dev.ddbchanges.app.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The queries saved in every environment's workgroup. Their SQL lives in {@code queries/<id>.sql}, written in the part
 * of SQL that Athena (Trino) and DuckDB share, so the same text runs in Athena and in the local replay that proves it.
 * {@code ?} marks a parameter: Athena's editor asks for each, DuckDB binds them in order.
 */
public enum NamedQuery {
    CURRENT_STATE(
            "current_state",
            "current-state",
            "Each key's latest version, from the current_state table; keys whose latest change removed them are not "
                    + "listed",
            Reads.CURRENT_STATE),
    CURRENT_STATE_FULL(
            "current_state_full",
            "current-state-full",
            "Each key's latest version computed from every change (the check for current-state; scans all of "
                    + "history); keys whose latest change removed them are not listed"),
    KEY_HISTORY(
            "key_history",
            "key-history",
            "Every change of one key, oldest first, with where each line came from (parameter, quoted: the pk, such as "
                    + "'order-1')"),
    CHANGES_PER_DAY(
            "changes_per_day",
            "changes-per-day",
            "Changes per day of the change and type, without the backfill's lines (parameters, "
                    + "quoted: first day, last day, first day, last day, such as '2026-11-01')"),
    TTL_DELETES("ttl_deletes", "ttl-deletes", "Items removed by DynamoDB's time to live, oldest first"),
    FAILURES_BY_HOUR(
            "failures_by_hour",
            "failures-by-hour",
            "Records Firehose could not deliver, per arrival hour, error code and message, newest first (parameters, "
                    + "quoted: first day, last day, first day, last day, such as '2026-11-01')",
            Reads.ERRORS);

    /**
     * Replaced by the name of the table the query reads: {@code dynamodb_changes} (or {@code delivery_errors}, see
     * {@link #reads()}) in Athena, a table of the replayed files locally.
     */
    public static final String TABLE_PLACEHOLDER = "{{table}}";
    /** Replaced by the name of the current-state table, in the one query that reads it. */
    public static final String CURRENT_STATE_PLACEHOLDER = "{{current_state_table}}";
    /** Replaced by {@link QueryWindow#lateDays()}: how many days after it happened a change can still arrive. */
    public static final String LATE_DAYS_PLACEHOLDER = "{{late_days}}";
    /** Replaced by {@link QueryWindow#earlyHours()}: how many hours before its own an object can file a change. */
    public static final String EARLY_HOURS_PLACEHOLDER = "{{early_hours}}";

    private final String id;
    private final String nameSuffix;
    private final String description;
    private final Reads reads;

    /** The table a saved query reads. */
    public enum Reads {
        /** The delivered changes ({@code dynamodb_changes}). */
        CHANGES(TABLE_PLACEHOLDER),
        /** Firehose's error records ({@code delivery_errors}). */
        ERRORS(TABLE_PLACEHOLDER),
        /** The Iceberg table the refresh keeps ({@code current_state}). */
        CURRENT_STATE(CURRENT_STATE_PLACEHOLDER);

        private final String placeholder;

        Reads(String placeholder) {
            this.placeholder = placeholder;
        }

        /** What the query's text names the table by. */
        public String placeholder() {
            return placeholder;
        }
    }

    NamedQuery(String id, String nameSuffix, String description) {
        this(id, nameSuffix, description, Reads.CHANGES);
    }

    NamedQuery(String id, String nameSuffix, String description, Reads reads) {
        this.id = id;
        this.nameSuffix = nameSuffix;
        this.description = description;
        this.reads = reads;
    }

    public String id() {
        return id;
    }

    /** The saved query's name after the environment prefix: {@code <prefix>-current-state}. */
    public String nameSuffix() {
        return nameSuffix;
    }

    public String description() {
        return description;
    }

    /** The table the query reads. */
    public Reads reads() {
        return reads;
    }

    /** The SQL with the table it {@link #reads()} and an environment's partition window filled in. */
    public String sql(String table, QueryWindow window) {
        return fill(template().replace(reads.placeholder(), table), table, window);
    }

    /** Fills in any query written with the placeholders: a saved query's, or a user's own. */
    public static String fill(String template, String table, QueryWindow window) {
        return template.replace(TABLE_PLACEHOLDER, table)
                .replace(LATE_DAYS_PLACEHOLDER, String.valueOf(window.lateDays()))
                .replace(EARLY_HOURS_PLACEHOLDER, String.valueOf(window.earlyHours()));
    }

    public String template() {
        try (InputStream in = NamedQuery.class.getResourceAsStream("/queries/" + id + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("queries/" + id + ".sql is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<NamedQuery> byId(String id) {
        return Arrays.stream(values()).filter(query -> query.id.equals(id)).findFirst();
    }
}
