package com.mitpo.platform.work;

import com.mitpo.platform.persistence.Actor;
import java.util.UUID;

/**
 * One kind of background work (a CDI bean; the engine finds it by {@link #kind()}). The engine
 * calls it outside any transaction, on whichever node claimed the item.
 */
public interface WorkHandler {

    /** The kind this handler does, as items name it. */
    String kind();

    /**
     * Does the work, or resumes it when another node's lease on it ran out ({@link WorkLease#attempt()}
     * above one): a handler picks up what is already stored rather than doing it twice. Calls
     * {@link WorkLease#progress} as it goes and stops when that answers false (another worker has
     * the item now). A failure the handler expects ends in {@link WorkOutcome#failed}; anything
     * thrown is treated as {@link #abandon}.
     */
    WorkOutcome perform(WorkLease lease);

    /**
     * Ends the subject as failed, with whatever that implies (a refund): called when the work
     * threw ({@code cause} {@link WorkOutcome#INTERNAL}), or its nodes died on it more often than
     * it may be tried ({@link WorkOutcome#ATTEMPTS_EXHAUSTED}).
     */
    void abandon(Actor actor, UUID subjectId, String cause);
}
