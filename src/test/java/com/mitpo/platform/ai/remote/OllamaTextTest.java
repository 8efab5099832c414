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

class OllamaTextTest {

    private final VendorStandIn standIn = new VendorStandIn();

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void speaksTheOpenAiCompatibleApiUnderV1WithoutARealKey() {
        var provider = new OllamaText(Optional.of(standIn.url("")), 5);

        assertEquals(VendorStandIn.OPENAI_REPLY, provider.complete("llama3.2:3b", REQUEST));

        var request = standIn.onlyRequest();
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("Bearer " + OllamaText.PLACEHOLDER_KEY, request.header("authorization"));
        var body = request.body();
        assertEquals("llama3.2:3b", body.path("model").asText());
        assertEquals(REQUEST.instructions(), body.path("messages").path(0).path("content").asText());
        assertEquals(REQUEST.input(), body.path("messages").path(1).path("content").asText());
    }

    @Test
    void aTrailingSlashInTheBaseUrlIsTolerated() {
        new OllamaText(Optional.of(standIn.url("/")), 5).complete("llama3.2:3b", REQUEST);

        assertEquals("/v1/chat/completions", standIn.onlyRequest().path());
    }

    @Test
    void aServerErrorIsAProviderFailureWithoutInputAndIsNotRetried() {
        standIn.failWith(500);

        var failure = assertThrows(ProviderFailure.class,
                () -> new OllamaText(Optional.of(standIn.url("")), 5).complete("llama3.2:3b", REQUEST));

        assertTrue(failure.getMessage().startsWith("ollama could not answer: "), failure.getMessage());
        assertFalse(failure.getMessage().contains(REQUEST.input()), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void configuredOnlyWithABaseUrl() {
        assertEquals("ollama", new OllamaText(Optional.empty(), 5).name());
        assertTrue(new OllamaText(Optional.of(standIn.url("")), 5).configured());
        assertFalse(new OllamaText(Optional.empty(), 5).configured());
        assertFalse(new OllamaText(Optional.of(""), 5).configured());
    }

    // --- streaming ------------------------------------------------------------------------

    @Test
    void streamsThroughTheOpenAiCompatibleApiUnderV1() {
        var sink = StreamSink.all();

        assertEquals(VendorStandIn.OPENAI_REPLY,
                new OllamaText(Optional.of(standIn.url("/")), 5).stream("llama3.2:3b", CONVERSATION, sink));

        assertEquals(VendorStandIn.pieces(VendorStandIn.OPENAI_REPLY), sink.pieces());
        var request = standIn.onlyRequest();
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("Bearer " + OllamaText.PLACEHOLDER_KEY, request.header("authorization"));
        assertTrue(request.body().path("stream").asBoolean());
        assertEquals(4, request.body().path("messages").size());
        assertEquals(CONVERSATION.lastTurn().text(), request.body().path("messages").path(3).path("content").asText());
    }

    @Test
    void whenTheSinkSaysStopTheStreamIsCancelled() {
        standIn.pauseBetweenPieces(100);
        int all = VendorStandIn.pieces(VendorStandIn.OPENAI_REPLY).size();

        String taken = new OllamaText(Optional.of(standIn.url("")), 5).stream("llama3.2:3b", CONVERSATION,
                StreamSink.stopAfter(2));

        assertEquals(String.join("", VendorStandIn.pieces(VendorStandIn.OPENAI_REPLY).subList(0, 2)), taken);
        assertWithin(5_000, standIn::clientLeft, "the client closes the stream");
        assertTrue(standIn.piecesSent() < all, "the vendor was stopped after " + standIn.piecesSent() + " of " + all);
    }

    @Test
    void aServerErrorOnAStreamIsAProviderFailureWithoutTheVendorsBody() {
        standIn.failWith(500);

        var failure = assertThrows(ProviderFailure.class, () -> new OllamaText(Optional.of(standIn.url("")), 5)
                .stream("llama3.2:3b", CONVERSATION, StreamSink.all()));

        assertTrue(failure.getMessage().startsWith("ollama could not answer: "), failure.getMessage());
        assertFalse(failure.getMessage().contains("stand-in failure"), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void withoutABaseUrlNothingIsStreamed() {
        var failure = assertThrows(ProviderFailure.class,
                () -> new OllamaText(Optional.empty(), 5).stream("llama3.2:3b", CONVERSATION, StreamSink.all()));

        assertEquals("ollama is not configured", failure.getMessage());
    }
}
