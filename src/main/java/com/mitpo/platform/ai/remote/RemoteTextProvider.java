package com.mitpo.platform.ai.remote;

import com.mitpo.platform.ai.ChatTurn;
import com.mitpo.platform.ai.Conversation;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextProvider;
import com.mitpo.platform.ai.TextRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A vendor's chat API through LangChain4j. Subclasses only build the client for a model id;
 * the call, the caching and the failure wording live here so every vendor behaves alike.
 */
public abstract class RemoteTextProvider implements TextProvider {

    @Inject
    @ConfigProperty(name = "mitpo.ai.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    // One client per model id: a client is bound to its model and holds an HTTP client, so
    // building one per call would waste connections.
    private final Map<String, ChatModel> models = new ConcurrentHashMap<>();
    private final Map<String, StreamingChatModel> streamingModels = new ConcurrentHashMap<>();

    /** For CDI. */
    protected RemoteTextProvider() {
    }

    protected RemoteTextProvider(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The client for one model id; without retries (the caller decides) or request logs (they carry inputs). */
    protected abstract ChatModel chatModel(String model);

    /** The streaming client for one model id, built like {@link #chatModel} (streaming clients never retry). */
    protected abstract StreamingChatModel streamingChatModel(String model);

    protected Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    @Override
    public String complete(String model, TextRequest request) {
        if (!configured()) {
            throw new ProviderFailure(name() + " is not configured");
        }
        String text;
        try {
            var chatModel = models.computeIfAbsent(model, this::chatModel);
            text = chatModel.chat(ChatRequest.builder().messages(messages(request)).build()).aiMessage().text();
        } catch (RuntimeException e) {
            throw failure(name(), e);
        }
        if (text == null) {
            // A refusal or a safety block answers with no text; callers expect words or a failure.
            throw new ProviderFailure(name() + " answered without text");
        }
        return text;
    }

    /**
     * Streams the reply: LangChain4j answers on its own thread, and this one waits for it at most
     * the configured timeout in all, handing each piece to the sink as it comes (see {@link StreamedReply}).
     */
    @Override
    public String stream(String model, Conversation conversation, Predicate<String> sink) {
        if (!configured()) {
            throw new ProviderFailure(name() + " is not configured");
        }
        var reply = new StreamedReply(name());
        try {
            var streamingModel = streamingModels.computeIfAbsent(model, this::streamingChatModel);
            streamingModel.chat(ChatRequest.builder().messages(messages(conversation)).build(), reply);
        } catch (RuntimeException e) {
            throw failure(name(), e);
        }
        return reply.read(sink, timeout());
    }

    private static List<ChatMessage> messages(TextRequest request) {
        var messages = new ArrayList<ChatMessage>(2);
        addInstructions(messages, request.instructions());
        messages.add(UserMessage.from(request.input()));
        return messages;
    }

    private static List<ChatMessage> messages(Conversation conversation) {
        var messages = new ArrayList<ChatMessage>(conversation.turns().size() + 1);
        addInstructions(messages, conversation.instructions());
        for (ChatTurn turn : conversation.turns()) {
            messages.add(switch (turn.role()) {
                case USER -> UserMessage.from(turn.text());
                case ASSISTANT -> AiMessage.from(turn.text());
            });
        }
        return messages;
    }

    private static void addInstructions(List<ChatMessage> messages, String instructions) {
        // LangChain4j rejects a blank system message, and an empty one would say nothing anyway.
        if (instructions != null && !instructions.isBlank()) {
            messages.add(SystemMessage.from(instructions));
        }
    }

    /**
     * The failure to report. Only the exception's class goes into the message: the vendor's
     * error body (kept in the cause) may quote the request or part of the key.
     */
    static ProviderFailure failure(String provider, Throwable e) {
        Throwable reason = e;
        // LangChain4j wraps network errors (a refused connection, say) in a bare RuntimeException,
        // and on a stream the JDK's asynchronous client wraps them in a CompletionException too.
        while ((reason.getClass() == RuntimeException.class || reason instanceof CompletionException)
                && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return new ProviderFailure(provider + " could not answer: " + reason.getClass().getSimpleName(), e);
    }

    /** True for a configured value: set and not blank (an empty env variable counts as unset). */
    static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
