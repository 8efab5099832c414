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
import java.util.UUID;

/**
 * Where features hand background work to the engine. Work is queued in
 * the caller's transaction, for the caller's workspace and user, and starts once that commits.
 */
@Stateless
public class WorkQueue {

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
        insert(tenant.workspaceId().orElseThrow(), kind, subjectId, priority);
    }

    /**
     * Queues work that belongs to the user rather than to a workspace (a data export spans all
     * of theirs): it acts as the user alone, and only they read it.
     */
    public void enqueueForUser(String kind, UUID subjectId, WorkPriority priority) {
        if (tenant.userId().isEmpty()) {
            throw new IllegalStateException("a user's own work needs the user it belongs to");
        }
        insert(null, kind, subjectId, priority);
    }

    private void insert(UUID workspaceId, String kind, UUID subjectId, WorkPriority priority) {
        em.createNativeQuery("insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, "
                + "created_at) values (?1, cast(?2 as uuid), cast(?3 as uuid), ?4, ?5, ?6, 'queued', ?7) on conflict (kind, subject_id) do update set "
                + "status = 'queued', priority = excluded.priority, acting_user = excluded.acting_user, attempts = 0, "
                + "progress = 0, step = null, outcome_code = null, outcome_params = null, lease_token = null, lease_until = null, "
                + "created_at = excluded.created_at, started_at = null, heartbeat_at = null, finished_at = null")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, UUID.randomUUID()).setParameter(2, workspaceId)
                .setParameter(3, tenant.userId().orElse(null)).setParameter(4, kind).setParameter(5, subjectId)
                .setParameter(6, priority.code()).setParameter(7, Timestamp.from(clock.instant()))
                .executeUpdate();
        afterCompletion.onCommit(() -> workers.wake(priority));
    }
}
