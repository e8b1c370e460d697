package dev.ddbchanges.app.config;

import java.util.List;

/** The converter Lambda's size and start-up. */
final class ConverterDefinitions {
    /**
     * Commercial regions where Lambda SnapStart is not offered (Asia Pacific (New Zealand) and (Taipei), per the
     * Lambda developer guide); creating a function with SnapStart there fails at apply.
     */
    static final List<String> REGIONS_WITHOUT_SNAP_START = List.of("ap-southeast-6", "ap-east-2");

    /** Enough for the JVM and a 3 MB batch (request, lines and response in memory at once), with headroom. */
    static final Setting<Integer> MEMORY_MB = Setting.key("converterMemoryMb")
            .allows(Rule.wholeNumberOf("MB", 128, 10240))
            .defaults(Fallback.always(512))
            .means("the converter Lambda's memory, and with it its CPU");

    /** A cold start plus a full batch takes seconds; Firehose itself waits at most 300. */
    static final Setting<Integer> TIMEOUT_SECONDS = Setting.key("converterTimeoutSeconds")
            .allows(Rule.wholeNumberOf("seconds", 1, 300))
            .defaults(Fallback.always(60))
            .means("the converter's timeout; Firehose waits at most 300 s for a batch");

    /**
     * Unset, because Lambda keeps 100 unreserved, so an account on the new-account quota of 10 rejects any
     * reservation. The maximum is the default account quota (1000) minus those 100: accounts with a raised quota may
     * need more; accounts below it fail at apply for less.
     */
    static final Setting<Integer> RESERVED_CONCURRENCY = Setting.key("converterReservedConcurrency")
            .allows(Rule.wholeNumber(1, 900).orNull())
            .defaults(Fallback.none("the converter shares the account's pool"))
            .means("concurrency reserved for the converter alone, so other functions cannot starve it, and also its "
                    + "ceiling; unset by default because Lambda keeps 100 unreserved, so an account on the "
                    + "new-account quota of 10 rejects any reservation; 900 fits the default quota of 1000");

    /**
     * Production converters start from a snapshot of an initialized (and primed) JVM: a scale-out or a new version
     * then answers Firehose's first batch without a cold start. Off elsewhere, because every deploy waits for Lambda
     * to take the snapshot, which short-lived environments deploy often enough to feel.
     */
    static final Setting<Boolean> SNAP_START = Setting.key("converterSnapStart")
            .allows(Rule.trueOrFalse()
                    .said("; true only where Lambda offers SnapStart (not in "
                            + String.join(" or ", REGIONS_WITHOUT_SNAP_START) + ")"))
            .defaults(Fallback.byKind(false, true))
            .means("Lambda SnapStart on the published versions Firehose invokes: a new execution environment "
                    + "resumes from a snapshot of an initialized, primed converter instead of starting a JVM; each "
                    + "deploy then waits while Lambda takes the snapshot, which is why it is off outside production");

    private ConverterDefinitions() {}
}
