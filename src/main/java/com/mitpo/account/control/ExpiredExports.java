package com.mitpo.account.control;

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
 * Retention of data exports: a zip leaves the bucket {@link ExportSteps#KEPT} after it was made
 * (an export whose node died is the engine's to take over). Each export is handled in its own
 * transaction, acting as its user.
 */
@Stateless
public class ExpiredExports {

    public static final String JOB = "expire-data-exports";
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    ExportSteps steps;

    @Inject
    JobRuns runs;

    /** The number of exports it removed. */
    public int sweep() {
        return Sweep.run(runs, JOB, this::due, row -> steps.expire((UUID) row[1], (UUID) row[0]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> due() {
        return em.createNativeQuery("select id, user_id, object_key from expired_data_exports(?1)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).setParameter(1, BATCH).getResultList();
    }
}
