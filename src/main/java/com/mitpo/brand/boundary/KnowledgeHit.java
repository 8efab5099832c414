package com.mitpo.brand.boundary;

import java.io.Serializable;
import java.util.UUID;

/** A passage of a brand's documents that answers a query, with its source and similarity (0..1). */
public record KnowledgeHit(UUID documentId, String documentName, String text, double score) implements Serializable {

    public String getDocumentName() {
        return documentName;
    }

    public String getText() {
        return text;
    }

    public long getPercent() {
        return Math.round(Math.max(0, score) * 100);
    }
}
