package com.mitpo.billing.control;

import com.mitpo.billing.entity.LedgerEntry.Kind;
import java.util.OptionalInt;

/**
 * The ledger's arithmetic. Every entry moves the balance by a signed amount and records the
 * balance after it; a debit never takes the balance below zero, a refund gives back at most what
 * a generation was debited and not yet refunded, and grants and purchases only add.
 */
public final class CreditRules {


    private CreditRules() {
    }

    /**
     * The balance after an entry of {@code credits} (always given as a positive number), or
     * empty when the entry is not allowed: zero or negative credits, or a debit larger than the
     * balance.
     */
    public static OptionalInt balanceAfter(int balance, Kind entry, int credits) {
        if (credits <= 0 || balance < 0) {
            return OptionalInt.empty();
        }
        if (entry == Kind.DEBIT) {
            return credits > balance ? OptionalInt.empty() : OptionalInt.of(balance - credits);
        }
        long after = (long) balance + credits;
        return after > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) after);
    }

    /** The signed amount stored for an entry of {@code credits}. */
    public static int signed(Kind entry, int credits) {
        return entry == Kind.DEBIT ? -credits : credits;
    }

    /** What may still be refunded for a generation, given what was debited and refunded for it. */
    public static int refundable(int debited, int refunded) {
        return Math.max(0, debited - refunded);
    }
}
