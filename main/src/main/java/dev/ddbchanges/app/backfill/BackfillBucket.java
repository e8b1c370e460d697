package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.cli.AwsErrors;
import dev.ddbchanges.app.cli.CommandException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The backfill's S3 calls: it reads the export (in whatever bucket DynamoDB wrote it to) and writes into the data
 * bucket. Every failure is one line naming the object, S3's reason, and for a refusal the rights the caller needs.
 */
final class BackfillBucket {
    private static final List<Integer> CONDITION_FAILED = List.of(412, 409);
    private static final String ACCESS_NEEDED = "; the caller needs s3:GetObject on the export, s3:ListBucket, "
            + "s3:GetObject and s3:PutObject on the data bucket, and kms:Decrypt and kms:GenerateDataKey on the "
            + "environment's key";

    private final S3Client s3;
    private final String name;

    /** @param name the data bucket, which the lines and the marker go to */
    BackfillBucket(S3Client s3, String name) {
        this.s3 = s3;
        this.name = name;
    }

    String name() {
        return name;
    }

    /** An object's bytes, or empty when it does not exist. */
    Optional<byte[]> read(String bucket, String key) {
        try {
            return Optional.of(call(
                    "reading",
                    bucket,
                    key,
                    () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray()));
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
    }

    /** The keys under the prefix in the data bucket, in S3's (lexical) order. */
    List<String> keys(String prefix) {
        return call(
                "listing",
                name,
                prefix,
                () -> s3.listObjectsV2Paginator(b -> b.bucket(name).prefix(prefix)).contents().stream()
                        .map(S3Object::key)
                        .toList());
    }

    /** The folders right under the prefix in the data bucket ({@code <prefix>year=2026/}), in lexical order. */
    List<String> folders(String prefix) {
        return call(
                "listing",
                name,
                prefix,
                () ->
                        s3
                                .listObjectsV2Paginator(
                                        b -> b.bucket(name).prefix(prefix).delimiter("/"))
                                .commonPrefixes()
                                .stream()
                                .map(CommonPrefix::prefix)
                                .toList());
    }

    /** An object's body as a stream, to close after reading. */
    InputStream open(String bucket, String key) {
        return call(
                "reading", bucket, key, () -> s3.getObject(b -> b.bucket(bucket).key(key)));
    }

    /** Writes the object, replacing one at the key: a resumed run rewrites the same keys with the same bytes. */
    void put(String key, byte[] body) {
        call("writing", name, key, () -> s3.putObject(b -> b.bucket(name).key(key), RequestBody.fromBytes(body)));
    }

    /** Writes only if nothing is at the key yet; false when another run wrote it first. */
    boolean putIfAbsent(String key, byte[] body) {
        try {
            s3.putObject(b -> b.bucket(name).key(key).ifNoneMatch("*"), RequestBody.fromBytes(body));
            return true;
        } catch (S3Exception e) {
            if (CONDITION_FAILED.contains(e.statusCode())) {
                return false;
            }
            throw refused("writing", name, key, e);
        } catch (SdkClientException e) {
            throw unreachable(name, e);
        }
    }

    private static <T> T call(String doing, String bucket, String key, Supplier<T> call) {
        try {
            return call.get();
        } catch (NoSuchKeyException absent) {
            throw absent;
        } catch (S3Exception e) {
            throw refused(doing, bucket, key, e);
        } catch (SdkClientException e) {
            throw unreachable(bucket, e);
        }
    }

    private static CommandException refused(String doing, String bucket, String key, S3Exception e) {
        return CommandException.badInput(doing + " s3://" + bucket + "/" + key + " failed: " + AwsErrors.answer(e)
                + (e.statusCode() == 403 ? ACCESS_NEEDED : ""));
    }

    private static CommandException unreachable(String bucket, SdkClientException e) {
        return CommandException.badInput(
                "s3://" + bucket + " could not be reached: " + AwsErrors.clientError(e.getMessage()));
    }
}
