package dev.ddbchanges.app.config;

/** The crawler and the Athena workgroup. */
final class QueryDefinitions {
    /**
     * Glue's cron: minutes, hours, day of month, month, day of week, year. Glue checks the fields themselves. Unset,
     * because a crawl costs money each time, and an environment without changes has nothing to crawl.
     */
    static final Setting<String> CRAWLER_SCHEDULE = Setting.key("crawlerSchedule")
            .allows(Rule.matching(
                            "cron\\((\\S+ ){5}\\S+\\)",
                            "a Glue cron expression with six fields, such as \"cron(15 * * * ? *)\"")
                    .orNull())
            .defaults(Fallback.none("the crawler runs when started"))
            .means("when the crawler runs by itself; without it, run it after new hours of data arrive (new "
                    + "partitions are invisible to Athena until crawled)");

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

    private QueryDefinitions() {}
}
