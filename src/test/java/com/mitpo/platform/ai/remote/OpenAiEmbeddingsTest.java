package com.mitpo.platform.ai.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.ProviderFailure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiEmbeddingsTest {

    static final String KEY = "sk-test-embed-91ce";
    static final List<String> TEXTS = List.of("Alpine boots for wet trails", "Free returns within 30 days",
            "Made in the Dolomites");

    private final VendorStandIn standIn = new VendorStandIn();
    private final OpenAiEmbeddings provider = new OpenAiEmbeddings(standIn.url("/v1"), Optional.of(KEY), 5);

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void returnsOneVectorPerTextInOrder() {
        var vectors = provider.embed("text-embedding-3-small", TEXTS);

        assertEquals(3, vectors.size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(VendorStandIn.VECTORS[i], vectors.get(i), "vector " + i);
        }
        var request = standIn.onlyRequest();
        assertEquals("/v1/embeddings", request.path());
        assertEquals("Bearer " + KEY, request.header("authorization"));
        assertEquals("text-embedding-3-small", request.body().path("model").asText());
        var input = request.body().path("input");
        assertEquals(3, input.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(TEXTS.get(i), input.path(i).asText());
        }
    }

    @Test
    void noTextsNoCall() {
        assertEquals(List.of(), provider.embed("text-embedding-3-small", List.of()));
        assertEquals(0, standIn.requests().size());
    }

    @Test
    void aServerErrorIsAProviderFailureWithoutInputOrKeyAndIsNotRetried() {
        standIn.failWith(500);

        var failure = assertThrows(ProviderFailure.class, () -> provider.embed("text-embedding-3-small", TEXTS));

        assertTrue(failure.getMessage().startsWith("openai could not answer: "), failure.getMessage());
        TEXTS.forEach(text -> assertFalse(failure.getMessage().contains(text), failure.getMessage()));
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void configuredOnlyWithAKey() {
        assertEquals("openai", provider.name());
        assertTrue(provider.configured());
        assertFalse(new OpenAiEmbeddings(standIn.url("/v1"), Optional.empty(), 5).configured());
    }
}
