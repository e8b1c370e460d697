package dev.ddbchanges.app.constructs.storage;

import java.util.List;

/**
 * The buckets whose S3 server access logs a log bucket receives. S3 writes them as {@code logging.s3.amazonaws.com},
 * so the log bucket's policy lets that service write under {@link SecureBucket#ACCESS_LOG_PREFIX} for these buckets of
 * this account only ({@code aws:SourceArn}, {@code aws:SourceAccount}): no other account's bucket can send it logs.
 *
 * @param accountId         the account of the source buckets (an id or a Terraform reference to one)
 * @param sourceBucketNames the source buckets, by name: their ARNs follow from it, and a reference would make the log
 *                          bucket wait for the buckets that log into it
 */
public record AccessLogDelivery(String accountId, List<String> sourceBucketNames) {
    public AccessLogDelivery {
        sourceBucketNames = List.copyOf(sourceBucketNames);
        if (sourceBucketNames.isEmpty()) {
            throw new IllegalArgumentException("sourceBucketNames is empty; allowed: one or more bucket names");
        }
    }

    /** The source buckets' ARNs, as {@code aws:SourceArn} compares them. */
    public List<String> sourceArns() {
        return sourceBucketNames.stream().map(name -> "arn:aws:s3:::" + name).toList();
    }
}
