package com.mitpo.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mitpo.assistant.control.MemoryForgetting;
import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import com.mitpo.platform.jobs.BatchedRun;
import com.mitpo.platform.jobs.JobRuns;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 365-day memory job inside Payara against the real database, as the app's own role: the
 * cut-off by the database's clock (the rows' times are set that far back; the application's
 * clock a year ahead changes nothing), use and keeping restart the 365 days, pinned items stay.
 */
@ExtendWith(ArquillianExtension.class)
class MemoryForgettingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @Inject
    MemoryForgetting forgetting;

    private UUID workspace;
    private UUID user;

    @BeforeEach
    void aUserInAWorkspaceAndNothingElseDue() throws SQLException {
        workspace = UUID.randomUUID();
        user = UUID.randomUUID();
        Database.execute("insert into workspace (id, name) values (?, 'Memory test')", workspace);
        Database.execute("insert into \"user\" (id, email) values (?, ?)", user, user + "@example.test");
        forgetting.run(); // earlier tests' leftovers, if any
    }

    @Test
    void itemsUnusedFor365DaysAreForgottenAndNoOthers() throws SQLException {
        UUID kept = item("364 days 23 hours", null, false);
        UUID gone = item("365 days 1 minute", null, false);
        UUID usedAtDay200 = item("564 days 23 hours", "364 days 23 hours", false);
        UUID usedLongAgo = item("565 days 1 minute", "365 days 1 minute", false);
        UUID pinned = item("1000 days", null, true);

        BatchedRun.Report report;
        ItClock.advance(Duration.ofDays(365)); // the application's clock a year ahead changes nothing
        try {
            report = forgetting.run();
        } finally {
            ItClock.advance(Duration.ofDays(-365));
        }

        assertEquals(JobRuns.Outcome.SUCCEEDED, report.outcome());
        assertEquals(2, report.items());
        assertEquals("1", exists(kept));
        assertEquals("0", exists(gone));
        assertEquals("1", exists(usedAtDay200), "used at day 200: kept until day 565");
        assertEquals("0", exists(usedLongAgo));
        assertEquals("1", exists(pinned), "pinned items are never forgotten");
        assertEquals("succeeded", Database.value("select outcome from job_run where job = ? order by started_at desc limit 1",
                MemoryForgetting.JOB));
        assertEquals(0, forgetting.run().items(), "a second run finds nothing more to do");
    }

    private UUID item(String age, String usedAgo, boolean pinned) throws SQLException {
        UUID id = UUID.randomUUID();
        Database.execute("insert into assistant_memory (id, workspace_id, user_id, text, origin, pinned, created_at, "
                + "last_used_at) values (?, ?, ?, 'Our launch is in March.', 'proposed', ?, now() - cast(? as interval), "
                + "now() - cast(? as interval))", id, workspace, user, pinned, age, usedAgo == null ? age : usedAgo);
        return id;
    }

    private static String exists(UUID id) throws SQLException {
        return Database.value("select count(*) from assistant_memory where id = ?", id);
    }
}
