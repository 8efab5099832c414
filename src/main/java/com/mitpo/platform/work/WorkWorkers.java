package com.mitpo.platform.work;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's workers: a pool per priority, each worker claiming one item at a time until its
 * queue is empty. New work wakes them on commit ({@link WorkQueue}); a poll every few seconds
 * wakes them too, which is how items queued on other nodes and items whose node died (lease run
 * out) are picked up here.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// The workers' own threads: the default executor (mails, exports) has few, and work queued behind
// them would wait for them; at most this many run at once, whatever the pools are set to.
@ManagedExecutorDefinition(name = WorkWorkers.EXECUTOR, maxAsync = WorkWorkers.MAX_THREADS)
public class WorkWorkers {

    static final String EXECUTOR = "java:app/concurrent/mitpoWork";
    static final int MAX_THREADS = 12;

    private static final Logger LOG = Logger.getLogger(WorkWorkers.class.getName());

    @Inject
    WorkClaims claims;

    @Inject
    @Any
    Instance<WorkHandler> handlers;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "mitpo.work.interactive-workers", defaultValue = "4")
    int interactiveWorkers;

    @Inject
    @ConfigProperty(name = "mitpo.work.batch-workers", defaultValue = "2")
    int batchWorkers;

    @Inject
    @ConfigProperty(name = "mitpo.work.poll-seconds", defaultValue = "10")
    int pollSeconds;

    private final Map<String, WorkHandler> byKind = new java.util.HashMap<>();
    private final Map<WorkPriority, Semaphore> idle = new EnumMap<>(WorkPriority.class);
    /** Set by a wake-up that found every worker busy, so a worker about to stop looks once more. */
    private final Map<WorkPriority, AtomicBoolean> wanted = new EnumMap<>(WorkPriority.class);
    private ScheduledFuture<?> poll;

    @PostConstruct
    void start() {
        for (WorkHandler handler : handlers) {
            if (byKind.putIfAbsent(handler.kind(), handler) != null) {
                throw new IllegalStateException("two handlers for work of kind " + handler.kind());
            }
        }
        idle.put(WorkPriority.INTERACTIVE, new Semaphore(Math.max(1, interactiveWorkers)));
        idle.put(WorkPriority.BATCH, new Semaphore(Math.max(1, batchWorkers)));
        for (WorkPriority priority : WorkPriority.values()) {
            wanted.put(priority, new AtomicBoolean());
        }
        if (pollSeconds > 0) {
            poll = scheduler.scheduleWithFixedDelay(this::wakeAll, pollSeconds, pollSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    public void wakeAll() {
        for (WorkPriority priority : WorkPriority.values()) {
            wake(priority);
        }
    }

    /** Starts idle workers of this priority; with none idle, the busy ones look again before they stop. */
    public void wake(WorkPriority priority) {
        wanted.get(priority).set(true);
        while (idle.get(priority).tryAcquire()) {
            try {
                executor.submit(() -> work(priority));
            } catch (RuntimeException rejected) {
                idle.get(priority).release();
                LOG.log(Level.WARNING, "could not start a worker", rejected);
                return;
            }
        }
    }

    private void work(WorkPriority priority) {
        try {
            do {
                wanted.get(priority).set(false);
                while (runOne(priority)) {
                    // next item
                }
            } while (wanted.get(priority).get());
        } finally {
            idle.get(priority).release();
        }
    }

    /** Claims one item of this priority and runs it here; false when there was none. */
    public boolean runOne(WorkPriority priority) {
        UUID token = UUID.randomUUID();
        Optional<WorkClaims.Claimed> claimed = claims.claim(priority, token);
        claimed.ifPresent(item -> run(new WorkLease(claims, item, token)));
        return claimed.isPresent();
    }

    private void run(WorkLease lease) {
        WorkClaims.Claimed item = lease.item();
        WorkHandler handler = byKind.get(item.kind());
        if (handler == null) {
            LOG.severe(() -> "no handler for work of kind " + item.kind() + " (item " + item.id() + ")");
            claims.finish(item, lease.token(), WorkOutcome.failed(WorkOutcome.UNKNOWN_KIND, item.kind()));
            return;
        }
        if (item.attempts() > item.maxAttempts()) {
            LOG.warning(() -> item.kind() + " " + item.subjectId() + ": given up after " + item.maxAttempts() + " attempts");
            finish(handler, lease, WorkOutcome.failed(WorkOutcome.ATTEMPTS_EXHAUSTED));
            return;
        }
        ScheduledFuture<?> renewal = scheduler.scheduleWithFixedDelay(() -> renew(lease),
                WorkClaims.RENEW_EVERY.toSeconds(), WorkClaims.RENEW_EVERY.toSeconds(), TimeUnit.SECONDS);
        WorkOutcome outcome;
        try {
            outcome = handler.perform(lease);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, item.kind() + " " + item.subjectId() + " failed", unexpected);
            outcome = WorkOutcome.failed(WorkOutcome.INTERNAL);
        } finally {
            renewal.cancel(false);
        }
        finish(handler, lease, outcome);
    }

    /** Records the outcome; a failure is first handed to the handler, unless another worker has the item now. */
    private void finish(WorkHandler handler, WorkLease lease, WorkOutcome outcome) {
        WorkClaims.Claimed item = lease.item();
        if (!outcome.succeeded() && lease.held()) {
            handler.failed(item.actor(), item.subjectId(), outcome);
        }
        claims.finish(item, lease.token(), outcome);
    }

    /**
     * One renewal of the ticker. A failed one (the database away for a moment) is logged and the
     * ticker goes on: a task that throws would never run again, and the lease would lapse while
     * the work still runs.
     */
    private static void renew(WorkLease lease) {
        try {
            lease.renew(null, null);
        } catch (RuntimeException unavailable) {
            LOG.log(Level.WARNING, "could not renew a work lease; trying again at the next tick", unavailable);
        }
    }
}
