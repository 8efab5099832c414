package com.mitpo.billing.control;

import com.mitpo.account.boundary.ExportContribution;
import com.mitpo.platform.persistence.Queries;
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, entry, amount, balance_after, generation_id, note, created_by, created_at
                  from credit_ledger where workspace_id = ?1 order by seq""")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).setParameter(1, export.workspaceId()).getResultList();
        JsonArrayBuilder ledger = Json.createArrayBuilder();
        for (Object[] r : rows) {
            ledger.add(Json.createObjectBuilder().add("id", r[0].toString()).add("entry", (String) r[1])
                    .add("amount", ((Number) r[2]).intValue()).add("balanceAfter", ((Number) r[3]).intValue())
                    .add("generationId", r[4] == null ? "" : r[4].toString()).add("note", r[5] == null ? "" : (String) r[5])
                    .add("createdBy", r[6] == null ? "" : r[6].toString())
                    .add("createdAt", Queries.instant(r[7]).toString()));
        }
        export.records("credit-ledger", ledger.build());
    }
}
