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
     * the item now). A failure the handler expects is returned as {@link WorkOutcome#failed};
     * anything thrown ends as {@link WorkOutcome#INTERNAL}.
     */
    WorkOutcome perform(WorkLease lease);

    /**
     * Ends the subject as failed, with whatever that implies (a refund). The engine calls it for
     * every failed outcome while this worker still holds the item (never after another worker
     * took it over): the handler's own failures, {@link WorkOutcome#INTERNAL} when the work threw,
     * and {@link WorkOutcome#ATTEMPTS_EXHAUSTED} when its nodes kept dying on it.
     */
    void failed(Actor actor, UUID subjectId, WorkOutcome outcome);
}
