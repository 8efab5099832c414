package com.mitpo.platform.ai.remote;

import com.mitpo.platform.ai.ProviderFailure;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * One streamed reply, moved from LangChain4j's thread to the caller's. LangChain4j calls the
 * handler on a plain JDK thread with no request scope, transaction or JNDI, so the pieces are
 * queued there and handed to the sink by {@link #read} on the thread that asked: the feature's
 * sink may then use the container (say, save the half-written reply).
 */
final class StreamedReply implements StreamingChatResponseHandler {

    private sealed interface Event permits Piece, Done, Failed {
    }

    private record Piece(String text) implements Event {
    }

    private record Done(ChatResponse response) implements Event {
    }

    private record Failed(Throwable error) implements Event {
    }

    private final String provider;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    // Set by the caller's thread once it reads no more (the sink said stop, time ran out, or it
    // failed); LangChain4j's thread then cancels the stream at its next piece.
    private volatile boolean abandoned;

    StreamedReply(String provider) {
        this.provider = provider;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        if (abandoned) {
            // Cancelled here, on the thread reading the stream: its parser checks the flag before
            // the next line and closes the connection. Closing it from the caller's thread could
            // leave this one blocked on a body that will never come.
            context.streamingHandle().cancel();
            return;
        }
        events.add(new Piece(partial.text()));
    }

    @Override
    public void onPartialResponse(String text) {
        // Only a client that offers no streaming handle calls this one: the rest is ignored.
        if (!abandoned) {
            events.add(new Piece(text));
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        events.add(new Done(response));
    }

    @Override
    public void onError(Throwable error) {
        events.add(new Failed(error));
    }

    /** Hands the pieces to {@code sink} until the reply ends, the sink says stop, or {@code timeout} passes. */
    String read(Predicate<String> sink, Duration timeout) {
        var taken = new StringBuilder();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw RemoteTextProvider.failure(provider, new TimeoutException());
                } else if (event instanceof Piece piece) {
                    taken.append(piece.text());
                    if (!sink.test(piece.text())) {
                        return taken.toString();
                    }
                } else if (event instanceof Failed failed) {
                    throw RemoteTextProvider.failure(provider, failed.error());
                } else {
                    return ending(((Done) event).response(), taken, sink);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw RemoteTextProvider.failure(provider, stopped);
        } finally {
            abandoned = true;
        }
    }

    /** The whole reply once the vendor is done; a vendor that sent it only at the end has it handed over whole. */
    private String ending(ChatResponse response, StringBuilder taken, Predicate<String> sink) {
        if (!taken.isEmpty()) {
            return taken.toString();
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isEmpty()) {
            // A refusal or a safety block streams no text; callers expect words or a failure.
            throw new ProviderFailure(provider + " answered without text");
        }
        sink.test(text);
        return text;
    }
}
