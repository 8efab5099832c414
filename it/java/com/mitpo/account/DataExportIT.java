package com.mitpo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.account.control.ExpiredExports;
import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.platform.work.WorkPriority;
import com.mitpo.platform.work.WorkWorkers;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data exports inside Payara against the real database and bucket: the export's work, on the
 * engine as the user's own, writes what every feature contributes (a file already gone is listed
 * as missing, not fatal); an export whose node died is taken over and finished, one whose nodes
 * kept dying is failed; housekeeping removes expired zips by the database's clock.
 */
@ExtendWith(ArquillianExtension.class)
class DataExportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @Inject
    WorkWorkers workers;

    @Inject
    ExpiredExports expired;

    @Inject
    ObjectStore store;

    private UUID user;
    private UUID workspace;

    @BeforeEach
    void aUserWithAWorkspace() throws SQLException {
        user = UUID.randomUUID();
        workspace = UUID.randomUUID();
        Database.execute("insert into \"user\" (id, email) values (?, ?)", user, user + "@example.test");
        Database.execute("insert into workspace (id, name) values (?, 'Export test')", workspace);
        Database.execute("insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, ?, 'owner')",
                workspace, user);
    }

    @Test
    void theJobZipsWhatEveryFeatureContributedAndListsAGoneFileAsMissing() throws Exception {
        UUID brand = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        byte[] brochure = "Roasted in Lisbon.".getBytes(StandardCharsets.UTF_8);
        String documentKey = "workspaces/" + workspace + "/brands/" + brand + "/documents/" + document;
        store.put(documentKey, brochure, "text/plain");
        Database.execute("insert into brand (id, workspace_id, name, logo_key, logo_content_type) values (?, ?, 'Northwind', ?, 'image/png')",
                brand, workspace, "workspaces/" + workspace + "/brands/" + brand + "/logo-gone");
        Database.execute("insert into brand_document (id, workspace_id, brand_id, file_name, content_type, size_bytes, sha256, "
                + "object_key, analysis_model, status, extracted_text) values (?, ?, ?, 'brochure.txt', 'text/plain', ?, ?, ?, "
                + "'local/brand-writer', 'ready', 'Roasted in Lisbon.')",
                document, workspace, brand, brochure.length, sha256(brochure), documentKey);
        UUID export = UUID.randomUUID();
        Database.execute("insert into data_export (id, user_id, status) values (?, ?, 'queued')", export, user);
        Database.execute("insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, created_at) "
                + "values (gen_random_uuid(), null, ?, 'data-export', ?, 'batch', 'queued', ?)", user, export, appTime(0));

        assertEquals("done DONE 100", runUntilFinished(export));

        String key = Database.value("select object_key from data_export where id = ? and status = 'ready'", export);
        Map<String, byte[]> zip = unzip(store.get(key));
        JsonObject manifest = Json.createReader(new ByteArrayInputStream(zip.get("manifest.json"))).readObject();
        assertEquals(user.toString(), manifest.getString("userId"));
        Map<String, JsonObject> files = new HashMap<>();
        manifest.getJsonArray("files").getValuesAs(JsonObject.class).forEach(f -> files.put(f.getString("path"), f));
        String folder = "workspaces/" + workspace + "/brands/" + brand + "/";
        assertTrue(files.get(folder + "logo.png").getBoolean("missing"), "the logo whose object is gone");
        assertEquals(sha256(brochure), files.get(folder + "documents/" + document + ".txt").getString("sha256"));
        assertEquals("Roasted in Lisbon.", new String(zip.get(folder + "documents/" + document + ".extracted.txt"),
                StandardCharsets.UTF_8));
        assertEquals(List.of(), List.copyOf(files.keySet()).stream().filter(p -> !zip.containsKey(p)
                && !files.get(p).containsKey("missing")).toList(), "every listed file is in the zip");
        assertEquals(sha256(store.get(key)), Database.value("select sha256 from data_export where id = ?", export));
    }

    @Test
    void anExportWhoseNodeDiedIsTakenOverAndOneWhoseNodesKeptDyingIsFailed() throws Exception {
        UUID orphaned = export("running", "now() - interval '2 minutes'", "null");
        leased(orphaned, 1);
        UUID doomed = export("running", "now() - interval '2 minutes'", "null");
        leased(doomed, 3);

        assertEquals("done DONE 100", runUntilFinished(orphaned), "taken over and finished");
        assertEquals("ready", Database.value("select status from data_export where id = ?", orphaned));
        assertEquals(1, store.list("users/" + user + "/exports/" + orphaned).size());

        assertTrue(runUntilFinished(doomed).startsWith("failed ATTEMPTS_EXHAUSTED"), "given up after three nodes died on it");
        assertEquals("failed", Database.value("select status from data_export where id = ?", doomed));
        assertEquals(List.of(), store.list("users/" + user + "/exports/" + doomed));
    }

    @Test
    void expiredZipsLeaveAndNothingElseDoes() throws Exception {
        UUID old = export("ready", "now() - interval '8 days'", "now() - interval '1 minute'");
        UUID fresh = export("ready", "now() - interval '1 day'", "now() + interval '6 days'");
        UUID working = export("running", "now() - interval '31 minutes'", "null");

        assertTrue(expired.sweep() >= 1);

        assertEquals("0", Database.value("select count(*) from data_export where id = ?", old));
        assertEquals(List.of(), store.list("users/" + user + "/exports/" + old));
        assertEquals("ready", Database.value("select status from data_export where id = ?", fresh));
        assertEquals(1, store.list("users/" + user + "/exports/" + fresh).size());
        assertEquals("running", Database.value("select status from data_export where id = ?", working),
                "a long export is the engine's to judge, not housekeeping's");
        assertTrue(Long.parseLong(Database.value("select count(*) from job_run where job = ? and outcome = 'succeeded'",
                ExpiredExports.JOB)) > 0, "the run is on record");
    }

    /** An export with a zip in the bucket (when ready), last moved and expiring as given by the database's clock. */
    private UUID export(String status, String updated, String expires) throws SQLException {
        UUID id = UUID.randomUUID();
        String key = "users/" + user + "/exports/" + id + ".zip";
        if ("ready".equals(status)) {
            store.put(key, new byte[] {'P', 'K'}, "application/zip");
        }
        Database.execute("insert into data_export (id, user_id, status, object_key, updated_at, expires_at) values (?, ?, ?, ?, "
                + updated + ", " + expires + ")", id, user, status, "ready".equals(status) ? key : null);
        return id;
    }

    /** Runs workers until the export's item has finished; its "status outcome progress". */
    private String runUntilFinished(UUID export) throws Exception {
        String state = "";
        for (int i = 0; i < 300; i++) {
            state = Database.value("select status || ' ' || coalesce(outcome_code, '-') || ' ' || progress from work_item "
                    + "where kind = 'data-export' and subject_id = ?", export);
            if (state.startsWith("done") || state.startsWith("failed")) {
                return state;
            }
            workers.runOne(WorkPriority.BATCH); // or the node's poll takes it: either way one worker does
            Thread.sleep(50);
        }
        return state;
    }

    /** The export's item as a node leaves it when it dies mid-way: claimed that often, its lease run out. */
    private void leased(UUID export, int attempts) throws SQLException {
        Database.execute("insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, attempts, "
                + "lease_token, lease_until, created_at, started_at) values (gen_random_uuid(), null, ?, 'data-export', ?, "
                + "'batch', 'running', ?, gen_random_uuid(), ?, ?, ?)", user, export, attempts, appTime(-60), appTime(-300),
                appTime(-300));
    }

    /** That many seconds from the application's (moved) clock, by which leases are judged. */
    private static java.time.OffsetDateTime appTime(long seconds) {
        return ItClock.now().plusSeconds(seconds).atOffset(java.time.ZoneOffset.UTC);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

}
