import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

/**
 * Benchmark set-up (bench/asset-servlet.sh): stores one file as a finished one-variant video
 * generation the way the Studio does (object under CreativeFiles' key, then a generation and an
 * asset row with size and SHA-256), and presigns a GET of the same object for the S3 baseline.
 *
 * <pre>java -cp "$(cat target/launcher.classpath)" bench/AssetBenchSetup.java WORKSPACE_ID USER_ID FILE</pre>
 *
 * Reads MITPO_S3_ENDPOINT, MITPO_S3_ACCESS_KEY, MITPO_S3_SECRET_KEY, MITPO_S3_BUCKET,
 * MITPO_S3_REGION (optional) and MITPO_DB_URL from its environment (the script copies them from
 * the running Payara process). The rows are written as the embedded PostgreSQL's superuser
 * {@code postgres} (trust on localhost), which row-level security does not bind: a benchmark
 * fixture, not a path the application has. Prints {@code asset_id=}, {@code object_key=} and
 * {@code presigned_url=} lines.
 */
public final class AssetBenchSetup {

    private static final String CONTENT_TYPE = "video/mp4";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AssetBenchSetup WORKSPACE_ID USER_ID FILE");
            System.exit(2);
        }
        UUID workspace = UUID.fromString(args[0]);
        UUID user = UUID.fromString(args[1]);
        byte[] content = Files.readAllBytes(Path.of(args[2]));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        Map<String, String> env = System.getenv();
        URI endpoint = URI.create(require(env, "MITPO_S3_ENDPOINT"));
        String bucket = require(env, "MITPO_S3_BUCKET");
        String regionName = env.getOrDefault("MITPO_S3_REGION", "");
        Region region = Region.of(regionName.isBlank() ? "us-east-1" : regionName);
        var credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(require(env, "MITPO_S3_ACCESS_KEY"), require(env, "MITPO_S3_SECRET_KEY")));

        UUID generation = UUID.randomUUID();
        UUID asset = UUID.randomUUID();
        // CreativeFiles.outputKey(workspace, generation, 1, GenerationKind.VIDEO)
        String key = "workspaces/" + workspace + "/generations/" + generation + "/1.mp4";

        // The same client settings as ObjectStore (s3proxy does not take trailing checksums).
        try (S3Client s3 = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region).credentialsProvider(credentials).endpointOverride(endpoint).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build()) {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(CONTENT_TYPE).build(),
                    RequestBody.fromBytes(content));
        }

        try (Connection db = DriverManager.getConnection(require(env, "MITPO_DB_URL"), "postgres", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement g = db.prepareStatement("""
                    insert into generation (id, workspace_id, created_by, kind, prompt, provider, model, model_id,
                                            credit_cost, status, variants, progress, finished_at)
                    values (?, ?, ?, 'video', 'wrk benchmark: 1 MiB of random bytes', 'local', 'brand-motion',
                            'local/brand-motion', 0, 'succeeded', 1, 100, now())""");
                 PreparedStatement a = db.prepareStatement("""
                    insert into asset (id, workspace_id, generation_id, variant, object_key, content_type,
                                       size_bytes, sha256)
                    values (?, ?, ?, 1, ?, ?, ?, ?)""")) {
                g.setObject(1, generation);
                g.setObject(2, workspace);
                g.setObject(3, user);
                g.executeUpdate();
                a.setObject(1, asset);
                a.setObject(2, workspace);
                a.setObject(3, generation);
                a.setString(4, key);
                a.setString(5, CONTENT_TYPE);
                a.setLong(6, content.length);
                a.setString(7, sha256);
                a.executeUpdate();
            }
            db.commit();
        }

        String presigned;
        try (S3Presigner presigner = S3Presigner.builder()
                .region(region).credentialsProvider(credentials).endpointOverride(endpoint)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build()) {
            presigned = presigner.presignGetObject(GetObjectPresignRequest.builder()
                    .signatureDuration(Duration.ofMinutes(10))
                    .getObjectRequest(GetObjectRequest.builder().bucket(bucket).key(key).build())
                    .build()).url().toString();
        }

        System.out.println("asset_id=" + asset);
        System.out.println("object_key=" + key);
        System.out.println("sha256=" + sha256);
        System.out.println("presigned_url=" + presigned);
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
