package com.mitpo.platform.ai.remote;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Google's Gemini API (AI Studio keys, not Vertex AI). */
@ApplicationScoped
public class GeminiText extends RemoteTextProvider {

    @Inject
    @ConfigProperty(name = "mitpo.ai.gemini.base-url", defaultValue = "https://generativelanguage.googleapis.com/v1beta")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "mitpo.ai.gemini.api-key")
    Optional<String> apiKey;

    /** For CDI. */
    protected GeminiText() {
    }

    public GeminiText(String baseUrl, Optional<String> apiKey, int timeoutSeconds) {
        super(timeoutSeconds);
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    @Override
    public String name() {
        return "gemini";
    }

    @Override
    public boolean configured() {
        return present(apiKey);
    }

    @Override
    protected ChatModel chatModel(String model) {
        return GoogleAiGeminiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey.orElseThrow())
                .modelName(model)
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
        return GoogleAiGeminiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey.orElseThrow())
                .modelName(model)
                .timeout(timeout())
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
