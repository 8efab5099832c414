package com.mitpo.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this node fires the scheduled jobs. Every node does by default (each job's lock or
 * idempotence makes the work happen once); an operator may keep some nodes to requests only,
 * and the integration tests fire jobs themselves, when a test asks, instead of on the hour.
 */
@ApplicationScoped
public class ScheduledJobs {

    @Inject
    @ConfigProperty(name = "mitpo.scheduled-jobs", defaultValue = "true")
    boolean enabled;

    public boolean onThisNode() {
        return enabled;
    }
}
