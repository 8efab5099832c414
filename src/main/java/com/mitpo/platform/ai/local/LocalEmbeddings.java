package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.EmbeddingProvider;
import com.mitpo.platform.ai.ProviderFailure;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions), which ships inside its Maven artifact and
 * runs in-process: retrieval works with no network and no key. Loaded on first use (about a
 * second), then shared; the ONNX session is safe for concurrent use.
 */
@ApplicationScoped
public class LocalEmbeddings implements EmbeddingProvider {

    static final String MODEL = "all-minilm-l6-v2-q";

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public List<float[]> embed(String modelName, List<String> texts) {
        if (!MODEL.equals(modelName)) {
            throw new ProviderFailure("the local embedding provider has no model " + modelName);
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return Model.INSTANCE.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    /** Loaded on first use, once per class loader (the JVM guarantees it happens once). */
    private static final class Model {
        // Runs in the caller's (managed) thread: no unmanaged pool inside the server.
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }
}
