package com.mitpo.platform.ai;

import java.util.function.Predicate;

/** Serves the text models of one provider (CDI beans; {@link #name()} matches the catalog's provider column). */
public interface TextProvider {

    String name();

    /** True when this provider can be called (local: always; remote: when its key or URL is set). */
    boolean configured();

    /** The model's reply; throws {@link ProviderFailure} when the provider cannot answer. */
    String complete(String model, TextRequest request);

    /**
     * The model's reply to the conversation's last turn, handed to {@code sink} piece by piece as
     * it arrives, in order, on the caller's thread. When {@code sink} answers false (it has taken
     * that piece and wants no more) the provider stops reading and returns what the sink took.
     *
     * @return the whole text the sink was handed
     * @throws ProviderFailure when the provider cannot answer, answers without text or times out
     */
    String stream(String model, Conversation conversation, Predicate<String> sink);
}
