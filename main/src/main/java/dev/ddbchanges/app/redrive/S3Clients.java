package dev.ddbchanges.app.redrive;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The command's S3 client: the JDK's HTTP connection, the caller's credentials (the SDK's default chain). */
public final class S3Clients {
    private S3Clients() {}

    /**
     * @param region where the environment put its bucket; a bucket elsewhere (given with --bucket) is still found
     * @param endpoint only for tests: an S3 API on this machine, addressed by path, in the environment's region
     */
    public static S3ClientBuilder builder(String region, Optional<URI> endpoint) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region));
        endpoint.ifPresentOrElse(
                uri -> builder.endpointOverride(uri).forcePathStyle(true),
                () -> builder.crossRegionAccessEnabled(true));
        return builder;
    }
}
