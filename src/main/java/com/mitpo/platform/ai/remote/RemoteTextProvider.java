package com.mitpo.platform.ai.remote;

import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextProvider;
import com.mitpo.platform.ai.TextRequest;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** For CDI. */
    protected RemoteTextProvider() {
    }

    protected RemoteTextProvider(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The client for one model id; without retries (the caller decides) or request logs (they carry inputs). */
    protected abstract ChatModel chatModel(String model);

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

    private static List<ChatMessage> messages(TextRequest request) {
        var messages = new ArrayList<ChatMessage>(2);
        // LangChain4j rejects a blank system message, and an empty one would say nothing anyway.
        if (request.instructions() != null && !request.instructions().isBlank()) {
            messages.add(SystemMessage.from(request.instructions()));
        }
        messages.add(UserMessage.from(request.input()));
        return messages;
    }

    /**
     * The failure to report. Only the exception's class goes into the message: the vendor's
     * error body (kept in the cause) may quote the request or part of the key.
     */
    static ProviderFailure failure(String provider, RuntimeException e) {
        Throwable reason = e;
        // LangChain4j wraps network errors (a refused connection, say) in a bare RuntimeException.
        while (reason.getClass() == RuntimeException.class && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return new ProviderFailure(provider + " could not answer: " + reason.getClass().getSimpleName(), e);
    }

    /** True for a configured value: set and not blank (an empty env variable counts as unset). */
    static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
