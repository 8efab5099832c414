package com.mitpo.platform.ai;

/** Serves the text models of one provider (CDI beans; {@link #name()} matches the catalog's provider column). */
public interface TextProvider {

    String name();

    /** True when this provider can be called (local: always; remote: when its key or URL is set). */
    boolean configured();

    /** The model's reply; throws {@link ProviderFailure} when the provider cannot answer. */
    String complete(String model, TextRequest request);
}
