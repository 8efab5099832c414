package com.mitpo.platform.ai.remote;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Anthropic's Messages API. */
@ApplicationScoped
public class AnthropicText extends RemoteTextProvider {

    // Anthropic requires max_tokens on every call; 2048 covers copy, extracted brand context and a chat reply.
    static final int MAX_TOKENS = 2048;

    @Inject
    @ConfigProperty(name = "mitpo.ai.anthropic.base-url", defaultValue = "https://api.anthropic.com/v1")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "mitpo.ai.anthropic.api-key")
    Optional<String> apiKey;

    /** For CDI. */
    protected AnthropicText() {
    }

    public AnthropicText(String baseUrl, Optional<String> apiKey, int timeoutSeconds) {
        super(timeoutSeconds);
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public boolean configured() {
        return present(apiKey);
    }

    @Override
    protected ChatModel chatModel(String model) {
        return AnthropicChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey.orElseThrow())
                .modelName(model)
                .maxTokens(MAX_TOKENS)
                .timeout(timeout())
                // The caller decides whether to try again; client retries would multiply the wait.
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    @Override
    protected StreamingChatModel streamingChatModel(String model) {
        // Streaming has no retries to turn off: a stream is never sent twice.
        return AnthropicStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey.orElseThrow())
                .modelName(model)
                .maxTokens(MAX_TOKENS)
                .timeout(timeout())
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
