package com.mitpo.creative.boundary;

import com.mitpo.creative.control.GenerationPurge;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Every hour, on every node (not persistent: Payara Micro's cluster-held timers stop after a
 * node loss); the purge's lock lets one node do the work.
 */
@Stateless
public class PurgeSchedule {

    @Inject
    GenerationPurge purge;

    @Schedule(hour = "*", minute = "17", persistent = false, timezone = "UTC")
    void purgeTrash() {
        purge.run();
    }
}
