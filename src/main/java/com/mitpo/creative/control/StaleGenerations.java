package com.mitpo.creative.control;

import com.mitpo.platform.ai.Attribution;
import com.mitpo.platform.jobs.JobRuns;
import com.mitpo.platform.jobs.Sweep;
import com.mitpo.platform.persistence.Queries;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * Generations whose node died while making them: not moved for 30 minutes (the database's
 * clock), they are failed and refunded like any other failure. If their node was only slow, its
 * next step finds the generation no longer running and stops. Each one is failed in its own
 * transaction (GenerationSteps), acting as its workspace.
 */
@Stateless
public class StaleGenerations {

    public static final String JOB = "fail-stale-generations";
    static final int BATCH = 200;
    static final String REASON = "This generation was interrupted (the server restarted). Your credits were refunded.";

    @PersistenceContext
    EntityManager em;

    @Inject
    GenerationSteps steps;

    @Inject
    JobRuns runs;

    /** Fails and refunds what has stalled; the number of generations it did. */
    public int sweep() {
        return Sweep.run(runs, JOB, this::stale,
                row -> steps.failed(new Attribution((UUID) row[1], (UUID) row[2], "studio"), (UUID) row[0], REASON));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> stale() {
        return em.createNativeQuery("select id, workspace_id, created_by from stale_generations(?1)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).setParameter(1, BATCH).getResultList();
    }
}
