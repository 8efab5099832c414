package com.mitpo.platform.work;

import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The engine's short transactions on {@code work_item}: claim (through {@code claim_work}, which
 * sees every workspace's queue), renew a lease, and finish. Every write after the claim names the
 * lease's token, so a worker that lost its item to another changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WorkClaims {

    /**
     * How long a claim holds without a renewal. Renewals come every {@link #RENEW_EVERY}; a node
     * that dies is taken over once this has passed and the next poll comes.
     */
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration RENEW_EVERY = Duration.ofSeconds(15);

    /** An item as claimed. */
    public record Claimed(UUID id, Actor actor, String kind, UUID subjectId, int attempts, int maxAttempts) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    /** Claims the oldest claimable item of this priority for the lease {@code token}, if there is one. */
    @SuppressWarnings("unchecked")
    public java.util.Optional<Claimed> claim(WorkPriority priority, UUID token) {
        List<Object[]> rows = em.createNativeQuery("select id, workspace_id, acting_user, kind, subject_id, attempts, "
                + "max_attempts from claim_work(?1, ?2, ?3, ?4, ?5)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, priority.code()).setParameter(2, token).setParameter(3, now())
                .setParameter(4, (int) LEASE.toSeconds()).setParameter(5, 1)
                .getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], new Actor((UUID) r[2], (UUID) r[1]), (String) r[3],
                (UUID) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue())).findFirst();
    }

    /**
     * Extends the lease (and records progress and step, where given); false when the token no
     * longer holds the item.
     */
    public boolean renew(Claimed item, UUID token, Integer progress, String step) {
        tenancy.actAs(item.actor());
        return em.createNativeQuery("update work_item set lease_until = ?1, heartbeat_at = ?2, "
                + "progress = coalesce(cast(?3 as integer), progress), step = coalesce(cast(?6 as text), step) "
                + "where id = ?4 and lease_token = ?5 and status = 'running'")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, Timestamp.from(clock.instant().plus(LEASE))).setParameter(2, now())
                .setParameter(3, progress).setParameter(4, item.id()).setParameter(5, token).setParameter(6, step)
                .executeUpdate() == 1;
    }

    /** Ends the item with its outcome, if the token still holds it. */
    public void finish(Claimed item, UUID token, WorkOutcome outcome) {
        tenancy.actAs(item.actor());
        em.createNativeQuery("update work_item set status = ?1, outcome_code = ?2, outcome_params = ?3, "
                + "progress = case when cast(?4 as boolean) then 100 else progress end, finished_at = ?5, lease_token = null, "
                + "lease_until = null where id = ?6 and lease_token = ?7")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, outcome.succeeded() ? "done" : "failed").setParameter(2, outcome.code())
                .setParameter(3, params(outcome.params())).setParameter(4, outcome.succeeded())
                .setParameter(5, now()).setParameter(6, item.id()).setParameter(7, token)
                .executeUpdate();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String params(List<String> params) {
        var array = Json.createArrayBuilder();
        params.forEach(array::add);
        return array.build().toString();
    }
}
