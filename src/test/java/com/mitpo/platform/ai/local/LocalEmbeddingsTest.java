package com.mitpo.platform.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.ProviderFailure;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model from its Maven artifact, offline. */
class LocalEmbeddingsTest {

    private final LocalEmbeddings embeddings = new LocalEmbeddings();

    @Test
    void aQuestionIsClosestToThePassageThatAnswersIt() {
        List<float[]> vectors = embeddings.embed("all-minilm-l6-v2-q", List.of(
                "Where are the beans roasted?",
                "Northwind roasts every bean in Lisbon on Monday mornings.",
                "Invoices are payable within thirty days of issue."));
        assertEquals(3, vectors.size());
        assertEquals(384, vectors.get(0).length);
        double answer = CosineSimilarity.between(Embedding.from(vectors.get(0)), Embedding.from(vectors.get(1)));
        double unrelated = CosineSimilarity.between(Embedding.from(vectors.get(0)), Embedding.from(vectors.get(2)));
        assertTrue(answer > unrelated + 0.2, answer + " vs " + unrelated);
    }

    @Test
    void onlyItsOwnModel() {
        assertThrows(ProviderFailure.class, () -> embeddings.embed("text-embedding-3-small", List.of("x")));
    }
}
