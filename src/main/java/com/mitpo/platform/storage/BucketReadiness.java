package com.mitpo.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the private bucket answers. */
@Readiness
@ApplicationScoped
public class BucketReadiness implements HealthCheck {

    @Inject
    ObjectStore store;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bucket").status(store.bucketReachable()).build();
    }
}
