package com.mitpo.platform.work;

import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where pages, the API and exports read how their subjects' work stands, for the current workspace. */
@Stateless
public class WorkStates {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantContext tenant;

    /** The state of each subject's work of this kind; a subject without an item maps to {@link WorkState#NONE}. */
    public Map<UUID, WorkState> of(String kind, Collection<UUID> subjectIds) {
        Map<UUID, WorkState> states = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return states;
        }
        em.createQuery("select w from WorkItem w where w.kind = :kind and w.subjectId in :subjects", WorkItem.class)
                .setParameter("kind", kind).setParameter("subjects", subjectIds)
                .getResultList().forEach(item -> states.put(item.subjectId(), item.state()));
        subjectIds.forEach(id -> states.putIfAbsent(id, WorkState.NONE));
        return states;
    }

    public WorkState of(String kind, UUID subjectId) {
        return of(kind, List.of(subjectId)).get(subjectId);
    }

    /** The state of the current user's own work on a subject ({@link WorkQueue#enqueueForUser}). */
    @SuppressWarnings("unchecked")
    public WorkState ofUser(String kind, UUID subjectId) {
        List<Object[]> rows = em.createNativeQuery("select status, progress, step, outcome_code, outcome_params, "
                + "created_at, finished_at from work_item where kind = ?1 and subject_id = ?2 and workspace_id is null "
                + "and acting_user = ?3")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, tenant.userId().orElseThrow())
                .getResultList();
        return rows.stream().findFirst().map(r -> WorkState.stored((String) r[0], ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], (String) r[4], instant(r[5]), instant(r[6]))).orElse(WorkState.NONE);
    }

    private static Instant instant(Object column) {
        return column instanceof Timestamp t ? t.toInstant()
                : column instanceof OffsetDateTime o ? o.toInstant() : null;
    }
}
