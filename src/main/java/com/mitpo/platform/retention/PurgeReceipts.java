package com.mitpo.platform.retention;

import com.mitpo.platform.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Receipts for data leaving a workspace: each purge or deletion writes one, in the transaction
 * that removes the rows, for the workspace that transaction acts as. Objects named on a receipt
 * leave the bucket once that transaction commits.
 */
@ApplicationScoped
public class PurgeReceipts {

    /** What a receipt says. {@code details} is a JSON array naming what went. */
    public record Receipt(UUID id, String action, String summary, int rows, int objects, long bytes, String details,
            Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    public void record(String action, String summary, int rows, int objects, long bytes, JsonArray details, UUID actor) {
        em.createNativeQuery("insert into purge_receipt (id, workspace_id, action, summary, rows_removed, objects_removed, "
                + "bytes_removed, details, actor, created_at) values (?1, app_workspace_id(), ?2, ?3, ?4, ?5, ?6, ?7, ?8, clock_timestamp())")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, UUID.randomUUID()).setParameter(2, action).setParameter(3, summary)
                .setParameter(4, rows).setParameter(5, objects).setParameter(6, bytes)
                .setParameter(7, details.toString()).setParameter(8, actor)
                .executeUpdate();
    }

    /** The workspace's latest receipts, newest first. */
    public List<Receipt> recent(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, action, summary, rows_removed, objects_removed, bytes_removed, "
                + "details, created_at from purge_receipt order by created_at desc, id limit ?1")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Receipt((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), ((Number) r[5]).longValue(), (String) r[6], Queries.instant(r[7]))).toList();
    }
}
