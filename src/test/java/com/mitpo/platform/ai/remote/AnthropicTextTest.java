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

class AnthropicTextTest {

    static final String KEY = "sk-ant-test-77b2e0";

    private final VendorStandIn standIn = new VendorStandIn();
    private final AnthropicText provider = new AnthropicText(standIn.url("/v1"), Optional.of(KEY), 5);

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void sendsModelInstructionsAndInputWithTheKeyHeaderAndReturnsTheReply() {
        assertEquals(VendorStandIn.ANTHROPIC_REPLY, provider.complete("claude-sonnet-4-5", REQUEST));

        var request = standIn.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/v1/messages", request.path());
        assertEquals(KEY, request.header("x-api-key"));
        assertEquals("2023-06-01", request.header("anthropic-version"), "Anthropic refuses calls without a version");
        assertEquals(null, request.header("authorization"), "Anthropic takes the key in x-api-key only");
        var body = request.body();
        assertEquals("claude-sonnet-4-5", body.path("model").asText());
        assertEquals(2048, body.path("max_tokens").asInt());
        assertEquals(REQUEST.instructions(), body.path("system").path(0).path("text").asText());
        assertEquals(1, body.path("messages").size());
        assertEquals("user", body.path("messages").path(0).path("role").asText());
        assertEquals(REQUEST.input(), body.path("messages").path(0).path("content").path(0).path("text").asText());
    }

    @Test
    void aServerErrorIsAProviderFailureWithoutInputOrKeyAndIsNotRetried() {
        standIn.failWith(500);

        var failure = assertThrows(ProviderFailure.class, () -> provider.complete("claude-sonnet-4-5", REQUEST));

        assertTrue(failure.getMessage().startsWith("anthropic could not answer: "), failure.getMessage());
        assertFalse(failure.getMessage().contains(REQUEST.input()), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void configuredOnlyWithAKey() {
        assertEquals("anthropic", provider.name());
        assertTrue(provider.configured());
        assertFalse(new AnthropicText(standIn.url("/v1"), Optional.empty(), 5).configured());
        assertFalse(new AnthropicText(standIn.url("/v1"), Optional.of(""), 5).configured());
    }
}
