package com.mitpo.billing.boundary;

import com.mitpo.billing.control.CreditRules;
import com.mitpo.billing.control.CreditRules.Entry;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The current workspace's credits: an append-only ledger whose last entry carries the balance.
 * Entries of one workspace are written one at a time (a transaction-scoped advisory lock on the
 * workspace), so two requests cannot both spend the last credit; the table's
 * {@code balance_after >= 0} check is the backstop. Entries join the caller's transaction: a
 * debit commits or rolls back with the generation it pays for.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Credits {

    /** One ledger line, newest first in {@link #recent(int)}. */
    public record LedgerLine(String entry, int amount, int balanceAfter, String note, Instant at) {
        public String getEntry() {
            return entry;
        }

        public int getAmount() {
            return amount;
        }

        public int getBalanceAfter() {
            return balanceAfter;
        }

        public String getNote() {
            return note;
        }

        public Instant getAt() {
            return at;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    /** The current workspace's balance; 0 for a session that has no workspace (left or removed from it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int balance() {
        return tenant.workspaceId().map(this::balanceOf).orElse(0);
    }

    /** Spends credits for a generation; false (and nothing written) when the balance is too low. */
    public boolean debit(int credits, UUID generationId, String note) {
        return append(workspace(), tenant.userId().orElse(null), Entry.DEBIT, credits, generationId, note);
    }

    /**
     * Gives back what a generation was debited and not yet refunded; the credits returned. Called
     * by background work, which names the workspace (having acted as it) and the user.
     */
    public int refund(UUID workspace, UUID userId, UUID generationId, String note) {
        lock(workspace);
        Object[] sums = (Object[]) em.createNativeQuery("""
                select coalesce(sum(-amount) filter (where entry = 'debit'), 0),
                       coalesce(sum(amount) filter (where entry = 'refund'), 0)
                  from credit_ledger where workspace_id = ?1 and generation_id = ?2""")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, workspace).setParameter(2, generationId)
                .getSingleResult();
        int credits = CreditRules.refundable(((Number) sums[0]).intValue(), ((Number) sums[1]).intValue());
        if (credits > 0) {
            insert(workspace, userId, Entry.REFUND, credits, balanceOf(workspace), generationId, note);
        }
        return credits;
    }

    /** Adds credits (the demo grant, a purchase) to a workspace the transaction acts for. */
    public void grant(UUID workspace, UUID userId, Entry entry, int credits, String note) {
        if (entry == Entry.DEBIT || entry == Entry.REFUND || !append(workspace, userId, entry, credits, null, note)) {
            throw new IllegalArgumentException("not a grant of a positive number of credits");
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<LedgerLine> recent(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select entry, amount, balance_after, note, created_at from credit_ledger
                 where workspace_id = ?1 order by seq desc limit ?2""")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, workspace()).setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new LedgerLine((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), (String) r[3], Queries.instant(r[4]))).toList();
    }

    private boolean append(UUID workspace, UUID userId, Entry entry, int credits, UUID generationId, String note) {
        lock(workspace);
        int balance = balanceOf(workspace);
        OptionalInt after = CreditRules.balanceAfter(balance, entry, credits);
        if (after.isEmpty()) {
            return false;
        }
        insert(workspace, userId, entry, credits, balance, generationId, note);
        return true;
    }

    private void insert(UUID workspace, UUID userId, Entry entry, int credits, int balance, UUID generationId, String note) {
        int after = CreditRules.balanceAfter(balance, entry, credits).orElseThrow();
        em.createNativeQuery("""
                insert into credit_ledger (id, workspace_id, entry, amount, balance_after, generation_id, note,
                                           created_by, created_at)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid), ?7, cast(?8 as uuid), ?9)""")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, UUID.randomUUID()).setParameter(2, workspace).setParameter(3, entry.code())
                .setParameter(4, CreditRules.signed(entry, credits)).setParameter(5, after)
                .setParameter(6, generationId).setParameter(7, note)
                .setParameter(8, userId)
                .setParameter(9, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Serialises this workspace's ledger writers until the transaction ends. */
    private void lock(UUID workspace) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended('credits:' || ?1, 0))) l")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, workspace.toString())
                .getSingleResult();
    }

    private int balanceOf(UUID workspace) {
        List<?> last = em.createNativeQuery(
                "select balance_after from credit_ledger where workspace_id = ?1 order by seq desc limit 1")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, workspace)
                .getResultList();
        return last.isEmpty() ? 0 : ((Number) last.get(0)).intValue();
    }

    private UUID workspace() {
        return tenant.workspaceId().orElseThrow(() -> new IllegalStateException("no workspace"));
    }
}
