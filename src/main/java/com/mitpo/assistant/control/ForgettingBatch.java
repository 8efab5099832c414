package com.mitpo.assistant.control;

import com.mitpo.platform.jobs.BatchedRun;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One batch of {@link MemoryForgetting}, in its own transaction under the job's lock. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ForgettingBatch {

    static final String LOCK = "job:" + MemoryForgetting.JOB;

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** One batch in one transaction; empty when another node holds the job's lock. */
    public Optional<BatchedRun.Batch> batch(int batchSize) {
        Boolean locked = (Boolean) sql("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = sql("select id, workspace_id, user_id from assistant_forgettable_memories(?1)")
                .setParameter(1, batchSize).getResultList();
        int forgotten = 0;
        for (Object[] item : due) {
            tenancy.actAs((UUID) item[2], (UUID) item[1]);
            forgotten += sql("delete from assistant_memory where id = ?1 and not pinned "
                    + "and greatest(created_at, last_used_at, edited_at, kept_at) < now() - interval '365 days'")
                    .setParameter(1, item[0]).executeUpdate();
        }
        return Optional.of(new BatchedRun.Batch(forgotten, 0));
    }

    private jakarta.persistence.Query sql(String statement) {
        return em.createNativeQuery(statement).setHint(Queries.ALLOW_NATIVE_SQL, true);
    }
}
