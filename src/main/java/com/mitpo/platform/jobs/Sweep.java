package com.mitpo.platform.jobs;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A scheduled job that handles each item due, one step (and transaction) per item, with its
 * run on record: started, then succeeded with the count, or failed with the count so far and
 * the reason. The items are named inside the run, so a failure to name them is recorded too.
 */
public final class Sweep {

    private Sweep() {
    }

    /** The number of items it handled. */
    public static <T> int run(JobRuns runs, String job, Supplier<List<T>> due, Consumer<T> step) {
        UUID run = runs.start(job);
        int done = 0;
        try {
            for (T item : due.get()) {
                step.accept(item);
                done++;
            }
            runs.finish(run, JobRuns.Outcome.SUCCEEDED, done, 0, null);
        } catch (RuntimeException failure) {
            runs.finish(run, JobRuns.Outcome.FAILED, done, 0, failure.toString());
        }
        return done;
    }
}
