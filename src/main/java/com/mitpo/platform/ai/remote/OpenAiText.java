package com.mitpo.platform.ai.remote;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** OpenAI's chat completions (or any service that speaks them at the configured base URL). */
@ApplicationScoped
public class OpenAiText extends RemoteTextProvider {

    @Inject
    @ConfigProperty(name = "mitpo.ai.openai.base-url", defaultValue = "https://api.openai.com/v1")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "mitpo.ai.openai.api-key")
    Optional<String> apiKey;

    /** For CDI. */
    protected OpenAiText() {
    }

    public OpenAiText(String baseUrl, Optional<String> apiKey, int timeoutSeconds) {
        super(timeoutSeconds);
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public boolean configured() {
        return present(apiKey);
    }

    @Override
    protected ChatModel chatModel(String model) {
        return OpenAiChatModel.builder()
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
}
