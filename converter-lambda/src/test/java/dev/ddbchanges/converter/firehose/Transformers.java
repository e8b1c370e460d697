package dev.ddbchanges.converter.firehose;

import dev.ddbchanges.converter.record.ChangeRecordConverter;

/**
 * Transformers the tests need beyond the production one: a smaller response limit, a converter with a bug, a direct
 * envelope reader with a bug.
 */
final class Transformers {

    private Transformers() {}

    /** A smaller limit reaches the overflow path without 6 MB batches. */
    static FirehoseBatchTransformer withLimit(long responseLimitBytes) {
        return new FirehoseBatchTransformer(
                responseLimitBytes, new ChangeRecordConverter()::convert, new DirectEnvelope()::read);
    }

    /** Every record's conversion throws {@code bug}, as a converter bug would. */
    static FirehoseBatchTransformer failingWith(RuntimeException bug) {
        return new FirehoseBatchTransformer(
                FirehoseResponse.MAX_RESPONSE_BYTES,
                (data, kinesis) -> {
                    throw bug;
                },
                new DirectEnvelope()::read);
    }

    /** Every request's direct read throws {@code bug}, as a bug in DirectEnvelope would. */
    static FirehoseBatchTransformer envelopeFailingWith(RuntimeException bug) {
        return new FirehoseBatchTransformer(
                FirehoseResponse.MAX_RESPONSE_BYTES, new ChangeRecordConverter()::convert, request -> {
                    throw bug;
                });
    }
}
