package com.mitpo.brand.boundary;

import com.mitpo.brand.entity.DocumentChunk;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Puts opened passages together from the rows read: each wanted chunk with its document's name
 * and the texts of its neighbours. Apart from the queries so it can be tested without a database.
 */
final class Passages {

    private record Place(UUID documentId, int ordinal) {
    }

    private Passages() {
    }

    /**
     * @param wanted the chunks asked for, in the order the caller asked
     * @param nearby chunks of the same documents, among them the neighbours (others are ignored)
     * @param names document names by id; a chunk whose document is not there is left out (it was
     *        being deleted)
     */
    static Map<UUID, Passage> assemble(Collection<DocumentChunk> wanted, Collection<DocumentChunk> nearby,
            Map<UUID, String> names) {
        Map<Place, String> texts = new HashMap<>();
        for (DocumentChunk chunk : nearby) {
            texts.put(new Place(chunk.getDocumentId(), chunk.getOrdinal()), chunk.getText());
        }
        Map<UUID, Passage> passages = new LinkedHashMap<>();
        for (DocumentChunk chunk : wanted) {
            String name = names.get(chunk.getDocumentId());
            if (name == null) {
                continue;
            }
            passages.put(chunk.getId(), new Passage(chunk.getId(), chunk.getDocumentId(), name, chunk.getBrandId(),
                    chunk.getOrdinal(), chunk.getPage(), chunk.getText(),
                    texts.get(new Place(chunk.getDocumentId(), chunk.getOrdinal() - 1)),
                    texts.get(new Place(chunk.getDocumentId(), chunk.getOrdinal() + 1))));
        }
        return Collections.unmodifiableMap(passages);
    }
}
