package dev.ddbchanges.app.config;

import java.util.List;

/** The Kinesis data stream between the table and Firehose. */
final class StreamDefinitions {
    /**
     * One provisioned shard (1 MB/s of writes) costs about a third of an on-demand stream, which is billed per
     * stream-hour even when idle; production gets on-demand, which follows the table's write rate unplanned.
     */
    static final Setting<String> MODE = Setting.key("streamMode")
            .allows(Rule.oneOf(List.of(StreamSettings.ON_DEMAND, StreamSettings.PROVISIONED)))
            .defaults(Fallback.byKind(StreamSettings.PROVISIONED, StreamSettings.ON_DEMAND))
            .means("Kinesis capacity mode. `PROVISIONED` is billed per shard-hour (one shard takes 1 MB/s of writes "
                    + "and costs about a third of an idle on-demand stream); `ON_DEMAND` follows the table's write "
                    + "rate unplanned but is billed per stream-hour even when idle");

    /**
     * One shard is the cheapest stream there is. The maximum is the largest default shard quota of an account
     * (us-east-1, us-west-2, eu-west-1; 200 elsewhere); the quota can be raised, so it cannot be checked here:
     * above the account's quota, apply fails with LimitExceeded.
     */
    static final Setting<Integer> SHARD_COUNT = Setting.key("streamShardCount")
            .allows(Rule.wholeNumber(1, 500).said(", only with streamMode PROVISIONED"))
            .defaults(Fallback.always(1).when("streamMode is PROVISIONED"))
            .means("shards of a `PROVISIONED` stream (each takes 1 MB/s or 1,000 records/s of writes); an account's "
                    + "default shard quota is 500 in us-east-1, us-west-2 and eu-west-1 and 200 elsewhere, and apply "
                    + "fails above it until the quota is raised");

    /**
     * Kinesis keeps a day for free (and a year at most); a week in production leaves time to repair a broken
     * delivery and replay.
     */
    static final Setting<Integer> RETENTION_HOURS = Setting.key("streamRetentionHours")
            .allows(Rule.wholeNumberOf("hours", 24, 8760))
            .defaults(Fallback.byKind(24, 168))
            .means("how long Kinesis keeps a change for Firehose to read; beyond 24 hours is billed as extended "
                    + "retention");

    private StreamDefinitions() {}
}
