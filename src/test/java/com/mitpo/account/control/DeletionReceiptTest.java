package com.mitpo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeletionReceiptTest {

    @Test
    void theReceiptSaysWhatWentWhatWasHandedOverAndWhatStays() {
        var receipt = new DeletionReceipt("ada@example.com", Instant.parse("2026-12-02T03:20:00Z"));
        receipt.account(2, 1, 2, 0);
        receipt.workspaceDeleted("Side project", 12);
        receipt.workspaceHandedOver("Northwind", "Grace (grace@example.com)");
        receipt.ledgerAnonymised(1);

        assertEquals("""
                Your MITPO account (ada@example.com) was deleted on 2 Dec 2026, 03:20 UTC.

                Removed:
                - your account, 2 session(s), 1 sign-in method(s), 2 membership(s) and 0 data export(s)
                - the workspace "Side project" with everything in it, 12 file(s) included

                Handed over, with their data:
                - "Northwind" to Grace (grace@example.com)

                Kept, without your name: 1 credit ledger entry (accounting records, kept for 7 years).

                This mail is your receipt. Nothing else of yours remains at MITPO; no reply is needed.
                """, receipt.text());
    }
}
