package com.mitpo.brand.boundary;

import java.io.Serializable;
import java.util.UUID;

/**
 * A passage of a brand's documents that answers a query, with its source and similarity (0..1).
 * {@code passageId} is the chunk's id: {@link BrandDocuments#passage(UUID)} opens it, which is how
 * a citation leads back to the exact passage. {@code page} is 1-based, null for kinds without pages.
 */
public record KnowledgeHit(UUID passageId, UUID documentId, String documentName, int ordinal, Integer page, String text,
        double score) implements Serializable {

    public UUID getPassageId() {
        return passageId;
    }

    public String getDocumentName() {
        return documentName;
    }

    public Integer getPage() {
        return page;
    }

    public String getText() {
        return text;
    }

    public long getPercent() {
        return Math.round(Math.max(0, score) * 100);
    }
}
