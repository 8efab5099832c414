package com.mitpo.it;

import com.mitpo.launcher.EmbeddedDatabase;
import com.mitpo.launcher.EmbeddedObjectStore;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real PostgreSQL and S3 server once for the whole integration-test run, on the
 * ports Maven reserved, before any test (and so before Arquillian starts Payara Micro, which
 * reads the matching MITPO_* environment set by failsafe). Does nothing in unit-test runs.
 */
public class ItServices implements LauncherSessionListener {

    static final String DB_OWNER_PASSWORD = "mitpo_owner_it";
    static final String DB_APP_PASSWORD = "mitpo_app_it";

    private static GreenMail mail;
    private static MockOAuth2Server oauth;
    private GitHubStandIn github;
    private static ModelVendorStandIn openAi;
    private static ModelVendorStandIn anthropic;

    private static EmbeddedDatabase database;
    private static Path databaseHome;
    private static int databasePort;
    private EmbeddedObjectStore objectStore;

    /** The OpenID Connect provider playing Google (issuer id "google"). */
    public static MockOAuth2Server oauth() {
        return oauth;
    }

    /** OpenAI's API, played on loopback (the app is configured with its URL and a key). */
    public static ModelVendorStandIn openAi() {
        return openAi;
    }

    /** Anthropic's API, played on loopback: configured too, so a test can see it was not called. */
    public static ModelVendorStandIn anthropic() {
        return anthropic;
    }

    /** The SMTP server the application sends to during the integration tests. */
    public static GreenMail mail() {
        return mail;
    }

    /**
     * Arquillian's Payara Micro container copies the WAR into a fresh temporary folder for every
     * deployment (about 190 MB) and never removes it; those made during this run go at its end.
     */
    private static final String DEPLOYMENT_FOLDERS = "arquillian-payara-micro";
    /** Null unless this session started the services: a unit-test session must not clean another run's folders. */
    private java.util.Set<Path> foldersBefore;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dbPort = System.getProperty("mitpo.it.db.port");
        if (dbPort == null || database != null) {
            return;
        }
        foldersBefore = deploymentFolders();
        Path home = Path.of(System.getProperty("mitpo.it.home"));
        try {
            deleteRecursively(home); // every run starts from an empty database and bucket
            databaseHome = home.resolve("postgres");
            databasePort = Integer.parseInt(dbPort);
            database = EmbeddedDatabase.start(databaseHome, databasePort, DB_OWNER_PASSWORD, DB_APP_PASSWORD);
            objectStore = EmbeddedObjectStore.start(home.resolve("objects"),
                    Integer.parseInt(System.getProperty("mitpo.it.s3.port")),
                    System.getenv("MITPO_S3_BUCKET"), System.getenv("MITPO_S3_ACCESS_KEY"),
                    System.getenv("MITPO_S3_SECRET_KEY"));
            mail = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("mitpo.it.smtp.port")),
                    "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            oauth = new MockOAuth2Server();
            oauth.start(Integer.parseInt(System.getProperty("mitpo.it.oauth.port")));
            github = GitHubStandIn.start(Integer.parseInt(System.getProperty("mitpo.it.github.port")));
            openAi = ModelVendorStandIn.start(Integer.parseInt(System.getProperty("mitpo.it.openai.port")));
            anthropic = ModelVendorStandIn.start(Integer.parseInt(System.getProperty("mitpo.it.anthropic.port")));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded services for the integration tests", e);
        }
    }

    /** Work to do while the database is stopped. */
    @FunctionalInterface
    public interface Outage {
        void run() throws Exception;
    }

    /**
     * Stops PostgreSQL, runs {@code whileDown}, and starts it again on the same data and port,
     * whatever happened: the other tests of the run need it.
     */
    public static synchronized void whileTheDatabaseIsDown(Outage whileDown) throws Exception {
        database.close();
        try {
            whileDown.run();
        } finally {
            database = EmbeddedDatabase.start(databaseHome, databasePort, DB_OWNER_PASSWORD, DB_APP_PASSWORD);
        }
    }

    private static java.util.Set<Path> deploymentFolders() {
        try (var found = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return found.filter(p -> p.getFileName().toString().startsWith(DEPLOYMENT_FOLDERS))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            return java.util.Set.of();
        }
    }

    private static void deleteRecursively(Path path) throws java.io.IOException {
        if (java.nio.file.Files.exists(path)) {
            try (var files = java.nio.file.Files.walk(path)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (mail != null) {
                mail.stop();
            }
            if (oauth != null) {
                oauth.shutdown();
            }
            if (github != null) {
                github.stop();
            }
            if (openAi != null) {
                openAi.stop();
            }
            if (anthropic != null) {
                anthropic.stop();
            }
            if (objectStore != null) {
                objectStore.close();
            }
            if (database != null) {
                database.close();
            }
            if (foldersBefore != null) {
                for (Path folder : deploymentFolders()) {
                    if (!foldersBefore.contains(folder)) {
                        deleteRecursively(folder);
                    }
                }
            }
        } catch (Exception e) {
            System.err.println("While stopping the embedded services: " + e);
        }
    }
}
