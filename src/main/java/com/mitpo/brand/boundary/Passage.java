package com.mitpo.brand.boundary;

import java.io.Serializable;
import java.util.UUID;

/**
 * One passage of a brand document, opened from a citation, with the passages just before and
 * after it in the same document so a page can show it in context. {@code before} and
 * {@code after} are empty at the document's ends; they share up to a hundred characters of whole
 * words with {@code text} (chunks overlap so that no sentence is only ever seen cut). {@code page}
 * is 1-based where the passage starts, null for kinds without pages.
 */
public record Passage(UUID passageId, UUID documentId, String documentName, UUID brandId, int ordinal, Integer page,
        String text, String before, String after) implements Serializable {

    public Passage {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    public UUID getPassageId() {
        return passageId;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public String getDocumentName() {
        return documentName;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public Integer getPage() {
        return page;
    }

    public String getText() {
        return text;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
