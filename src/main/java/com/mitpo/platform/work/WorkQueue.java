package com.mitpo.platform.work;

import com.mitpo.platform.persistence.AfterCompletion;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where features hand background work to the engine, and read how it is going. Work is queued in
 * the caller's transaction, for the caller's workspace and user, and starts once that commits.
 */
@Stateless
public class WorkQueue {

    /** What a page shows of an item. */
    public record WorkStatus(String status, int progress, String outcomeCode, int attempts) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    AfterCompletion afterCompletion;

    @Inject
    WorkWorkers workers;

    @Inject
    Clock clock;

    /** Queues work of {@code kind} on {@code subjectId}; queuing it again (a retry) starts it afresh. */
    public void enqueue(String kind, UUID subjectId, WorkPriority priority) {
        em.createNativeQuery("insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, "
                + "created_at) values (?1, ?2, cast(?3 as uuid), ?4, ?5, ?6, 'queued', ?7) on conflict (kind, subject_id) do update set "
                + "status = 'queued', priority = excluded.priority, acting_user = excluded.acting_user, attempts = 0, "
                + "progress = 0, outcome_code = null, outcome_params = null, lease_token = null, lease_until = null, "
                + "created_at = excluded.created_at, started_at = null, heartbeat_at = null, finished_at = null")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, UUID.randomUUID()).setParameter(2, tenant.workspaceId().orElseThrow())
                .setParameter(3, tenant.userId().orElse(null)).setParameter(4, kind).setParameter(5, subjectId)
                .setParameter(6, priority.code()).setParameter(7, Timestamp.from(clock.instant()))
                .executeUpdate();
        afterCompletion.onCommit(() -> workers.wake(priority));
    }

    @SuppressWarnings("unchecked")
    public Optional<WorkStatus> status(String kind, UUID subjectId) {
        List<Object[]> rows = em.createNativeQuery("select status, progress, outcome_code, attempts from work_item "
                + "where kind = ?1 and subject_id = ?2")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).setParameter(1, kind).setParameter(2, subjectId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new WorkStatus((String) r[0], ((Number) r[1]).intValue(),
                (String) r[2], ((Number) r[3]).intValue()));
    }
}
