package com.mitpo.it;

import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.work.WorkHandler;
import com.mitpo.platform.work.WorkLease;
import com.mitpo.platform.work.WorkOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only kinds of work, added to test deployments (never to the product). */
public final class ItWork {

    private ItWork() {
    }

    /** Counts how often each subject was performed, and in which order subjects finished. */
    @ApplicationScoped
    public static class Counting implements WorkHandler {
        public static final String KIND = "it-count";
        public static final Map<UUID, AtomicInteger> PERFORMED = new ConcurrentHashMap<>();
        public static final Map<UUID, Long> FINISHED_AT = new ConcurrentHashMap<>();

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public WorkOutcome perform(WorkLease lease) {
            PERFORMED.computeIfAbsent(lease.subjectId(), s -> new AtomicInteger()).incrementAndGet();
            FINISHED_AT.put(lease.subjectId(), System.nanoTime());
            return WorkOutcome.done();
        }

        @Override
        public void failed(Actor actor, UUID subjectId, WorkOutcome outcome) {
        }
    }

    /** Batch work that takes a while, to build a backlog. */
    @ApplicationScoped
    public static class Slow implements WorkHandler {
        public static final String KIND = "it-slow";

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public WorkOutcome perform(WorkLease lease) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return lease.progress(100) ? WorkOutcome.done() : WorkOutcome.gone();
        }

        @Override
        public void failed(Actor actor, UUID subjectId, WorkOutcome outcome) {
        }
    }
}
