package com.mitpo.platform.ai;

import java.util.List;

/** Turns texts into vectors for retrieval (CDI beans, named like the catalog's provider column). */
public interface EmbeddingProvider {

    String name();

    boolean configured();

    /** One vector per text, in order; throws {@link ProviderFailure} when the provider cannot answer. */
    List<float[]> embed(String model, List<String> texts);
}
