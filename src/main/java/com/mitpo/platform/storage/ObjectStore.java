package com.mitpo.platform.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;

/**
 * The private bucket that holds uploads and generated assets. Any S3 API works (path-style
 * by default, so MinIO, s3proxy and friends do too). Object keys never reach the browser.
 */
@ApplicationScoped
public class ObjectStore {

    @Inject
    @ConfigProperty(name = "mitpo.s3.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "mitpo.s3.region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "mitpo.s3.bucket", defaultValue = "mitpo-assets")
    String bucket;

    @Inject
    @ConfigProperty(name = "mitpo.s3.access-key")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "mitpo.s3.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "mitpo.s3.path-style", defaultValue = "true")
    boolean pathStyle;

    private S3Client client;

    @PostConstruct
    void connect() {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .credentialsProvider(credentials())
                .forcePathStyle(pathStyle);
        endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        client = builder.build();
    }

    private AwsCredentialsProvider credentials() {
        if (accessKey.isPresent() && secretKey.isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public String bucket() {
        return bucket;
    }

    /** True when the bucket exists and these credentials may use it. */
    public boolean bucketReachable() {
        try {
            client.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
