package com.mitpo.creative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.creative.control.CreativeFiles;
import com.mitpo.creative.control.GenerationPurge;
import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import java.time.Duration;
import com.mitpo.platform.jobs.JobRuns;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 30-day purge inside Payara against the real database and bucket: the cut-off by the
 * database's clock, objects before rows, a run that dies half way finished by the next, and two
 * runs at once doing the work once.
 */
@ExtendWith(ArquillianExtension.class)
class GenerationPurgeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @Inject
    GenerationPurge purge;

    @Inject
    ObjectStore store;

    private UUID workspace;

    @BeforeEach
    void aWorkspaceAndNothingElseDue() throws SQLException {
        workspace = UUID.randomUUID();
        Database.execute("insert into workspace (id, name) values (?, 'Purge test')", workspace);
        purge.run(); // earlier tests' leftovers, if any, so counts below are this test's own
    }

    @Test
    void purgesOnlyWhatHasBeenInTheTrashForMoreThanThirtyDays() throws Exception {
        UUID kept = trashed("29 days 23 hours");
        UUID purged = trashed("30 days 1 minute");
        UUID restored = trashed(null);
        Database.execute("insert into credit_ledger (id, workspace_id, entry, amount, balance_after, paid_for) values "
                + "(gen_random_uuid(), ?, 'grant', 3, 3, ?)", workspace, purged);

        GenerationPurge.Report report;
        ItClock.advance(Duration.ofDays(365)); // the application's clock a year ahead changes nothing
        try {
            report = purge.run();
        } finally {
            ItClock.advance(Duration.ofDays(-365));
        }

        assertEquals(JobRuns.Outcome.SUCCEEDED, report.outcome());
        assertEquals(1, report.generations());
        assertEquals(2, report.objects());
        assertGone(purged);
        assertIntact(kept);
        assertIntact(restored);
        assertEquals(1, rows("select count(*) from credit_ledger where workspace_id = ? and paid_for = '"
                + purged + "'"), "the ledger keeps its record of a purged generation");
        assertEquals(1, rows("select count(*) from purge_receipt where workspace_id = ? and action = 'trash-purge' "
                + "and rows_removed = 3 and objects_removed = 2 and bytes_removed = 6 and details like '%" + purged + "%' "
                + "and summary = '1 generation left the trash after 30 days, with their files'"),
                "the workspace's receipt: one generation, its two asset rows and two files");
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(
                "select outcome, items, objects_deleted, finished_at, error from job_run where job = ? "
                        + "order by started_at desc limit 1")) {
            q.setString(1, GenerationPurge.JOB);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("succeeded", rs.getString(1));
                assertEquals(1, rs.getInt(2));
                assertEquals(2, rs.getInt(3));
                assertNotNull(rs.getTimestamp(4));
                assertEquals(null, rs.getString(5));
            }
        }

        assertEquals(0, purge.run().generations(), "a second run finds nothing more to do");
        assertIntact(kept);
    }

    @Test
    void aRunKilledHalfWayIsFinishedByTheNextWithNoOrphans() throws Exception {
        List<UUID> due = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            due.add(trashed("31 days"));
        }
        AtomicInteger deleted = new AtomicInteger();
        GenerationPurge.Report killed = purge.run(50, key -> {
            if (deleted.incrementAndGet() == 3) {
                throw new IllegalStateException("node killed after deleting " + key);
            }
        });
        assertEquals(JobRuns.Outcome.FAILED, killed.outcome());
        assertEquals(5, rows("select count(*) from generation where workspace_id = ?"), "the batch's row deletes rolled back");
        List<String> left = store.list(CreativeFiles.workspacePrefix(workspace));
        assertEquals(7, left.size(), "three of ten objects went first: " + left);
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(
                "select outcome, error from job_run where job = ? order by started_at desc limit 1")) {
            q.setString(1, GenerationPurge.JOB);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("failed", rs.getString(1));
                assertTrue(rs.getString(2).contains("node killed"));
            }
        }

        GenerationPurge.Report rerun = purge.run();

        assertEquals(JobRuns.Outcome.SUCCEEDED, rerun.outcome());
        assertEquals(5, rerun.generations());
        due.forEach(this::assertGone);
        assertEquals(List.of(), store.list(CreativeFiles.workspacePrefix(workspace)), "no orphan object");
        assertEquals(0, rows("select count(*) from asset where workspace_id = ?"), "no orphan row");
    }

    @Test
    void twoRunsAtOnceDoTheWorkOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            trashed("40 days");
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<GenerationPurge.Report>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> purge.run(5, key -> pause())));
            }
            int generations = 0;
            int objects = 0;
            for (Future<GenerationPurge.Report> run : runs) {
                GenerationPurge.Report report = run.get();
                assertTrue(report.outcome() != JobRuns.Outcome.FAILED, report.toString());
                generations += report.generations();
                objects += report.objects();
            }
            assertEquals(40, generations, "each generation purged by exactly one run");
            assertEquals(80, objects);
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(0, rows("select count(*) from generation where workspace_id = ?"));
        assertEquals(List.of(), store.list(CreativeFiles.workspacePrefix(workspace)));
    }

    /**
     * A purge killed half way (kill -9) left objects deleted, rows kept and its run "running":
     * the next run closes that record as abandoned and finishes the work; the rows' assets
     * answer 404 meanwhile (AssetServlet), not 500.
     */
    @Test
    void aRunWhoseNodeDiedIsClosedAsAbandonedAndTheNextRunFinishesItsWork() throws Exception {
        UUID halfDone = trashed("31 days");
        store.deletePrefix(CreativeFiles.generationPrefix(workspace, halfDone)); // the objects went, the rows stayed
        UUID beforeRestart = UUID.randomUUID();
        UUID longAgo = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        long processStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Database.execute("insert into job_run (id, job, node, started_at, outcome) values (?, ?, ?, ?, 'running')", beforeRestart,
                GenerationPurge.JOB, JobRuns.node(), new java.sql.Timestamp(processStart - 1000));
        Database.execute("insert into job_run (id, job, node, started_at, outcome) values (?, ?, 'elsewhere', now() - interval '2 hours', 'running')",
                longAgo, GenerationPurge.JOB);
        Database.execute("insert into job_run (id, job, node, started_at, outcome) values (?, ?, 'elsewhere', now() - interval '1 minute', 'running')",
                elsewhere, GenerationPurge.JOB);

        GenerationPurge.Report report = purge.run();

        assertEquals(JobRuns.Outcome.SUCCEEDED, report.outcome());
        assertGone(halfDone);
        for (UUID dead : List.of(beforeRestart, longAgo)) {
            assertEquals("abandoned ended: The node running it stopped before the run ended; the next run carried on.",
                    run(dead), "closed: " + dead);
        }
        assertEquals("running", run(elsewhere), "a run another node is still doing is left alone");
        Database.execute("update job_run set outcome = 'succeeded', finished_at = now() where id = ?", elsewhere);
    }

    // --- set-up as the rows and objects a real generation leaves ------------------------------

    /** A generation with two outputs, deleted that long ago by the database's clock (null: restored). */
    private UUID trashed(String age) {
        UUID generation = UUID.randomUUID();
        try {
            Database.execute("insert into generation (id, workspace_id, kind, prompt, status, variants, deleted_at) values "
                    + "(?, ?, 'image', 'x', 'succeeded', 2, " + (age == null ? "null" : "now() - interval '" + age + "'")
                    + ")", generation, workspace);
            for (int variant = 1; variant <= 2; variant++) {
                String key = CreativeFiles.generationPrefix(workspace, generation) + variant + ".png";
                store.put(key, new byte[] {1, 2, 3}, "image/png");
                Database.execute("insert into asset (id, workspace_id, generation_id, variant, object_key, content_type, size_bytes, "
                        + "sha256) values (gen_random_uuid(), ?, ?, " + variant + ", ?, 'image/png', 3, 'x')",
                        workspace, generation, key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return generation;
    }

    private void assertGone(UUID generation) {
        try {
            assertEquals(0, rows("select count(*) from generation where workspace_id = ? and id = '" + generation + "'"));
            assertEquals(0, rows("select count(*) from asset where workspace_id = ? and generation_id = '" + generation + "'"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(List.of(), store.list(CreativeFiles.generationPrefix(workspace, generation)));
    }

    private void assertIntact(UUID generation) throws SQLException {
        assertEquals(1, rows("select count(*) from generation where workspace_id = ? and id = '" + generation + "'"));
        assertEquals(2, rows("select count(*) from asset where workspace_id = ? and generation_id = '" + generation + "'"));
        assertEquals(2, store.list(CreativeFiles.generationPrefix(workspace, generation)).size());
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job run's outcome, and its error once it ended. */
    private static String run(UUID id) throws SQLException {
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(
                "select outcome || coalesce(case when finished_at is not null then ' ended: ' || error end, '') "
                        + "from job_run where id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long rows(String countQuery) throws SQLException {
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(countQuery)) {
            q.setObject(1, workspace);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

}
