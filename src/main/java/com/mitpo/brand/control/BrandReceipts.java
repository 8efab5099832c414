package com.mitpo.brand.control;

import com.mitpo.brand.entity.Brand;
import com.mitpo.brand.entity.BrandDocument;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.retention.PurgeReceipts;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * The receipts of Brand Setup's deletions, counted before the rows go (in the same transaction):
 * how many rows leave with a brand or a document, and how many files leave the bucket after it.
 */
@ApplicationScoped
public class BrandReceipts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ObjectStore store;

    @Inject
    PurgeReceipts receipts;

    @Inject
    TenantContext tenant;

    public void brandDeleted(Brand brand, String filesPrefix) {
        long personas = count("persona", brand.getId());
        long documents = count("brand_document", brand.getId());
        long context = count("brand_context_item", brand.getId());
        long passages = count("document_chunk", brand.getId());
        long bytes = sum("select coalesce(sum(size_bytes), 0) from brand_document where brand_id = ?1", brand.getId());
        int files = store.list(filesPrefix).size();
        receipts.record("brand-deleted", "Brand \u201c" + brand.getName() + "\u201d deleted with " + documents
                + " document(s), " + personas + " persona(s), " + context + " context item(s), its voice rules and "
                + files + " file(s)", (int) (1 + 1 + personas + documents + context + passages), files, bytes,
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("brandId", brand.getId().toString())
                        .add("name", brand.getName())).build(), tenant.userId().orElse(null));
    }

    public void documentDeleted(BrandDocument document, String filesPrefix) {
        long context = sum("select count(*) from brand_context_item where document_id = ?1", document.getId());
        long passages = sum("select count(*) from document_chunk where document_id = ?1", document.getId());
        int files = store.list(filesPrefix).size();
        receipts.record("document-deleted", "Document \u201c" + document.getFileName() + "\u201d deleted with "
                + context + " context item(s) and " + passages + " passage(s)", (int) (1 + context + passages), files,
                document.getSizeBytes(), Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("documentId", document.getId().toString()).add("brandId", document.getBrandId().toString())
                        .add("fileName", document.getFileName()).add("sha256", document.getSha256())).build(),
                tenant.userId().orElse(null));
    }

    private long count(String table, UUID brandId) {
        return sum("select count(*) from " + table + " where brand_id = ?1", brandId);
    }

    private long sum(String sql, UUID id) {
        return ((Number) em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true).setParameter(1, id)
                .getSingleResult()).longValue();
    }
}
