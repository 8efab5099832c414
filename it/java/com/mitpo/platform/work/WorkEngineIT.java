package com.mitpo.platform.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The background-work engine inside Payara against the real database: many workers claim each
 * item exactly once, an item whose worker died (its lease ran out) is taken over and finished
 * once with the credits consistent, and interactive work is served ahead of a batch backlog.
 */
@ExtendWith(ArquillianExtension.class)
class WorkEngineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @Inject
    WorkWorkers workers;

    @Inject
    WorkStates states;

    @Inject
    com.mitpo.platform.persistence.TenantContext tenant;

    @Resource
    ManagedExecutorService executor;

    private UUID workspace;
    private UUID user;
    private final UUID elsewhere = UUID.randomUUID();

    @BeforeEach
    void aWorkspace() throws SQLException {
        workspace = UUID.randomUUID();
        user = UUID.randomUUID();
        Database.execute("insert into \"user\" (id, email) values (?, ?)", user, user + "@example.test");
        Database.execute("insert into workspace (id, name) values (?, 'Work test')", workspace);
    }

    @Test
    void fiveHundredItemsAndThreeWorkersDoEachItemExactlyOnce() throws Exception {
        List<UUID> subjects = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            subjects.add(queued(ItWork.Counting.KIND, "batch"));
        }
        AtomicInteger ran = new AtomicInteger();
        List<Future<?>> three = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            three.add(executor.submit(() -> {
                while (workers.runOne(WorkPriority.BATCH)) {
                    ran.incrementAndGet();
                }
            }));
        }
        for (Future<?> worker : three) {
            worker.get();
        }
        awaitAll(subjects, "done"); // the node's own workers may have taken some, woken by their poll

        for (UUID subject : subjects) {
            assertEquals(1, ItWork.Counting.PERFORMED.get(subject).get(), "performed once: " + subject);
        }
        assertTrue(ran.get() > 0, "the three test workers did work");
        assertEquals(500, count("select count(*) from work_item where workspace_id = ? and status = 'done' "
                + "and attempts = 1 and progress = 100 and outcome_code = 'DONE'"));
    }

    @Test
    void aGenerationWhoseWorkerDiedIsTakenOverAndFinishedOnceWithItsDebitAndNoRefund() throws Exception {
        UUID generation = halfMadeGeneration();
        UUID item = leased("generation", generation, 1, Duration.ofMinutes(-1));

        runUntilFinished(item, WorkPriority.INTERACTIVE);

        assertEquals("done DONE 2", item(item));
        assertEquals(1, count("select count(*) from generation where workspace_id = ? and status = 'succeeded' "
                + "and id = '" + generation + "'"));
        assertEquals(1, count("select count(*) from work_item where workspace_id = ? and progress = 100 and subject_id = '"
                + generation + "'"), "the page reads 100 % from the item");
        assertEquals(2, count("select count(*) from asset where workspace_id = ? and generation_id = '" + generation + "'"),
                "the stored variant kept, the missing one made");
        assertEquals(1, count("select count(*) from asset where workspace_id = ? and variant = 1 and sha256 = 'first' "
                + "and generation_id = '" + generation + "'"), "variant 1 was not made again");
        assertEquals(8, balance(), "10 granted, 2 debited, nothing refunded");
    }

    @Test
    void aLeaseStillRunningIsLeftAloneAndOneWhoseNodesKeptDyingIsFailedWithItsRefund() throws Exception {
        UUID alive = halfMadeGeneration();
        UUID aliveItem = leased("generation", alive, 1, Duration.ofMinutes(10));
        UUID doomed = halfMadeGeneration();
        UUID doomedItem = leased("generation", doomed, 3, Duration.ofMinutes(-1));

        runUntilFinished(doomedItem, WorkPriority.INTERACTIVE);

        assertEquals("failed ATTEMPTS_EXHAUSTED 4", item(doomedItem));
        assertEquals(1, count("select count(*) from generation where workspace_id = ? and status = 'failed' "
                + "and id = '" + doomed + "'"));
        assertEquals(0, count("select count(*) from asset where workspace_id = ? and generation_id = '" + doomed + "'"));
        assertEquals("running null 1", item(aliveItem), "a lease that has not run out is not taken");
        assertEquals(6 + 2, balance(), "10 granted, 2 + 2 debited, the doomed one's 2 refunded");
    }

    @Test
    void interactiveWorkIsServedWhileABatchBacklogWaits() throws Exception {
        List<UUID> backlog = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            backlog.add(queued(ItWork.Slow.KIND, "batch"));
        }
        workers.wake(WorkPriority.BATCH);
        UUID urgent = queued(ItWork.Counting.KIND, "interactive");
        workers.wake(WorkPriority.INTERACTIVE);

        awaitAll(List.of(urgent), "done");
        long waiting = count("select count(*) from work_item where workspace_id = ? and kind = '" + ItWork.Slow.KIND
                + "' and status = 'queued'");
        assertTrue(waiting >= 20, "the urgent item was done with " + waiting + " of 40 batch items still waiting");
        awaitAll(backlog, "done");
    }

    @Test
    void anItemIsTheRecordOfItsSubjectsWorkForAsLongAsTheSubjectLivesAndLeavesWithIt() throws Exception {
        UUID failedLongAgo = halfMadeGeneration();
        Database.execute("insert into work_item (id, workspace_id, kind, subject_id, priority, status, attempts, progress, "
                + "step, outcome_code, outcome_params, created_at, finished_at) values (gen_random_uuid(), ?, 'generation', ?, "
                + "'interactive', 'failed', 1, 60, 'writing', 'PROVIDER_FAILED', '[\"quota exceeded\"]', ?, ?)",
                workspace, failedLongAgo, appTime(Duration.ofDays(-400)), appTime(Duration.ofDays(-400)));
        UUID neverSeen = UUID.randomUUID();

        tenant.enter(user, workspace);
        var read = states.of("generation", List.of(failedLongAgo, neverSeen));

        WorkState failure = read.get(failedLongAgo);
        assertEquals(WorkState.Status.FAILED, failure.status(), "kept after 400 days: " + failure);
        assertEquals(List.of("quota exceeded"), failure.outcomeParams());
        assertEquals("PROVIDER_FAILED 60 writing", failure.outcomeCode() + " " + failure.progress() + " " + failure.step());
        assertEquals(WorkState.NONE, read.get(neverSeen), "a subject the engine never had has nothing left to do");
        Database.execute("insert into workspace (id, name) values (?, 'Elsewhere')", elsewhere);
        Database.execute("insert into work_item (id, workspace_id, kind, subject_id, priority, status, created_at) "
                + "values (gen_random_uuid(), ?, 'generation', ?, 'interactive', 'queued', now())", elsewhere, neverSeen);
        assertEquals(WorkState.NONE, states.of("generation", neverSeen), "another workspace's item is not read");

        Database.execute("delete from generation where id = ?", failedLongAgo); // its outputs follow by cascade
        assertEquals(0, count("select count(*) from work_item where workspace_id = ? and subject_id = '" + failedLongAgo + "'"),
                "the item left with its generation");
    }

    // --- set-up -----------------------------------------------------------------------------

    private UUID queued(String kind, String priority) throws SQLException {
        UUID subject = UUID.randomUUID();
        Database.execute("insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, created_at) "
                + "values (gen_random_uuid(), ?, ?, ?, ?, ?, 'queued', clock_timestamp())", workspace, user, kind, subject,
                priority);
        return subject;
    }

    /** An item that ended ({@code status}) that long ago by the application's (moved) clock. */
    private UUID finished(String status, Duration ago) throws SQLException {
        UUID subject = UUID.randomUUID();
        Database.execute("insert into work_item (id, workspace_id, kind, subject_id, priority, status, attempts, "
                + "outcome_code, created_at, finished_at) values (gen_random_uuid(), ?, ?, ?, 'batch', ?, 1, 'DONE', ?, ?)",
                workspace, ItWork.Counting.KIND, subject, status, appTime(ago.negated()), appTime(ago.negated()));
        return subject;
    }

    /**
     * A moment relative to the application's clock, which the tests move: leases and ages are
     * judged by it, not by the database's clock.
     */
    private static java.time.OffsetDateTime appTime(Duration fromNow) {
        return ItClock.now().plus(fromNow).atOffset(java.time.ZoneOffset.UTC);
    }

    /** An item a worker claimed (attempts so far) and holds until {@code leaseUntil}. */
    private UUID leased(String kind, UUID subject, int attempts, Duration leaseLeft) throws SQLException {
        UUID item = UUID.randomUUID();
        Database.execute("insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, attempts, "
                + "lease_token, lease_until, created_at, started_at) values (?, ?, ?, ?, ?, 'interactive', 'running', ?, "
                + "gen_random_uuid(), ?, ?, ?)", item, workspace, user, kind, subject, attempts, appTime(leaseLeft),
                appTime(Duration.ofMinutes(-5)), appTime(Duration.ofMinutes(-5)));
        return item;
    }

    /** A copy generation of two variants, debited, running, with variant 1 stored: as a node leaves it when it dies. */
    private UUID halfMadeGeneration() throws SQLException {
        if (count("select count(*) from credit_ledger where workspace_id = ?") == 0) {
            Database.execute("insert into credit_ledger (id, workspace_id, entry, amount, balance_after) "
                    + "values (gen_random_uuid(), ?, 'grant', 10, 10)", workspace);
            Database.execute("insert into brand (id, workspace_id, name) values (gen_random_uuid(), ?, 'Northwind')", workspace);
        }
        UUID generation = UUID.randomUUID();
        Database.execute("insert into generation (id, workspace_id, brand_id, created_by, kind, prompt, status, variants, model_id, "
                + "provider, model, credit_cost) values (?, ?, (select id from brand where workspace_id = ? limit 1), "
                + "?, 'copy', 'Spring launch email', 'running', 2, 'local/brand-writer', 'local', 'brand-writer', 2)",
                generation, workspace, workspace, user);
        Database.execute("insert into credit_ledger (id, workspace_id, entry, amount, balance_after, paid_for, created_by) select "
                + "gen_random_uuid(), ?, 'debit', -2, (select balance_after from credit_ledger where workspace_id = ? "
                + "order by seq desc limit 1) - 2, ?, ?", workspace, workspace, generation, user);
        Database.execute("insert into asset (id, workspace_id, generation_id, variant, object_key, content_type, size_bytes, sha256, "
                + "preview_text) values (gen_random_uuid(), ?, ?, 1, 'workspaces/' || ? || '/generations/' || ? || '/1.txt', "
                + "'text/plain', 5, 'first', 'First')", workspace, generation, workspace, generation);
        return generation;
    }

    // --- watching ---------------------------------------------------------------------------

    private void runUntilFinished(UUID item, WorkPriority priority) throws Exception {
        for (int i = 0; i < 200 && item(item).startsWith("running") || i == 0; i++) {
            workers.runOne(priority); // or the node's poll takes it: either way one worker does
            if (item(item).startsWith("running")) {
                Thread.sleep(100);
            }
        }
    }

    private void awaitAll(List<UUID> subjects, String status) throws Exception {
        for (int i = 0; i < 600; i++) {
            long left = subjects.stream().filter(s -> {
                try {
                    return count("select count(*) from work_item where workspace_id = ? and status <> '" + status
                            + "' and subject_id = '" + s + "'") > 0;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            if (left == 0) {
                return;
            }
            workers.wakeAll();
            Thread.sleep(100);
        }
        throw new AssertionError("items not " + status + " in time");
    }

    /** "status outcome attempts" of an item. */
    private String item(UUID id) throws SQLException {
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(
                "select status || ' ' || coalesce(outcome_code, 'null') || ' ' || attempts from work_item where id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long balance() throws SQLException {
        return count("select balance_after from credit_ledger where workspace_id = ? order by seq desc limit 1");
    }

    private long count(String query) throws SQLException {
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(query)) {
            q.setObject(1, workspace);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

}
