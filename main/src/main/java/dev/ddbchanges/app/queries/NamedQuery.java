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
            "Each key's latest version; keys whose latest change removed them are not listed"),
    KEY_HISTORY(
            "key_history",
            "key-history",
            "Every change of one key, oldest first (parameter, quoted: the pk, such as 'order-1')"),
    CHANGES_PER_DAY(
            "changes_per_day",
            "changes-per-day",
            "Changes per day of the change and type (parameters, "
                    + "quoted: first day, last day, first day, last day, such as '2026-11-01')"),
    TTL_DELETES("ttl_deletes", "ttl-deletes", "Items removed by DynamoDB's time to live, oldest first"),
    FAILURES_BY_HOUR(
            "failures_by_hour",
            "failures-by-hour",
            "Records Firehose could not deliver, per arrival hour, error code and message, newest first (parameters, "
                    + "quoted: first day, last day, first day, last day, such as '2026-11-01')",
            true);

    /**
     * Replaced by the name of the table the query reads: {@code dynamodb_changes} (or {@code delivery_errors}, see
     * {@link #readsErrors()}) in Athena, a table of the replayed files locally.
     */
    public static final String TABLE_PLACEHOLDER = "{{table}}";
    /** Replaced by {@link QueryWindow#lateDays()}: how many days after it happened a change can still arrive. */
    public static final String LATE_DAYS_PLACEHOLDER = "{{late_days}}";
    /** Replaced by {@link QueryWindow#earlyHours()}: how many hours before its own an object can file a change. */
    public static final String EARLY_HOURS_PLACEHOLDER = "{{early_hours}}";

    private final String id;
    private final String nameSuffix;
    private final String description;
    private final boolean readsErrors;

    NamedQuery(String id, String nameSuffix, String description) {
        this(id, nameSuffix, description, false);
    }

    /** @param readsErrors the query reads the error table ({@code delivery_errors}), not the changes */
    NamedQuery(String id, String nameSuffix, String description, boolean readsErrors) {
        this.id = id;
        this.nameSuffix = nameSuffix;
        this.description = description;
        this.readsErrors = readsErrors;
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

    /** Whether the query reads the error table, not the changes. */
    public boolean readsErrors() {
        return readsErrors;
    }

    /** The SQL with the table and an environment's partition window filled in. */
    public String sql(String table, QueryWindow window) {
        return fill(template(), table, window);
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
