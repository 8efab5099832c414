package com.mitpo.platform.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

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
                .forcePathStyle(pathStyle)
                // Checksums only where S3 requires them: the newer default (trailing CRC in
                // chunked uploads) is not understood by every S3-compatible store (s3proxy, MinIO).
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
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

    /** Everything a workspace keeps in the bucket lies under this prefix; each feature has its folder in it. */
    public static String workspacePrefix(java.util.UUID workspaceId) {
        return "workspaces/" + workspaceId + "/";
    }

    public String bucket() {
        return bucket;
    }

    /**
     * Stores an object. Its content type is kept without parameters ("text/plain", not
     * "text/plain; charset=utf-8"): s3proxy refuses the signed request otherwise, and MITPO serves
     * files with the type its own rows record.
     */
    public void put(String key, byte[] content, String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip();
        client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(mediaType).build(),
                RequestBody.fromBytes(content));
    }

    /** Stores a file too large to hold in memory (a data export), as {@link #put} does. */
    public void put(String key, java.nio.file.Path file, String contentType) {
        client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                RequestBody.fromFile(file));
    }

    public byte[] get(String key) {
        return client.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key).build()).asByteArray();
    }

    /**
     * Streams an object, or the bytes {@code first}..{@code last} (inclusive) of it when
     * {@code first} is not negative, for the asset servlet's Range answers; empty when there is
     * no such object. The caller closes it.
     */
    public Optional<InputStream> open(String key, long first, long last) {
        var request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (first >= 0) {
            request.range("bytes=" + first + "-" + last);
        }
        try {
            return Optional.of(client.getObject(request.build()));
        } catch (NoSuchKeyException gone) {
            return Optional.empty(); // a row whose object a purge (or an operator) already removed
        }
    }

    /** Deletes one object; deleting one that is already gone is not an error (S3 semantics). */
    public void delete(String key) {
        client.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
    }

    /** Every key under {@code prefix} (folder placeholders, which some stores list, are not objects). */
    public List<String> list(String prefix) {
        return client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build())
                .contents().stream().map(S3Object::key).filter(key -> !key.endsWith("/")).toList();
    }

    /**
     * Deletes every object under {@code prefix}, one request per object: the multi-object delete
     * needs a checksum header that not every S3-compatible store accepts (s3proxy answers 501).
     */
    public int deletePrefix(String prefix) {
        List<String> keys = list(prefix);
        keys.forEach(this::delete);
        return keys.size();
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
