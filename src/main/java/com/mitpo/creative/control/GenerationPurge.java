package com.mitpo.creative.control;

import com.mitpo.platform.jobs.BatchedRun;
import com.mitpo.platform.jobs.JobRuns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Consumer;

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
        BatchedRun.Report run = BatchedRun.run(runs, JOB, batchSize, MAX_BATCHES, size -> steps.purge(size, objectDeleted)
                .map(batch -> new BatchedRun.Batch(batch.generations(), batch.objects())));
        return new Report(run.outcome(), run.items(), run.objects());
    }
}
