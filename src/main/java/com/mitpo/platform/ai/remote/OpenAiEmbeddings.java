package com.mitpo.platform.ai.remote;

import com.mitpo.platform.ai.EmbeddingProvider;
import com.mitpo.platform.ai.ProviderFailure;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** OpenAI's embeddings endpoint, configured like {@link OpenAiText}. */
@ApplicationScoped
public class OpenAiEmbeddings implements EmbeddingProvider {

    @Inject
    @ConfigProperty(name = "mitpo.ai.openai.base-url", defaultValue = "https://api.openai.com/v1")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "mitpo.ai.openai.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "mitpo.ai.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    // One client per model id, as for the text providers.
    private final Map<String, EmbeddingModel> models = new ConcurrentHashMap<>();

    /** For CDI. */
    protected OpenAiEmbeddings() {
    }

    public OpenAiEmbeddings(String baseUrl, Optional<String> apiKey, int timeoutSeconds) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public boolean configured() {
        return RemoteTextProvider.present(apiKey);
    }

    @Override
    public List<float[]> embed(String model, List<String> texts) {
        if (!configured()) {
            throw new ProviderFailure(name() + " is not configured");
        }
        if (texts.isEmpty()) {
            return List.of(); // nothing to send; the API would reject an empty input
        }
        try {
            var segments = texts.stream().map(TextSegment::from).toList();
            return models.computeIfAbsent(model, this::embeddingModel).embedAll(segments).content().stream()
                    .map(Embedding::vector)
                    .toList();
        } catch (RuntimeException e) {
            throw RemoteTextProvider.failure(name(), e);
        }
    }

    private EmbeddingModel embeddingModel(String model) {
        return OpenAiEmbeddingModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey.orElseThrow())
                .modelName(model)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                // The caller decides whether to try again; client retries would multiply the wait.
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
