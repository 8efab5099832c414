package com.mitpo.brand.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.mitpo.brand.entity.DocumentChunk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static final UUID BRAND = UUID.randomUUID();
    private static final UUID GUIDE = UUID.randomUUID();
    private static final UUID NOTES = UUID.randomUUID();

    @Test
    void aPassageComesWithItsNeighboursInItsOwnDocument() {
        DocumentChunk first = chunk(GUIDE, 0, 1, "Voice comes first.");
        DocumentChunk second = chunk(GUIDE, 1, 1, "It is plain.");
        DocumentChunk third = chunk(GUIDE, 2, 2, "Colours come next.");
        DocumentChunk notesSecond = chunk(NOTES, 1, null, "Another document's ordinal 1.");

        Map<UUID, Passage> passages = Passages.assemble(List.of(second), List.of(first, third, notesSecond),
                Map.of(GUIDE, "guide.pdf", NOTES, "notes.txt"));

        assertEquals(Map.of(second.getId(), new Passage(second.getId(), GUIDE, "guide.pdf", BRAND, 1, 1, "It is plain.",
                "Voice comes first.", "Colours come next.")), passages);
    }

    @Test
    void atTheEndsOfADocumentTheMissingNeighbourIsEmpty() {
        DocumentChunk first = chunk(GUIDE, 0, 1, "Voice comes first.");
        DocumentChunk second = chunk(GUIDE, 1, 2, "It is plain.");
        DocumentChunk only = chunk(NOTES, 0, null, "One short note.");

        Map<UUID, Passage> passages = Passages.assemble(List.of(second, first, only), List.of(first, second),
                Map.of(GUIDE, "guide.pdf", NOTES, "notes.txt"));

        assertEquals(List.of(second.getId(), first.getId(), only.getId()), List.copyOf(passages.keySet()), "in the order asked");
        assertEquals("", passages.get(first.getId()).getBefore());
        assertEquals("It is plain.", passages.get(first.getId()).getAfter());
        assertEquals("Voice comes first.", passages.get(second.getId()).getBefore());
        assertEquals("", passages.get(second.getId()).getAfter());
        Passage note = passages.get(only.getId());
        assertEquals("", note.getBefore());
        assertEquals("", note.getAfter());
        assertNull(note.getPage(), "a text file has no pages");
    }

    @Test
    void aPassageWhoseDocumentIsGoneIsLeftOut() {
        DocumentChunk orphan = chunk(NOTES, 0, null, "Being deleted.");

        assertEquals(Map.of(), Passages.assemble(List.of(orphan), List.of(), Map.of(GUIDE, "guide.pdf")));
    }

    @Test
    void hitsAndPassagesSurviveAViewBeingSerialised() throws Exception {
        var hit = new KnowledgeHit(UUID.randomUUID(), GUIDE, "guide.pdf", 3, 2, "It is plain.", 0.834);
        var passage = new Passage(UUID.randomUUID(), GUIDE, "guide.pdf", BRAND, 3, null, "It is plain.", null, null);

        assertEquals(hit, roundTrip(hit));
        assertEquals(passage, roundTrip(passage));
        assertEquals(83, hit.getPercent());
        assertEquals(2, hit.getPage());
        assertEquals("", passage.getBefore(), "null neighbours read as empty");
    }

    private static DocumentChunk chunk(UUID document, int ordinal, Integer page, String text) {
        return new DocumentChunk(BRAND, document, ordinal, page, text, "embedder", new float[] {1f, 0f});
    }

    private static Object roundTrip(Object value) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
