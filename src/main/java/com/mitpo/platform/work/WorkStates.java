package com.mitpo.platform.work;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Where pages, the API and exports read how their subjects' work stands, for the current workspace. */
@Stateless
public class WorkStates {

    @PersistenceContext
    EntityManager em;

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
        return of(kind, java.util.List.of(subjectId)).get(subjectId);
    }
}
