package com.mitpo.billing.boundary;

import com.mitpo.billing.control.CreditRules;
import com.mitpo.billing.entity.LedgerEntry;
import com.mitpo.billing.entity.LedgerEntry.Kind;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The credits of the workspace the transaction acts for (a request's, or the one background
 * work switched to): an append-only ledger whose last entry carries the balance. Debit, refund
 * and grant all say who through that identity, like the work queue. Entries of one workspace
 * are written one at a time (a transaction-scoped advisory lock on the workspace), so two
 * requests cannot both spend the last credit; the table's {@code balance_after >= 0} check is
 * the backstop. Entries join the caller's transaction: a debit commits or rolls back with the
 * generation it pays for.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Credits {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    /** The current workspace's balance; 0 for a session that has no workspace (left or removed from it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int balance() {
        return tenant.workspaceId().isPresent() ? balanceNow() : 0;
    }

    /**
     * Spends credits on something (a generation, an assistant reply: {@code paidFor} is its id);
     * false (and nothing written) when the balance is too low.
     */
    public boolean debit(int credits, UUID paidFor, String note) {
        lock();
        return append(Kind.DEBIT, credits, paidFor, note);
    }

    /** Gives back what was debited for {@code paidFor} and not yet refunded; the credits returned. */
    public int refund(UUID paidFor, String note) {
        lock();
        List<LedgerEntry> entries = em.createQuery(
                "select e from LedgerEntry e where e.paidFor = :paidFor", LedgerEntry.class)
                .setParameter("paidFor", paidFor)
                .getResultList();
        int debited = entries.stream().filter(e -> Kind.DEBIT.code().equals(e.getEntry()))
                .mapToInt(e -> -e.getAmount()).sum();
        int refunded = entries.stream().filter(e -> Kind.REFUND.code().equals(e.getEntry()))
                .mapToInt(LedgerEntry::getAmount).sum();
        int credits = CreditRules.refundable(debited, refunded);
        if (credits > 0) {
            append(Kind.REFUND, credits, paidFor, note);
        }
        return credits;
    }

    /** Adds credits (the demo grant, a purchase). */
    public void grant(Kind kind, int credits, String note) {
        lock();
        if (kind == Kind.DEBIT || kind == Kind.REFUND || !append(kind, credits, null, note)) {
            throw new IllegalArgumentException("not a grant of a positive number of credits");
        }
    }

    /** Writes an entry after the last one; the caller holds the workspace's lock. */
    private boolean append(Kind kind, int credits, UUID paidFor, String note) {
        OptionalInt after = CreditRules.balanceAfter(balanceNow(), kind, credits);
        if (after.isEmpty()) {
            return false;
        }
        em.persist(new LedgerEntry(kind, CreditRules.signed(kind, credits), after.getAsInt(), paidFor, note,
                tenant.userId().orElse(null), clock.instant()));
        // Written now, while the transaction acts for this workspace: a later Tenancy.actAs in the
        // same transaction (sign-up does one) would otherwise flush it under another identity,
        // which row-level security refuses.
        em.flush();
        return true;
    }

    /** Serialises this workspace's ledger writers until the transaction ends. */
    private void lock() {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended('credits:' || ?1, 0))) l")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, workspace().toString())
                .getSingleResult();
    }

    private int balanceNow() {
        List<Integer> last = em.createQuery("select e.balanceAfter from LedgerEntry e order by e.seq desc",
                Integer.class).setMaxResults(1).getResultList();
        return last.isEmpty() ? 0 : last.get(0);
    }

    private UUID workspace() {
        return tenant.workspaceId().orElseThrow(() -> new IllegalStateException("no workspace"));
    }
}
