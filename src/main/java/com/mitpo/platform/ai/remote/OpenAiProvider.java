package com.mitpo.platform.ai.remote;

import com.mitpo.platform.ai.ProviderFailure;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/** What OpenAI's embedding and image providers share: the configured account and their name. */
abstract class OpenAiProvider {

    @Inject
    OpenAiApi api;

    /** For CDI. */
    protected OpenAiProvider() {
    }

    protected OpenAiProvider(String baseUrl, Optional<String> apiKey, int timeoutSeconds) {
        this.api = new OpenAiApi(baseUrl, apiKey, Duration.ofSeconds(timeoutSeconds));
    }

    public String name() {
        return "openai";
    }

    public boolean configured() {
        return api.configured();
    }

    void requireConfigured() {
        if (!configured()) {
            throw new ProviderFailure(name() + " is not configured");
        }
    }
}
