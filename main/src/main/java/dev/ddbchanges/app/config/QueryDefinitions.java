package dev.ddbchanges.app.config;

import java.util.List;

/** The crawler and the Athena workgroup. */
final class QueryDefinitions {
    /** What {@link #CRAWLER_SCHEDULE} is set to for a crawler that runs only when started. */
    static final String MANUAL = "manual";

    /**
     * Glue's cron: minutes, hours, day of month, month, day of week, year, in UTC; Glue checks the fields themselves.
     * Athena reads partition projection, so the crawl is off every query's path: it only registers partitions for
     * engines that read the catalog's partitions. Once a day is enough for those, and cheap: Glue bills a crawler
     * $0.44 per DPU-hour (US East), per second with a 10-minute minimum per crawl
     * (https://aws.amazon.com/glue/pricing/), so a crawl that ends within the minimum costs $0.073 per DPU it uses:
     * about $2.20 a month per DPU daily, against about $53 hourly. 00:30 UTC comes after the longest buffer interval
     * (900 s) has closed the last object of the day before.
     */
    static final Setting<String> CRAWLER_SCHEDULE = Setting.key("crawlerSchedule")
            .allows(Rule.matching(
                    "cron\\((\\S+ ){5}\\S+\\)|" + MANUAL,
                    "a Glue cron expression with six fields, such as \"cron(15 * * * ? *)\", or \"" + MANUAL
                            + "\" (runs only when started)"))
            .defaults(Fallback.always("cron(30 0 * * ? *)"))
            .means("when the crawler registers the new hourly partitions in the Glue catalog, for Spark, Glue ETL, "
                    + "EMR and Redshift Spectrum; Athena needs no crawl (partition projection). Each crawl is billed "
                    + "$0.44 per DPU-hour with a 10-minute minimum: about $2.20 a month per DPU daily, $53 hourly");

    /**
     * An environment that ran before the stack declared the table holds the table its crawler made, and Glue refuses
     * to create a second of that name. Off by default: importing a table that does not exist fails too.
     */
    static final Setting<Boolean> ADOPT_CRAWLER_TABLE = Setting.key("adoptCrawlerTable")
            .allows(Rule.trueOrFalse())
            .defaults(Fallback.always(false))
            .means("the next apply imports the existing dynamodb_changes table (made by an earlier version's "
                    + "crawler) into the state and rewrites it to the declared definition, instead of failing to "
                    + "create it; set it for the upgrade of an existing environment only");

    /**
     * Athena stops a query that would scan more: a runaway query in a test account costs cents, not dollars. Athena's
     * smallest per-query scan limit is 10 MB; 10 TB is far above any query of this table.
     */
    static final Setting<Integer> SCAN_LIMIT_MB = Setting.key("queryScanLimitMb")
            .allows(Rule.wholeNumberOf("MB", 10, 10 * 1024 * 1024))
            .defaults(Fallback.byKind(1024, 102400))
            .means("Athena cancels any query of the workgroup that would scan more (it bills per byte scanned)");

    /** Query results are copies: a month is enough to download one again. */
    static final Setting<Integer> RESULTS_EXPIRATION_DAYS = Setting.key("queryResultsExpirationDays")
            .allows(LifecycleDefinitions.DAYS)
            .defaults(Fallback.always(30))
            .means("query results are deleted from the results bucket after this many days");

    /**
     * The Iceberg table {@code current_state}, refreshed on a schedule from the recent partitions only, so the saved
     * current-state query reads one row per key instead of all of history. On everywhere by default: its cost is that
     * of the refreshes (docs/current-state.md has the formula), and off, the saved query reads every change ever written.
     */
    static final Setting<Boolean> CURRENT_STATE_TABLE = Setting.key("currentStateTable")
            .allows(Rule.trueOrFalse())
            .defaults(Fallback.always(true))
            .means("keep the Iceberg table current_state (one row per key) refreshed on a schedule, read by the saved "
                    + "current-state query; off, that query reads the whole history (current-state-full). Each "
                    + "refresh scans the last window of partitions (the stream's retention, plus a day and two "
                    + "intervals) and the table: see the cost table in docs/current-state.md");

    /**
     * How stale current_state may be: the refresh scans a window that does not shrink with the interval, so every
     * refresh costs about the same and an hourly one costs a quarter of a 15-minute one. Only intervals that divide
     * the day evenly: the runs then fall on the same clock times every day, one of them at 00:00 UTC, and that run also
     * maintains the table, so no second schedule can collide with a refresh still going.
     */
    static final Setting<Integer> CURRENT_STATE_REFRESH_MINUTES = Setting.key("currentStateRefreshMinutes")
            .allows(Rule.oneOfNumbers(
                    "the intervals that divide the day", List.of(15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 1440)))
            .defaults(Fallback.always(60))
            .means("how often the current_state table is refreshed, in minutes (EventBridge Scheduler starts the "
                    + "refresh machine at fixed clock times in UTC, one of them 00:00, whose run also compacts the "
                    + "table and expires its old snapshots); each refresh is billed for the bytes it scans");

    private QueryDefinitions() {}
}
