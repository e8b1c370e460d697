package dev.ddbchanges.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HourPartitionsTest {
    @Test
    void firehosesPrefixNamesEachPartitionColumnWithItsTimestampPattern() {
        assertThat(HourPartitions.FIREHOSE_PREFIX)
                .isEqualTo("year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/hour=!{timestamp:HH}/");
    }

    @Test
    void anInstantIsFiledUnderItsUtcHourWithZeroPaddedFields() {
        assertThat(HourPartitions.path(Instant.parse("2026-11-25T23:59:40Z")))
                .isEqualTo("year=2026/month=11/day=25/hour=23/");
        assertThat(HourPartitions.path(Instant.parse("2027-01-02T03:00:00.000001Z")))
                .isEqualTo("year=2027/month=01/day=02/hour=03/");
    }
}
