package dev.ddbchanges.app.redrive;

import dev.ddbchanges.app.cli.AwsErrors;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The few S3 calls the re-drive makes on one bucket: list, get, and conditional puts that never overwrite blindly. */
final class Bucket {
    /** S3's answers to a conditional write whose condition no longer holds (412), or raced another (409). */
    private static final List<Integer> CONDITION_FAILED = List.of(412, 409);

    private static final String ACCESS_NEEDED = "; the caller needs s3:ListBucket, s3:GetObject and s3:PutObject on "
            + "the bucket, and kms:Decrypt and kms:GenerateDataKey on its key";

    private final S3Client s3;
    private final String name;

    Bucket(S3Client s3, String name) {
        this.s3 = s3;
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The keys under the prefix within the range, in key order. */
    List<String> keys(String prefix, HourRange range) {
        ListObjectsV2Request.Builder request =
                ListObjectsV2Request.builder().bucket(name).prefix(prefix);
        range.startAfter(prefix).ifPresent(request::startAfter);
        List<String> keys = new ArrayList<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(request.build()).contents()) {
                if (range.isPast(prefix, object.key())) {
                    break;
                }
                keys.add(object.key());
            }
        } catch (S3Exception e) {
            throw refused("listing", prefix, e);
        }
        return keys;
    }

    /** An object's body, to read as a stream and close, and its ETag; empty when there is none. */
    Optional<Stored> open(String key) {
        try {
            ResponseInputStream<GetObjectResponse> object =
                    s3.getObject(b -> b.bucket(name).key(key));
            return Optional.of(new Stored(object, object.response().eTag()));
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        } catch (S3Exception e) {
            throw refused("reading", key, e);
        }
    }

    /**
     * Writes only if the object is still as read: absent ({@code etag} null, If-None-Match) or at that ETag
     * (If-Match), so two runs at once cannot drop each other's lines.
     *
     * @return false when another writer got there first: read again and merge
     */
    boolean putIfUnchanged(String key, byte[] body, String etag) {
        PutObjectRequest.Builder request =
                PutObjectRequest.builder().bucket(name).key(key);
        if (etag == null) {
            request.ifNoneMatch("*");
        } else {
            request.ifMatch(etag);
        }
        try {
            s3.putObject(request.build(), RequestBody.fromBytes(body));
            return true;
        } catch (S3Exception e) {
            if (CONDITION_FAILED.contains(e.statusCode())) {
                return false;
            }
            throw refused("writing", key, e);
        }
    }

    /** What S3 refused, where, and its own code and words for why; for a refusal, what the caller needs. */
    private RedriveException refused(String doing, String key, S3Exception e) {
        return new RedriveException(
                doing + " s3://" + name + "/" + key + " failed: " + AwsErrors.answer(e)
                        + (e.statusCode() == 403 ? ACCESS_NEEDED : ""),
                e);
    }

    /** @param etag as S3 answered it, to give back in If-Match */
    record Stored(InputStream body, String etag) {}
}
