package com.mitpo.platform.ai.remote;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/** OpenAI's chat completions (or any service that speaks them at the configured base URL). */
@ApplicationScoped
public class OpenAiText extends RemoteTextProvider {

    @Inject
    OpenAiApi api;

    /** For CDI. */
    protected OpenAiText() {
    }

    public OpenAiText(String baseUrl, Optional<String> apiKey, int timeoutSeconds) {
        super(timeoutSeconds);
        this.api = new OpenAiApi(baseUrl, apiKey, Duration.ofSeconds(timeoutSeconds));
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public boolean configured() {
        return api.configured();
    }

    @Override
    protected ChatModel chatModel(String model) {
        return api.chat(model);
    }

    @Override
    protected StreamingChatModel streamingChatModel(String model) {
        return api.streamingChat(model);
    }
}
