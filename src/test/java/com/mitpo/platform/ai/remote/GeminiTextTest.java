package com.mitpo.platform.ai.remote;

import static com.mitpo.platform.ai.remote.OpenAiTextTest.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.ProviderFailure;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiTextTest {

    static final String KEY = "AIza-test-0c3d5e";

    private final VendorStandIn standIn = new VendorStandIn();
    private final GeminiText provider = new GeminiText(standIn.url("/v1beta"), Optional.of(KEY), 5);

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void sendsModelInstructionsAndInputWithTheKeyHeaderAndReturnsTheReply() {
        assertEquals(VendorStandIn.GEMINI_REPLY, provider.complete("gemini-2.5-flash", REQUEST));

        var request = standIn.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/v1beta/models/gemini-2.5-flash:generateContent", request.path());
        // The client sends the key as a header, never in the URL (where access logs would keep it).
        assertEquals(KEY, request.header("x-goog-api-key"));
        assertEquals(null, request.query());
        var body = request.body();
        assertEquals(REQUEST.instructions(), body.path("systemInstruction").path("parts").path(0).path("text").asText());
        assertEquals(1, body.path("contents").size());
        assertEquals("user", body.path("contents").path(0).path("role").asText());
        assertEquals(REQUEST.input(), body.path("contents").path(0).path("parts").path(0).path("text").asText());
    }

    @Test
    void aServerErrorIsAProviderFailureWithoutInputOrKeyAndIsNotRetried() {
        standIn.failWith(500);

        var failure = assertThrows(ProviderFailure.class, () -> provider.complete("gemini-2.5-flash", REQUEST));

        assertTrue(failure.getMessage().startsWith("gemini could not answer: "), failure.getMessage());
        assertFalse(failure.getMessage().contains(REQUEST.input()), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void configuredOnlyWithAKey() {
        assertEquals("gemini", provider.name());
        assertTrue(provider.configured());
        assertFalse(new GeminiText(standIn.url("/v1beta"), Optional.empty(), 5).configured());
        assertFalse(new GeminiText(standIn.url("/v1beta"), Optional.of(" "), 5).configured());
    }
}
