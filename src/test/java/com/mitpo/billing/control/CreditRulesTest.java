package com.mitpo.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.billing.control.CreditRules.Entry;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CreditRulesTest {

    @Test
    void aDebitSpendsDownToZeroButNeverBelow() {
        assertEquals(OptionalInt.of(6), CreditRules.balanceAfter(10, Entry.DEBIT, 4));
        assertEquals(OptionalInt.of(0), CreditRules.balanceAfter(10, Entry.DEBIT, 10));
        assertTrue(CreditRules.balanceAfter(10, Entry.DEBIT, 11).isEmpty());
        assertTrue(CreditRules.balanceAfter(0, Entry.DEBIT, 1).isEmpty());
    }

    @Test
    void grantsRefundsAndPurchasesAdd() {
        assertEquals(OptionalInt.of(110), CreditRules.balanceAfter(10, Entry.GRANT, 100));
        assertEquals(OptionalInt.of(14), CreditRules.balanceAfter(10, Entry.REFUND, 4));
        assertEquals(OptionalInt.of(510), CreditRules.balanceAfter(10, Entry.PURCHASE, 500));
    }

    @Test
    void zeroNegativeOrOverflowingEntriesAreRefused() {
        for (Entry entry : Entry.values()) {
            assertTrue(CreditRules.balanceAfter(10, entry, 0).isEmpty(), entry.name());
            assertTrue(CreditRules.balanceAfter(10, entry, -5).isEmpty(), entry.name());
        }
        assertTrue(CreditRules.balanceAfter(Integer.MAX_VALUE, Entry.GRANT, 1).isEmpty());
        assertTrue(CreditRules.balanceAfter(-1, Entry.GRANT, 1).isEmpty());
    }

    @Test
    void onlyDebitsAreStoredNegative() {
        assertEquals(-4, CreditRules.signed(Entry.DEBIT, 4));
        assertEquals(4, CreditRules.signed(Entry.REFUND, 4));
        assertEquals("debit", Entry.DEBIT.code());
    }

    @Test
    void aGenerationIsRefundedAtMostWhatItWasDebited() {
        assertEquals(8, CreditRules.refundable(8, 0));
        assertEquals(0, CreditRules.refundable(8, 8));
        assertEquals(0, CreditRules.refundable(0, 0));
        assertEquals(0, CreditRules.refundable(8, 12));
    }
}
