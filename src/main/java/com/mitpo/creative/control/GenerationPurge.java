package com.mitpo.creative.control;

import com.mitpo.platform.jobs.JobRuns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retention: generations in the trash for more than 30 days leave for good, their bucket objects
 * first, then their rows, in bounded batches. Idempotent and safe on every node at once (one
 * batch at a time holds the job's lock); each run leaves a {@code job_run} row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GenerationPurge {

    public static final String JOB = "purge-trashed-generations";
    static final int BATCH = 50;
    /** At most this many batches per run; the next run continues. */
    static final int MAX_BATCHES = 100;

    private static final Logger LOG = Logger.getLogger(GenerationPurge.class.getName());

    /** What a run did. */
    public record Report(JobRuns.Outcome outcome, int generations, int objects) {
    }

    @Inject
    PurgeSteps steps;

    @Inject
    JobRuns runs;

    public Report run() {
        return run(BATCH, key -> { });
    }

    public Report run(int batchSize, Consumer<String> objectDeleted) {
        UUID run = runs.start(JOB);
        int generations = 0;
        int objects = 0;
        try {
            for (int i = 0; i < MAX_BATCHES; i++) {
                Optional<PurgeSteps.Batch> batch = steps.purge(batchSize, objectDeleted);
                if (batch.isEmpty()) { // another node holds the lock: it carries on
                    JobRuns.Outcome outcome = i == 0 ? JobRuns.Outcome.SKIPPED : JobRuns.Outcome.SUCCEEDED;
                    runs.finish(run, outcome, generations, objects, null);
                    return new Report(outcome, generations, objects);
                }
                generations += batch.get().generations();
                objects += batch.get().objects();
                if (batch.get().generations() < batchSize) {
                    break;
                }
            }
            runs.finish(run, JobRuns.Outcome.SUCCEEDED, generations, objects, null);
            return new Report(JobRuns.Outcome.SUCCEEDED, generations, objects);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "purge of trashed generations stopped", failure);
            runs.finish(run, JobRuns.Outcome.FAILED, generations, objects, rootCause(failure));
            return new Report(JobRuns.Outcome.FAILED, generations, objects);
        }
    }

    /** The container wraps what went wrong in a batch; the record keeps what actually did. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
