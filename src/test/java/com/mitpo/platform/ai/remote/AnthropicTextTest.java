package com.mitpo.platform.ai.remote;

import static com.mitpo.platform.ai.remote.OpenAiTextTest.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.mitpo.platform.ai.StreamSink.CONVERSATION;
import static com.mitpo.platform.ai.remote.OpenAiTextTest.assertWithin;

import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.StreamSink;
import java.util.List;
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

    // --- streaming ------------------------------------------------------------------------

    @Test
    void streamsTheReplyPieceByPieceInOrder() {
        var sink = StreamSink.all();

        assertEquals(VendorStandIn.ANTHROPIC_REPLY, provider.stream("claude-sonnet-4-5", CONVERSATION, sink));

        assertEquals(VendorStandIn.pieces(VendorStandIn.ANTHROPIC_REPLY), sink.pieces());
        assertTrue(sink.allOn(Thread.currentThread()));
    }

    @Test
    void aStreamSendsTheSystemTextAndEveryTurnInOrderWithItsRole() {
        provider.stream("claude-sonnet-4-5", CONVERSATION, StreamSink.all());

        var request = standIn.onlyRequest();
        assertEquals("/v1/messages", request.path());
        assertEquals(KEY, request.header("x-api-key"));
        var body = request.body();
        assertTrue(body.path("stream").asBoolean());
        assertEquals(2048, body.path("max_tokens").asInt());
        assertEquals(CONVERSATION.instructions(), body.path("system").path(0).path("text").asText());
        var messages = body.path("messages");
        assertEquals(3, messages.size());
        assertEquals(List.of("user", "assistant", "user"), List.of(messages.path(0).path("role").asText(),
                messages.path(1).path("role").asText(), messages.path(2).path("role").asText()));
        for (int i = 0; i < 3; i++) {
            assertEquals(CONVERSATION.turns().get(i).text(), messages.path(i).path("content").path(0).path("text").asText());
        }
    }

    @Test
    void whenTheSinkSaysStopTheStreamIsCancelledAndOnlyWhatItTookIsReturned() {
        standIn.pauseBetweenPieces(100);
        int all = VendorStandIn.pieces(VendorStandIn.ANTHROPIC_REPLY).size();
        var sink = StreamSink.stopAfter(1);

        String taken = provider.stream("claude-sonnet-4-5", CONVERSATION, sink);

        assertEquals(VendorStandIn.pieces(VendorStandIn.ANTHROPIC_REPLY).get(0), taken);
        assertEquals(List.of(taken), sink.pieces());
        assertWithin(5_000, standIn::clientLeft, "the client closes the stream");
        assertTrue(standIn.piecesSent() < all, "the vendor was stopped after " + standIn.piecesSent() + " of " + all);
    }

    @Test
    void aServerErrorOnAStreamIsAProviderFailureWithoutTheVendorsBody() {
        standIn.failWith(500);

        var failure = assertThrows(ProviderFailure.class,
                () -> provider.stream("claude-sonnet-4-5", CONVERSATION, StreamSink.all()));

        assertTrue(failure.getMessage().startsWith("anthropic could not answer: "), failure.getMessage());
        assertFalse(failure.getMessage().contains("stand-in failure"), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void anUnreachableServiceIsAProviderFailureOnAStream() {
        var closed = standIn.url("/v1");
        standIn.close();

        var failure = assertThrows(ProviderFailure.class, () -> new AnthropicText(closed, Optional.of(KEY), 5)
                .stream("claude-sonnet-4-5", CONVERSATION, StreamSink.all()));

        assertEquals("anthropic could not answer: ConnectException", failure.getMessage());
    }

    @Test
    void withoutAKeyNothingIsStreamed() {
        var failure = assertThrows(ProviderFailure.class, () -> new AnthropicText(standIn.url("/v1"), Optional.empty(), 5)
                .stream("claude-sonnet-4-5", CONVERSATION, StreamSink.all()));

        assertEquals("anthropic is not configured", failure.getMessage());
        assertEquals(0, standIn.requests().size());
    }
}
