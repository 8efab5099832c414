package com.mitpo.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./mitpo run}: the whole product on one machine with nothing installed but a JDK.
 * Starts an embedded PostgreSQL and an embedded S3 API server (unless MITPO_DB_URL /
 * MITPO_S3_ENDPOINT point elsewhere), then Payara Micro with the WAR, configured through the
 * same environment variables production uses. Ctrl-C stops all of it.
 */
public final class Mitpo {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> env = System.getenv();
    private final Path home = Path.of(env.getOrDefault("MITPO_HOME", "data")).toAbsolutePath();
    private final int port = Integer.parseInt(env.getOrDefault("MITPO_PORT", "8080"));
    private final List<AutoCloseable> running = new ArrayList<>();
    private Process payara;
    private volatile boolean stopping;

    public static void main(String[] args) {
        try {
            new Mitpo().run();
            System.exit(0);
        } catch (Exception | LinkageError e) {
            System.err.println("MITPO could not start: " + e);
            System.exit(1); // runs the shutdown hook, which stops whatever did start
        }
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        requireFree(port);
        Files.createDirectories(home.resolve("logs"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "mitpo-stop"));

        var payaraEnv = new java.util.HashMap<String, String>();
        startDatabase(payaraEnv);
        startObjectStore(payaraEnv);
        startMail(payaraEnv);
        payaraEnv.putIfAbsent("MITPO_PUBLIC_URL", env.getOrDefault("MITPO_PUBLIC_URL", "http://localhost:" + port));
        // Plain http on localhost: a Secure cookie would not come back from every browser.
        payaraEnv.putIfAbsent("MITPO_COOKIE_SECURE", env.getOrDefault("MITPO_COOKIE_SECURE", "false"));
        payaraEnv.put("MITPO_ASSETS_SIGNING_SECRET", env.getOrDefault("MITPO_ASSETS_SIGNING_SECRET", assetLinkSecret()));
        startPayara(payaraEnv);

        URI url = URI.create("http://localhost:" + port + "/");
        awaitReady(url.resolve("/health/ready"));
        System.out.printf("%nMITPO is ready at %s (started in %.1f s). Data: %s. Press Ctrl-C to stop.%n",
                url, (System.nanoTime() - started) / 1e9, home);
        int exit = payara.waitFor();
        if (exit != 0 && !stopping) {
            System.err.println("Payara Micro stopped with exit code " + exit + "; see " + payaraLog());
        }
    }

    /** Kept in the data folder, so links a page signed before a restart still open after it. */
    private String assetLinkSecret() throws IOException {
        Path file = home.resolve("asset-link-secret");
        if (!Files.exists(file)) {
            Files.writeString(file, secret() + secret());
        }
        return Files.readString(file).strip();
    }

    private void startDatabase(Map<String, String> payaraEnv) throws Exception {
        if (env.containsKey("MITPO_DB_URL")) {
            System.out.println("Using the database at " + env.get("MITPO_DB_URL"));
            return;
        }
        String ownerPassword = secret();
        String appPassword = secret();
        var database = EmbeddedDatabase.start(home.resolve("postgres"), 0, ownerPassword, appPassword);
        running.add(database);
        payaraEnv.put("MITPO_DB_URL", database.jdbcUrl());
        payaraEnv.put("MITPO_DB_USER", EmbeddedDatabase.APP);
        payaraEnv.put("MITPO_DB_PASSWORD", appPassword);
        payaraEnv.put("MITPO_DB_OWNER_USER", EmbeddedDatabase.OWNER);
        payaraEnv.put("MITPO_DB_OWNER_PASSWORD", ownerPassword);
        System.out.println("Embedded PostgreSQL on port " + database.port());
    }

    private void startObjectStore(Map<String, String> payaraEnv) throws Exception {
        if (env.containsKey("MITPO_S3_ENDPOINT")) {
            System.out.println("Using the S3 endpoint " + env.get("MITPO_S3_ENDPOINT"));
            return;
        }
        String bucket = env.getOrDefault("MITPO_S3_BUCKET", "mitpo-assets");
        String accessKey = "mitpo-local";
        String secretKey = secret();
        var store = EmbeddedObjectStore.start(home.resolve("objects"), freePort(), bucket, accessKey, secretKey);
        running.add(store);
        payaraEnv.put("MITPO_S3_ENDPOINT", store.endpoint().toString());
        payaraEnv.put("MITPO_S3_BUCKET", bucket);
        payaraEnv.put("MITPO_S3_ACCESS_KEY", accessKey);
        payaraEnv.put("MITPO_S3_SECRET_KEY", secretKey);
        System.out.println("Embedded S3 API at " + store.endpoint() + " (bucket " + bucket + ")");
    }

    private void startMail(Map<String, String> payaraEnv) throws Exception {
        if (env.containsKey("MITPO_SMTP_HOST")) {
            System.out.println("Sending mail through " + env.get("MITPO_SMTP_HOST"));
            return;
        }
        var outbox = DevOutbox.start(freePort(), home.resolve("outbox"));
        running.add(outbox);
        payaraEnv.put("MITPO_SMTP_HOST", "127.0.0.1");
        payaraEnv.put("MITPO_SMTP_PORT", Integer.toString(outbox.port()));
        System.out.println("Dev outbox: mails are printed here and saved under " + home.resolve("outbox"));
    }

    private void startPayara(Map<String, String> payaraEnv) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(List.of(env.getOrDefault("MITPO_JAVA_OPTS", "-Xmx1g").trim().split("\\s+")));
        command.add("-Djava.awt.headless=true"); // the local image and video providers draw off-screen
        command.addAll(List.of("-jar", property("mitpo.payaraJar"),
                "--deploy", property("mitpo.war"), "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster", "--disablephonehome",
                "--prebootcommandfile", property("mitpo.preBoot")));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(payaraLog().toFile()));
        builder.environment().putAll(payaraEnv);
        payara = builder.start();
        System.out.println("Payara Micro starting on port " + port + " (log: " + payaraLog() + ")");
    }

    private void awaitReady(URI ready) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up; see " + payaraLog());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Not ready after 180 s; see " + payaraLog());
    }

    private void stop() {
        stopping = true;
        if (payara != null && payara.isAlive()) {
            System.out.println("Stopping MITPO ...");
            payara.destroy();
            try {
                if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
        running.clear();
    }

    private Path payaraLog() {
        return home.resolve("logs/payara.log");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("Missing -D" + name + " (start MITPO with ./mitpo run)");
        }
        return value;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void requireFree(int port) {
        try (var socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException inUse) {
            throw new IllegalStateException("port " + port + " is in use; stop what uses it or set MITPO_PORT");
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
