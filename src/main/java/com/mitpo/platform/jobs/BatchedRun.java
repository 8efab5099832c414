package com.mitpo.platform.jobs;

import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A retention job's run as the house runs them: bounded batches, each its own transaction that
 * first takes the job's database lock (a batch answers empty when another node holds it, and that
 * node carries on), until a batch comes back short or the run has done its share; the run is on
 * record in {@code job_run} with its counts, and a failure with what actually went wrong.
 */
public final class BatchedRun {

    /** What one batch did: the items it handled and the bucket objects it deleted. */
    public record Batch(int items, int objects) {
    }

    /** What a run did. */
    public record Report(JobRuns.Outcome outcome, int items, int objects) {
    }

    private static final Logger LOG = Logger.getLogger(BatchedRun.class.getName());

    private BatchedRun() {
    }

    public static Report run(JobRuns runs, String job, int batchSize, int maxBatches, IntFunction<Optional<Batch>> batch) {
        UUID run = runs.start(job);
        int items = 0;
        int objects = 0;
        try {
            for (int i = 0; i < maxBatches; i++) {
                Optional<Batch> done = batch.apply(batchSize);
                if (done.isEmpty()) {
                    JobRuns.Outcome outcome = i == 0 ? JobRuns.Outcome.SKIPPED : JobRuns.Outcome.SUCCEEDED;
                    runs.finish(run, outcome, items, objects, null);
                    return new Report(outcome, items, objects);
                }
                items += done.get().items();
                objects += done.get().objects();
                if (done.get().items() < batchSize) {
                    break;
                }
            }
            runs.finish(run, JobRuns.Outcome.SUCCEEDED, items, objects, null);
            return new Report(JobRuns.Outcome.SUCCEEDED, items, objects);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, job + " stopped", failure);
            runs.finish(run, JobRuns.Outcome.FAILED, items, objects, rootCause(failure));
            return new Report(JobRuns.Outcome.FAILED, items, objects);
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
