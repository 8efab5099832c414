package com.mitpo.creative.control;

import com.mitpo.creative.entity.Generation;
import com.mitpo.platform.retention.PurgeReceipts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Inject
    PurgeReceipts receipts;

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
        Map<UUID, Tally> tallies = new LinkedHashMap<>();
        for (Object[] row : due) {
            UUID generation = (UUID) row[0];
            UUID workspace = (UUID) row[1];
            actAs(workspace);
            Object[] outputs = (Object[]) native_("select g.kind, g.created_at, count(a.id), coalesce(sum(a.size_bytes), 0) "
                    + "from generation g left join asset a on a.generation_id = g.id where g.id = ?1 "
                    + "group by g.kind, g.created_at").setParameter(1, generation).getSingleResult();
            Tally tally = tallies.computeIfAbsent(workspace, w -> new Tally());
            for (String key : store.list(CreativeFiles.generationPrefix(workspace, generation))) {
                store.delete(key);
                objects++;
                tally.objects++;
                objectDeleted.accept(key);
            }
            tally.rows += native_("delete from generation where id = ?1 and deleted_at is not null")
                    .setParameter(1, generation).executeUpdate() + ((Number) outputs[2]).intValue();
            tally.bytes += ((Number) outputs[3]).longValue();
            tally.generations.add(Json.createObjectBuilder().add("generationId", generation.toString())
                    .add("kind", (String) outputs[0]).add("createdAt", Queries.instant(outputs[1]).toString()));
        }
        tallies.forEach((workspace, tally) -> {
            actAs(workspace);
            JsonArray details = tally.generations.build();
            receipts.record("trash-purge", details.size() + (details.size() == 1 ? " generation" : " generations")
                    + " left the trash after " + Generation.TRASH_KEPT.toDays() + " days, with their files", tally.rows, tally.objects, tally.bytes, details, null);
        });
        return Optional.of(new Batch(due.size(), objects));
    }

    /** What one workspace lost in this batch. */
    private static final class Tally {
        int rows;
        int objects;
        long bytes;
        final JsonArrayBuilder generations = Json.createArrayBuilder();
    }

    /** Native statements only: the workspace changes row by row within this transaction. */
    private void actAs(UUID workspace) {
        native_("select set_config('mitpo.user_id', '', true), set_config('mitpo.workspace_id', ?1, true)")
                .setParameter(1, workspace.toString()).getSingleResult();
    }

    private jakarta.persistence.Query native_(String sql) {
        return em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true);
    }
}
