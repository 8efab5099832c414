package com.mitpo.creative.boundary;

import com.mitpo.creative.control.GenerationPurge;
import com.mitpo.platform.jobs.ScheduledJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The Studio's scheduled jobs, thin doors to their services. They fire on every node (not
 * persistent: Payara Micro's cluster-held timers stop after a node loss); each job's own lock or
 * checks make the work happen once.
 */
@Stateless
public class StudioHousekeeping {

    @Inject
    ScheduledJobs jobs;

    @Inject
    GenerationPurge purge;

    @Schedule(hour = "*", minute = "17", persistent = false, timezone = "UTC")
    void purgeTrash() {
        if (jobs.onThisNode()) {
            purge.run();
        }
    }
}
