package com.mitpo.account.boundary;

import com.mitpo.account.boundary.DataInventory.Place;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.retention.PurgeReceipts;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What the current workspace keeps, where, and for how long; which AI providers have seen which
 * kinds of its input (from the {@code ai_call} records); and the receipts of what has left it.
 * The workspace's data page reads only this.
 */
@Stateless
public class WorkspaceData {

    /** Calls to one provider's model for one purpose. */
    public record ProviderUse(String provider, String model, String modality, String purpose, long calls,
            long inputChars, Instant lastCall) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DataInventory> inventories;

    @Inject
    PurgeReceipts receipts;

    public DataInventory inventory() {
        var inventory = new DataInventory();
        inventory.stored("data.category.members", count("select count(*) from workspace_member where workspace_id = app_workspace_id()"), -1, Place.DATABASE);
        inventory.stored("data.category.invitations", count("select count(*) from invitation"), -1, Place.DATABASE);
        inventory.stored("data.category.aiCalls", count("select count(*) from ai_call"), -1, Place.DATABASE);
        inventories.fire(inventory);
        return inventory;
    }

    public List<ProviderUse> aiUsage() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select provider, model, modality, purpose, count(*), coalesce(sum(input_chars), 0), max(started_at)
                  from ai_call group by provider, model, modality, purpose order by provider, model, purpose""")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).getResultList();
        return rows.stream().map(r -> new ProviderUse((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), Queries.instant(r[6]))).toList();
    }

    public List<PurgeReceipts.Receipt> receipts() {
        return receipts.recent(200);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true).getSingleResult()).longValue();
    }
}
