package com.mitpo.platform.ai.remote;

import com.mitpo.platform.ai.EmbeddingProvider;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** OpenAI's embeddings endpoint, configured like {@link OpenAiText}. */
@ApplicationScoped
public class OpenAiEmbeddings extends OpenAiProvider implements EmbeddingProvider {

    // One client per model id, as for the text providers.
    private final Map<String, EmbeddingModel> models = new ConcurrentHashMap<>();

    /** For CDI. */
    protected OpenAiEmbeddings() {
    }

    public OpenAiEmbeddings(String baseUrl, Optional<String> apiKey, int timeoutSeconds) {
        super(baseUrl, apiKey, timeoutSeconds);
    }

    @Override
    public List<float[]> embed(String model, List<String> texts) {
        requireConfigured();
        if (texts.isEmpty()) {
            return List.of(); // nothing to send; the API would reject an empty input
        }
        try {
            var segments = texts.stream().map(TextSegment::from).toList();
            return models.computeIfAbsent(model, api::embeddings).embedAll(segments).content().stream()
                    .map(Embedding::vector)
                    .toList();
        } catch (RuntimeException e) {
            throw RemoteTextProvider.failure(name(), e);
        }
    }
}
