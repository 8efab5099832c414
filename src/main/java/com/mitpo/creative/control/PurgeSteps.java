package com.mitpo.creative.control;

import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One batch of the purge, in one transaction: take the job's advisory lock (another node already
 * purging answers empty), name the next generations past their 30 days by the database's clock,
 * and for each, acting as its workspace, delete its bucket objects first and then its rows. A
 * batch that fails half way rolls its rows back while some objects may be gone: the next run
 * finds the same generations and finishes them (deleting a missing object is not an error).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurgeSteps {

    /** What one batch did. */
    public record Batch(int generations, int objects) {
    }

    static final String LOCK = "job:purge-trashed-generations";

    @PersistenceContext
    EntityManager em;

    @Inject
    ObjectStore store;

    /** @param objectDeleted told of each object as it goes (tests stop a run there to play a crash) */
    public Optional<Batch> purge(int batchSize, Consumer<String> objectDeleted) {
        Boolean locked = (Boolean) native_("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = native_("select id, workspace_id from purgeable_generations(?1)")
                .setParameter(1, batchSize).getResultList();
        int objects = 0;
        for (Object[] row : due) {
            UUID generation = (UUID) row[0];
            UUID workspace = (UUID) row[1];
            // Native statements only: the workspace changes row by row within this transaction.
            native_("select set_config('mitpo.user_id', '', true), set_config('mitpo.workspace_id', ?1, true)")
                    .setParameter(1, workspace.toString()).getSingleResult();
            for (String key : store.list(CreativeFiles.generationPrefix(workspace, generation))) {
                store.delete(key);
                objects++;
                objectDeleted.accept(key);
            }
            native_("delete from generation where id = ?1 and deleted_at is not null")
                    .setParameter(1, generation).executeUpdate();
        }
        return Optional.of(new Batch(due.size(), objects));
    }

    private jakarta.persistence.Query native_(String sql) {
        return em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true);
    }
}
