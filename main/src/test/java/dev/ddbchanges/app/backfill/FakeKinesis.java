package dev.ddbchanges.app.backfill;

import java.time.Instant;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.DescribeStreamSummaryRequest;
import software.amazon.awssdk.services.kinesis.model.DescribeStreamSummaryResponse;

/** The change stream as the backfill asks about it: when it was created. */
final class FakeKinesis implements KinesisClient {
    Instant created = Instant.parse("2026-12-01T19:00:00Z");

    @Override
    public DescribeStreamSummaryResponse describeStreamSummary(DescribeStreamSummaryRequest request) {
        return DescribeStreamSummaryResponse.builder()
                .streamDescriptionSummary(s -> s.streamARN(request.streamARN()).streamCreationTimestamp(created))
                .build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}
}
