package com.mitpo.platform.ai.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiTextTest {

    static final String KEY = "sk-test-4f9a1c";
    static final TextRequest REQUEST = new TextRequest(TextTask.COPY,
            "Write one headline in the brand's voice.", "Spring sale on alpine boots, 20% off");

    private final VendorStandIn standIn = new VendorStandIn();
    private final OpenAiText provider = new OpenAiText(standIn.url("/v1"), Optional.of(KEY), 5);

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void sendsModelInstructionsAndInputWithTheBearerKeyAndReturnsTheReply() {
        assertEquals(VendorStandIn.OPENAI_REPLY, provider.complete("gpt-4.1-mini", REQUEST));

        var request = standIn.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("Bearer " + KEY, request.header("authorization"));
        var body = request.body();
        assertEquals("gpt-4.1-mini", body.path("model").asText());
        assertEquals(2, body.path("messages").size());
        assertEquals("system", body.path("messages").path(0).path("role").asText());
        assertEquals(REQUEST.instructions(), body.path("messages").path(0).path("content").asText());
        assertEquals("user", body.path("messages").path(1).path("role").asText());
        assertEquals(REQUEST.input(), body.path("messages").path(1).path("content").asText());
    }

    @Test
    void aCachedClientNeverServesAnotherModel() {
        provider.complete("gpt-4.1-mini", REQUEST);
        provider.complete("gpt-4.1", REQUEST);
        provider.complete("gpt-4.1-mini", REQUEST);

        var models = standIn.requests().stream().map(r -> r.body().path("model").asText()).toList();
        assertEquals(List.of("gpt-4.1-mini", "gpt-4.1", "gpt-4.1-mini"), models);
    }

    @Test
    void aServerErrorIsAProviderFailureWithoutInputOrKeyAndIsNotRetried() {
        standIn.failWith(500);

        var failure = assertThrows(ProviderFailure.class, () -> provider.complete("gpt-4.1-mini", REQUEST));

        assertEquals("openai could not answer: InternalServerException", failure.getMessage());
        assertFalse(failure.getMessage().contains(REQUEST.input()), failure.getMessage());
        assertFalse(failure.getMessage().contains(REQUEST.instructions()), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void aReplyWithoutTextIsAProviderFailure() {
        standIn.answerWithoutText();

        var failure = assertThrows(ProviderFailure.class, () -> provider.complete("gpt-4.1-mini", REQUEST));

        assertEquals("openai answered without text", failure.getMessage());
    }

    @Test
    void anUnreachableServiceIsAProviderFailure() {
        var closed = standIn.url("/v1");
        standIn.close();

        var failure = assertThrows(ProviderFailure.class,
                () -> new OpenAiText(closed, Optional.of(KEY), 5).complete("gpt-4.1-mini", REQUEST));

        assertEquals("openai could not answer: ConnectException", failure.getMessage());
    }

    @Test
    void configuredOnlyWithAKey() {
        assertEquals("openai", provider.name());
        assertTrue(provider.configured());
        assertFalse(new OpenAiText(standIn.url("/v1"), Optional.empty(), 5).configured());
        assertFalse(new OpenAiText(standIn.url("/v1"), Optional.of("  "), 5).configured());
    }

    @Test
    void withoutAKeyNothingIsSent() {
        var failure = assertThrows(ProviderFailure.class,
                () -> new OpenAiText(standIn.url("/v1"), Optional.empty(), 5).complete("gpt-4.1-mini", REQUEST));

        assertEquals("openai is not configured", failure.getMessage());
        assertEquals(0, standIn.requests().size());
    }
}
