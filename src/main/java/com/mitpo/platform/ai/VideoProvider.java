package com.mitpo.platform.ai;

/** Renders short videos (CDI beans, named like the catalog's provider column). */
public interface VideoProvider {

    String name();

    boolean configured();

    /** An MP4 of the brief's size lasting about {@code seconds}; throws {@link ProviderFailure} on failure. */
    byte[] render(String model, CreativeBrief brief, int seconds);
}
