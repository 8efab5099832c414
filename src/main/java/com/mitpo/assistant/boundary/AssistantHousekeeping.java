package com.mitpo.assistant.boundary;

import com.mitpo.assistant.control.MemoryForgetting;
import com.mitpo.platform.jobs.ScheduledJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The assistant's scheduled job, a thin door to its service. It fires on every node (not
 * persistent: Payara Micro's cluster-held timers stop after a node loss); the job's lock makes
 * the work happen once.
 */
@Stateless
public class AssistantHousekeeping {

    @Inject
    ScheduledJobs jobs;

    @Inject
    MemoryForgetting forgetting;

    @Schedule(hour = "3", minute = "41", persistent = false, timezone = "UTC")
    void forgetUnusedMemory() {
        if (jobs.onThisNode()) {
            forgetting.run();
        }
    }
}
