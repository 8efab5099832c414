package com.mitpo.creative.control;

import com.mitpo.account.boundary.DataInventory;
import com.mitpo.account.boundary.DataInventory.Place;
import com.mitpo.creative.entity.Generation;
import com.mitpo.platform.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The Creative Studio's lines on the workspace's data page, and the trash's countdowns. */
@ApplicationScoped
public class CreativeInventory {

    /** The soonest trash purges listed by name; the rest are counted. */
    static final int LISTED = 20;

    @PersistenceContext
    EntityManager em;

    void inventory(@Observes DataInventory inventory) {
        Object[] generations = (Object[]) query("select count(*), coalesce(sum(octet_length(prompt)), 0), "
                + "count(deleted_at) from generation").getSingleResult();
        inventory.stored("data.category.generations", ((Number) generations[0]).longValue(),
                ((Number) generations[1]).longValue(), Place.DATABASE);
        Object[] outputs = (Object[]) query("select count(*), coalesce(sum(size_bytes), 0) from asset").getSingleResult();
        inventory.stored("data.category.outputs", ((Number) outputs[0]).longValue(), ((Number) outputs[1]).longValue(),
                Place.BUCKET);
        @SuppressWarnings("unchecked")
        List<Object[]> trash = query("select kind, left(prompt, 60), deleted_at from generation "
                + "where deleted_at is not null order by deleted_at, id limit ?1").setParameter(1, LISTED).getResultList();
        for (Object[] item : trash) {
            inventory.leaves(item[0] + ": " + item[1], Queries.instant(item[2]).plus(Generation.TRASH_KEPT), "data.rule.trash");
        }
    }

    private jakarta.persistence.Query query(String sql) {
        return em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true);
    }
}
