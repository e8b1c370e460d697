package dev.ddbchanges.app.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The crawler and the Athena workgroup.
 *
 * @param crawlerSchedule         a Glue cron expression; empty runs the crawler only when started
 * @param adoptCrawlerTable       import the table an earlier crawler made instead of creating it
 * @param scanLimitMb             Athena cancels a query that would scan more
 * @param resultsExpirationDays   how long query results stay in the results bucket
 * @param currentStateTable       keep the Iceberg table current_state refreshed (the saved current-state query reads
 *                                it); off, nothing of the refresh is synthesized
 * @param refreshMinutes          how often the refresh runs
 */
public record QuerySettings(
        Optional<String> crawlerSchedule,
        boolean adoptCrawlerTable,
        int scanLimitMb,
        int resultsExpirationDays,
        boolean currentStateTable,
        int refreshMinutes) {
    public QuerySettings {
        Objects.requireNonNull(crawlerSchedule, "crawlerSchedule");
    }
}
