package com.mitpo.platform.ai;

/** Speaks text (voice-over) (CDI beans, named like the catalog's provider column). */
public interface SpeechProvider {

    String name();

    boolean configured();

    /** A WAV recording of the text; throws {@link ProviderFailure} when the provider cannot answer. */
    byte[] speak(String model, String text);
}
