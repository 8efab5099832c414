package com.mitpo.assistant.control;

import com.mitpo.assistant.entity.Citation;
import java.util.UUID;

/**
 * One thing retrieved for a reply, under the label the model cites it by ([S3] is 3): a passage of
 * a brand document (with its document and page), a context item, the voice rules, a persona, or
 * one of the user's memory items.
 */
public record Source(int label, Citation.SourceKind kind, UUID id, UUID documentId, String documentName,
        Integer page, String text) {

    /** How the prompt names it: [S3]. */
    public String tag() {
        return "[S" + label + "]";
    }
}
