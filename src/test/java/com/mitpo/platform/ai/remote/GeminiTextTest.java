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

    // --- streaming ------------------------------------------------------------------------

    @Test
    void streamsTheReplyPieceByPieceInOrder() {
        var sink = StreamSink.all();

        assertEquals(VendorStandIn.GEMINI_REPLY, provider.stream("gemini-2.5-flash", CONVERSATION, sink));

        assertEquals(VendorStandIn.pieces(VendorStandIn.GEMINI_REPLY), sink.pieces());
        assertTrue(sink.allOn(Thread.currentThread()));
    }

    @Test
    void aStreamSendsTheSystemInstructionAndEveryTurnInOrderWithItsRole() {
        provider.stream("gemini-2.5-flash", CONVERSATION, StreamSink.all());

        var request = standIn.onlyRequest();
        assertEquals("/v1beta/models/gemini-2.5-flash:streamGenerateContent", request.path());
        assertEquals("alt=sse", request.query(), "the key stays out of the URL on a stream too");
        assertEquals(KEY, request.header("x-goog-api-key"));
        var body = request.body();
        assertEquals(CONVERSATION.instructions(), body.path("systemInstruction").path("parts").path(0).path("text").asText());
        var contents = body.path("contents");
        assertEquals(3, contents.size());
        assertEquals(List.of("user", "model", "user"), List.of(contents.path(0).path("role").asText(),
                contents.path(1).path("role").asText(), contents.path(2).path("role").asText()));
        for (int i = 0; i < 3; i++) {
            assertEquals(CONVERSATION.turns().get(i).text(), contents.path(i).path("parts").path(0).path("text").asText());
        }
    }

    @Test
    void whenTheSinkSaysStopTheStreamIsCancelledAndOnlyWhatItTookIsReturned() {
        standIn.pauseBetweenPieces(100);
        int all = VendorStandIn.pieces(VendorStandIn.GEMINI_REPLY).size();
        var sink = StreamSink.stopAfter(1);

        String taken = provider.stream("gemini-2.5-flash", CONVERSATION, sink);

        assertEquals(VendorStandIn.pieces(VendorStandIn.GEMINI_REPLY).get(0), taken);
        assertEquals(List.of(taken), sink.pieces());
        assertWithin(5_000, standIn::clientLeft, "the client closes the stream");
        assertTrue(standIn.piecesSent() < all, "the vendor was stopped after " + standIn.piecesSent() + " of " + all);
    }

    @Test
    void aServerErrorOnAStreamIsAProviderFailureWithoutTheVendorsBody() {
        standIn.failWith(500);

        var failure = assertThrows(ProviderFailure.class,
                () -> provider.stream("gemini-2.5-flash", CONVERSATION, StreamSink.all()));

        assertTrue(failure.getMessage().startsWith("gemini could not answer: "), failure.getMessage());
        assertFalse(failure.getMessage().contains("stand-in failure"), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void anUnreachableServiceIsAProviderFailureOnAStream() {
        var closed = standIn.url("/v1beta");
        standIn.close();

        var failure = assertThrows(ProviderFailure.class, () -> new GeminiText(closed, Optional.of(KEY), 5)
                .stream("gemini-2.5-flash", CONVERSATION, StreamSink.all()));

        assertEquals("gemini could not answer: ConnectException", failure.getMessage());
    }

    @Test
    void withoutAKeyNothingIsStreamed() {
        var failure = assertThrows(ProviderFailure.class, () -> new GeminiText(standIn.url("/v1beta"), Optional.empty(), 5)
                .stream("gemini-2.5-flash", CONVERSATION, StreamSink.all()));

        assertEquals("gemini is not configured", failure.getMessage());
        assertEquals(0, standIn.requests().size());
    }
}
