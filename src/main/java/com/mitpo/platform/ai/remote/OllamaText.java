package com.mitpo.platform.ai.remote;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A self-hosted Ollama, through its OpenAI-compatible API (/v1): the OpenAI client is already
 * here, and langchain4j-ollama has no 1.19.0 release to match the other modules.
 */
@ApplicationScoped
public class OllamaText extends RemoteTextProvider {

    // Ollama ignores the key, but the OpenAI client refuses to build without one.
    static final String PLACEHOLDER_KEY = "ollama";

    @Inject
    @ConfigProperty(name = "mitpo.ai.ollama.base-url")
    Optional<String> baseUrl;

    /** For CDI. */
    protected OllamaText() {
    }

    /** {@code baseUrl} is Ollama's own address, e.g. http://localhost:11434 (without /v1). */
    public OllamaText(Optional<String> baseUrl, int timeoutSeconds) {
        super(timeoutSeconds);
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public boolean configured() {
        return present(baseUrl);
    }

    @Override
    protected ChatModel chatModel(String model) {
        return api().chat(model);
    }

    @Override
    protected StreamingChatModel streamingChatModel(String model) {
        return api().streamingChat(model);
    }

    private OpenAiApi api() {
        var root = baseUrl.orElseThrow().strip().replaceAll("/+$", "");
        return new OpenAiApi(root + "/v1", Optional.of(PLACEHOLDER_KEY), timeout());
    }
}
