package com.mitpo.assistant.control;

import com.mitpo.platform.jobs.BatchedRun;
import com.mitpo.platform.jobs.JobRuns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Retention of the assistant's memory: unpinned items neither used, edited nor kept for 365 days
 * (by the database's clock) are forgotten, in bounded batches under the job's lock, each batch
 * acting as every item's own user to delete it. The delete asks the question again, so an item
 * used between naming and deleting stays. Idempotent; safe on every node at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MemoryForgetting {

    public static final String JOB = "forget-unused-memory";
    static final int BATCH = 200;
    static final int MAX_BATCHES = 50;

    @Inject
    JobRuns runs;

    @Inject
    ForgettingBatch batches;

    public BatchedRun.Report run() {
        return run(BATCH);
    }

    public BatchedRun.Report run(int batchSize) {
        return BatchedRun.run(runs, JOB, batchSize, MAX_BATCHES, batches::batch);
    }

}
