package dev.ddbchanges.app.constructs.delivery;

import dev.ddbchanges.app.config.DeliverySettings;
import dev.ddbchanges.app.constructs.changestream.ChangeStream;
import dev.ddbchanges.app.constructs.converter.ConverterFunction;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import java.util.Objects;

/**
 * @param streamName       the delivery stream's name (built by {@code Names})
 * @param logGroupName     where it logs delivery errors; the key policy lists the same name
 * @param roleName         the role Firehose reads, converts and writes with
 * @param accountId        the only account whose requests may use the role (an id or a Terraform reference)
 * @param source           the Kinesis stream it reads
 * @param converter        the Lambda that turns each change record into one line
 * @param bucket           where the lines land, under {@link DeliveryLayout#DATA_PREFIX}
 * @param key              encrypts the objects and the log group
 * @param settings         buffering towards S3 and towards the converter
 * @param logRetentionDays how long its delivery logs are kept
 */
public record DeliveryStreamProps(String streamName, String logGroupName, String roleName, String accountId, ChangeStream source,
        ConverterFunction converter, SecureBucket bucket, EncryptionKey key, DeliverySettings settings,
        int logRetentionDays) {

    public DeliveryStreamProps {
        Objects.requireNonNull(streamName, "streamName");
        Objects.requireNonNull(logGroupName, "logGroupName");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(converter, "converter");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(settings, "settings");
    }
}
