package com.mitpo.account.boundary;

import com.mitpo.account.control.ExpiredExports;
import com.mitpo.platform.jobs.ScheduledJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The account area's scheduled jobs, thin doors to their services. They fire on every node (not
 * persistent, like the Studio's); each step is safe to repeat.
 */
@Stateless
public class AccountHousekeeping {

    @Inject
    ScheduledJobs jobs;

    @Inject
    ExpiredExports exports;

    /** Every ten minutes: expired export zips leave, interrupted exports are closed. */
    @Schedule(hour = "*", minute = "*/10", persistent = false, timezone = "UTC")
    void expireExports() {
        if (jobs.onThisNode()) {
            exports.sweep();
        }
    }
}
