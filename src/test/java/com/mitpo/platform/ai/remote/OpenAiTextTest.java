package com.mitpo.platform.ai.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.mitpo.platform.ai.StreamSink.CONVERSATION;

import com.fasterxml.jackson.databind.JsonNode;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.StreamSink;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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

    // --- streaming ------------------------------------------------------------------------

    @Test
    void streamsTheReplyPieceByPieceInOrderOnTheCallersThread() {
        var sink = StreamSink.all();

        assertEquals(VendorStandIn.OPENAI_REPLY, provider.stream("gpt-4.1-mini", CONVERSATION, sink));

        assertEquals(VendorStandIn.pieces(VendorStandIn.OPENAI_REPLY), sink.pieces());
        assertTrue(sink.pieces().size() > 1, "streamed, not handed over whole");
        assertTrue(sink.allOn(Thread.currentThread()), "the sink runs where the container's context is");
    }

    @Test
    void aStreamSendsTheSystemMessageAndEveryTurnInOrderWithItsRole() {
        provider.stream("gpt-4.1-mini", CONVERSATION, StreamSink.all());

        var request = standIn.onlyRequest();
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("Bearer " + KEY, request.header("authorization"));
        var body = request.body();
        assertTrue(body.path("stream").asBoolean());
        assertEquals("gpt-4.1-mini", body.path("model").asText());
        var messages = body.path("messages");
        assertEquals(List.of("system", "user", "assistant", "user"),
                List.of(role(messages, 0), role(messages, 1), role(messages, 2), role(messages, 3)));
        assertEquals(4, messages.size());
        assertEquals(CONVERSATION.instructions(), messages.path(0).path("content").asText());
        for (int i = 0; i < 3; i++) {
            assertEquals(CONVERSATION.turns().get(i).text(), messages.path(i + 1).path("content").asText());
        }
    }

    @Test
    void whenTheSinkSaysStopTheStreamIsCancelledAndOnlyWhatItTookIsReturned() {
        standIn.pauseBetweenPieces(100);
        int all = VendorStandIn.pieces(VendorStandIn.OPENAI_REPLY).size();
        var sink = StreamSink.stopAfter(1);

        String taken = provider.stream("gpt-4.1-mini", CONVERSATION, sink);

        assertEquals(VendorStandIn.pieces(VendorStandIn.OPENAI_REPLY).get(0), taken);
        assertEquals(List.of(taken), sink.pieces());
        assertWithin(5_000, standIn::clientLeft, "the client closes the stream");
        assertTrue(standIn.piecesSent() < all, "the vendor was stopped after " + standIn.piecesSent() + " of " + all);
    }

    @Test
    void aStreamWithoutTextIsAProviderFailure() {
        standIn.answerWithoutText();

        var failure = assertThrows(ProviderFailure.class,
                () -> provider.stream("gpt-4.1-mini", CONVERSATION, StreamSink.all()));

        assertEquals("openai answered without text", failure.getMessage());
    }

    @Test
    void aServerErrorOnAStreamIsAProviderFailureWithoutTheVendorsBody() {
        standIn.failWith(500);
        var sink = StreamSink.all();

        var failure = assertThrows(ProviderFailure.class, () -> provider.stream("gpt-4.1-mini", CONVERSATION, sink));

        assertEquals("openai could not answer: InternalServerException", failure.getMessage());
        assertFalse(failure.getMessage().contains("stand-in failure"), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertEquals(List.of(), sink.pieces());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void anUnreachableServiceIsAProviderFailureOnAStreamToo() {
        var closed = standIn.url("/v1");
        standIn.close();

        var failure = assertThrows(ProviderFailure.class,
                () -> new OpenAiText(closed, Optional.of(KEY), 5).stream("gpt-4.1-mini", CONVERSATION, StreamSink.all()));

        assertEquals("openai could not answer: ConnectException", failure.getMessage());
    }

    @Test
    void aStreamThatStallsFailsAfterTheTimeout() {
        standIn.pauseBetweenPieces(3_000);
        var sink = StreamSink.all();
        long started = System.nanoTime();

        var failure = assertThrows(ProviderFailure.class,
                () -> new OpenAiText(standIn.url("/v1"), Optional.of(KEY), 1).stream("gpt-4.1-mini", CONVERSATION, sink));

        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals("openai could not answer: TimeoutException", failure.getMessage());
        assertTrue(tookMs >= 900 && tookMs < 2_900, "took " + tookMs + " ms");
        assertEquals(1, sink.pieces().size(), "what came before the stall was handed on");
    }

    @Test
    void withoutAKeyNothingIsStreamed() {
        var failure = assertThrows(ProviderFailure.class, () -> new OpenAiText(standIn.url("/v1"), Optional.empty(), 5)
                .stream("gpt-4.1-mini", CONVERSATION, StreamSink.all()));

        assertEquals("openai is not configured", failure.getMessage());
        assertEquals(0, standIn.requests().size());
    }

    @Test
    void aCachedStreamingClientNeverServesAnotherModel() {
        provider.stream("gpt-4.1-mini", CONVERSATION, StreamSink.all());
        provider.stream("gpt-4.1", CONVERSATION, StreamSink.all());
        provider.stream("gpt-4.1-mini", CONVERSATION, StreamSink.all());

        var models = standIn.requests().stream().map(r -> r.body().path("model").asText()).toList();
        assertEquals(List.of("gpt-4.1-mini", "gpt-4.1", "gpt-4.1-mini"), models);
    }

    private static String role(JsonNode messages, int i) {
        return messages.path(i).path("role").asText();
    }

    /** Waits until the condition holds, failing after {@code millis}. */
    static void assertWithin(long millis, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within " + millis + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
