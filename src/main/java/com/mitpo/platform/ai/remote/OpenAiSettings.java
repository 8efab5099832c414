package com.mitpo.platform.ai.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured OpenAI account, read once for the text, embedding and image clients. */
@ApplicationScoped
public class OpenAiSettings {

    @Inject
    @ConfigProperty(name = "mitpo.ai.openai.base-url", defaultValue = "https://api.openai.com/v1")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "mitpo.ai.openai.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "mitpo.ai.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    @Produces
    OpenAiApi openAi() {
        return new OpenAiApi(baseUrl, apiKey, Duration.ofSeconds(timeoutSeconds));
    }
}
