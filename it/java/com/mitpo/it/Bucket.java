package com.mitpo.it;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Looks into the integration tests' bucket, to see what the application stored or removed. */
public final class Bucket {

    private Bucket() {
    }

    public static List<String> keys(String prefix) {
        try (S3Client s3 = client()) {
            return s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(System.getenv("MITPO_S3_BUCKET"))
                    .prefix(prefix).build()).contents().stream().map(S3Object::key).toList();
        }
    }

    /** Removes an object behind the application's back, as a failure or an operator might. */
    public static void delete(String key) {
        try (S3Client s3 = client()) {
            s3.deleteObject(software.amazon.awssdk.services.s3.model.DeleteObjectRequest.builder()
                    .bucket(System.getenv("MITPO_S3_BUCKET")).key(key).build());
        }
    }

    private static S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(System.getenv("MITPO_S3_ENDPOINT")))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        System.getenv("MITPO_S3_ACCESS_KEY"), System.getenv("MITPO_S3_SECRET_KEY"))))
                .build();
    }
}
