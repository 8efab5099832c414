package com.mitpo.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.billing.entity.LedgerEntry.Kind;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CreditRulesTest {

    @Test
    void aDebitSpendsDownToZeroButNeverBelow() {
        assertEquals(OptionalInt.of(6), CreditRules.balanceAfter(10, Kind.DEBIT, 4));
        assertEquals(OptionalInt.of(0), CreditRules.balanceAfter(10, Kind.DEBIT, 10));
        assertTrue(CreditRules.balanceAfter(10, Kind.DEBIT, 11).isEmpty());
        assertTrue(CreditRules.balanceAfter(0, Kind.DEBIT, 1).isEmpty());
    }

    @Test
    void grantsRefundsAndPurchasesAdd() {
        assertEquals(OptionalInt.of(110), CreditRules.balanceAfter(10, Kind.GRANT, 100));
        assertEquals(OptionalInt.of(14), CreditRules.balanceAfter(10, Kind.REFUND, 4));
        assertEquals(OptionalInt.of(510), CreditRules.balanceAfter(10, Kind.PURCHASE, 500));
    }

    @Test
    void zeroNegativeOrOverflowingEntriesAreRefused() {
        for (Kind entry : Kind.values()) {
            assertTrue(CreditRules.balanceAfter(10, entry, 0).isEmpty(), entry.name());
            assertTrue(CreditRules.balanceAfter(10, entry, -5).isEmpty(), entry.name());
        }
        assertTrue(CreditRules.balanceAfter(Integer.MAX_VALUE, Kind.GRANT, 1).isEmpty());
        assertTrue(CreditRules.balanceAfter(-1, Kind.GRANT, 1).isEmpty());
    }

    @Test
    void onlyDebitsAreStoredNegative() {
        assertEquals(-4, CreditRules.signed(Kind.DEBIT, 4));
        assertEquals(4, CreditRules.signed(Kind.REFUND, 4));
        assertEquals("debit", Kind.DEBIT.code());
    }

    @Test
    void aGenerationIsRefundedAtMostWhatItWasDebited() {
        assertEquals(8, CreditRules.refundable(8, 0));
        assertEquals(0, CreditRules.refundable(8, 8));
        assertEquals(0, CreditRules.refundable(0, 0));
        assertEquals(0, CreditRules.refundable(8, 12));
    }
}
