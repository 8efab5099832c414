package com.mitpo.billing.control;

import com.mitpo.account.boundary.DataInventory;
import com.mitpo.account.boundary.DataInventory.Place;
import com.mitpo.platform.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Billing's line on the workspace's data page: the ledger, kept for accounting law. */
@ApplicationScoped
public class LedgerInventory {

    @PersistenceContext
    EntityManager em;

    void inventory(@Observes DataInventory inventory) {
        Object[] ledger = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(octet_length(l::text)), 0) "
                + "from credit_ledger l").setHint(Queries.ALLOW_NATIVE_SQL, true).getSingleResult();
        inventory.stored("data.category.ledger", ((Number) ledger[0]).longValue(), ((Number) ledger[1]).longValue(),
                Place.DATABASE);
    }
}
