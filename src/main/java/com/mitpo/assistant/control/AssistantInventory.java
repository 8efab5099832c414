package com.mitpo.assistant.control;

import com.mitpo.account.boundary.DataInventory;
import com.mitpo.account.boundary.DataInventory.Place;
import com.mitpo.platform.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The assistant's lines on the data page: the viewer's own threads, messages and memory (no one else's are readable). */
@ApplicationScoped
public class AssistantInventory {

    @PersistenceContext
    EntityManager em;

    void inventory(@Observes DataInventory inventory) {
        Object[] messages = row("select count(distinct thread_id), count(*), coalesce(sum(octet_length(body)), 0) "
                + "from assistant_message");
        inventory.stored("data.category.assistantMessages", number(messages[1]), number(messages[2]), Place.DATABASE);
        Object[] memory = row("select count(*), coalesce(sum(octet_length(text)), 0) from assistant_memory");
        inventory.stored("data.category.assistantMemory", number(memory[0]), number(memory[1]), Place.DATABASE);
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> leaving = em.createNativeQuery("select left(text, 60), "
                + "greatest(created_at, last_used_at, edited_at, kept_at) + interval '365 days' from assistant_memory "
                + "where not pinned order by 2, id limit ?1").setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, LISTED).getResultList();
        for (Object[] item : leaving) {
            inventory.leaves((String) item[0], Queries.instant(item[1]), "data.rule.memory");
        }
    }

    /** The soonest memory items to be forgotten listed by name. */
    static final int LISTED = 20;

    private Object[] row(String sql) {
        return (Object[]) em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true).getSingleResult();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
