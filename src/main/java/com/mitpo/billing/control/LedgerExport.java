package com.mitpo.billing.control;

import com.mitpo.account.boundary.ExportContribution;
import com.mitpo.billing.entity.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Billing's part of a data export: the workspace's whole credit ledger, oldest entry first. */
@ApplicationScoped
public class LedgerExport {

    @PersistenceContext
    EntityManager em;

    void contribute(@Observes ExportContribution export) {
        // The export acts as the workspace, so the tenant filter gives exactly its ledger.
        List<LedgerEntry> entries = em.createQuery("select e from LedgerEntry e order by e.seq", LedgerEntry.class)
                .getResultList();
        JsonArrayBuilder ledger = Json.createArrayBuilder();
        for (LedgerEntry e : entries) {
            ledger.add(Json.createObjectBuilder().add("id", e.getId().toString()).add("entry", e.getEntry())
                    .add("amount", e.getAmount()).add("balanceAfter", e.getBalanceAfter())
                    .add("paidFor", e.getPaidFor() == null ? "" : e.getPaidFor().toString())
                    .add("note", e.getNote() == null ? "" : e.getNote())
                    .add("createdBy", e.getCreatedBy() == null ? "" : e.getCreatedBy().toString())
                    .add("createdAt", e.getCreatedAt().toString()));
        }
        export.records("credit-ledger", ledger.build());
    }
}
