package com.mitpo.platform.work;

import com.mitpo.platform.jobs.ScheduledJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Finished work items leave after a week. Hourly on every node (non-persistent, like the other
 * housekeeping); the delete is idempotent, so two nodes at once do no harm.
 */
@Stateless
public class WorkHousekeeping {

    static final Duration KEPT = Duration.ofDays(7);
    static final int BATCH = 5_000;

    @Inject
    ScheduledJobs jobs;

    @Inject
    WorkClaims claims;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "41", persistent = false, timezone = "UTC")
    void hourly() {
        if (jobs.onThisNode()) {
            forgetFinished();
        }
    }

    /** Removes finished items older than a week; how many it removed. */
    public int forgetFinished() {
        int removed = 0;
        int batch;
        do {
            batch = claims.forgetFinished(clock.instant().minus(KEPT), BATCH);
            removed += batch;
        } while (batch == BATCH);
        return removed;
    }
}
