package dev.ddbchanges.converter.firehose;

import dev.ddbchanges.converter.record.ChangeRecordConverter;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.KinesisMetadata;

/** Transformers the tests need beyond the production one: a smaller response limit, a converter with a bug. */
final class Transformers {

    private Transformers() {}

    /** A smaller limit reaches the overflow path without 6 MB batches. */
    static FirehoseBatchTransformer withLimit(long responseLimitBytes) {
        return new FirehoseBatchTransformer(
                responseLimitBytes, FirehoseBatchTransformer.RecordConverter.of(new ChangeRecordConverter()));
    }

    /** Every record's conversion throws {@code bug}, as a converter bug would. */
    static FirehoseBatchTransformer failingWith(RuntimeException bug) {
        return new FirehoseBatchTransformer(
                FirehoseResponse.MAX_RESPONSE_BYTES, new FirehoseBatchTransformer.RecordConverter() {
                    @Override
                    public ConversionResult convert(byte[] data, KinesisMetadata kinesis) {
                        throw bug;
                    }

                    @Override
                    public long slowPathRecords() {
                        return 0;
                    }
                });
    }
}
