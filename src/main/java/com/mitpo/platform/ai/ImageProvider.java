package com.mitpo.platform.ai;

/** Renders still creatives (CDI beans, named like the catalog's provider column). */
public interface ImageProvider {

    String name();

    boolean configured();

    /** A PNG of the brief's size; throws {@link ProviderFailure} when the provider cannot answer. */
    byte[] render(String model, CreativeBrief brief);
}
