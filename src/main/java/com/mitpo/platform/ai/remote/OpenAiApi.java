package com.mitpo.platform.ai.remote;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.image.ImageModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiImageModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.Optional;

/**
 * One OpenAI-compatible API (OpenAI itself, or Ollama's /v1) and the LangChain4j clients for it,
 * built alike for every modality: without retries (the caller decides whether to try again;
 * client retries would multiply the wait) and without request logs (they carry inputs).
 */
public record OpenAiApi(String baseUrl, Optional<String> apiKey, Duration timeout) {

    /** True when a key is set and not blank (an empty environment variable counts as unset). */
    public boolean configured() {
        return RemoteTextProvider.present(apiKey);
    }

    ChatModel chat(String model) {
        return OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey.orElseThrow()).modelName(model)
                .timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
    }

    /** Streaming has no retries to turn off: a stream is never sent twice. */
    StreamingChatModel streamingChat(String model) {
        return OpenAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey(apiKey.orElseThrow()).modelName(model)
                .timeout(timeout).logRequests(false).logResponses(false).build();
    }

    EmbeddingModel embeddings(String model) {
        return OpenAiEmbeddingModel.builder().baseUrl(baseUrl).apiKey(apiKey.orElseThrow()).modelName(model)
                .timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
    }

    ImageModel images(String model, String size) {
        return OpenAiImageModel.builder().baseUrl(baseUrl).apiKey(apiKey.orElseThrow()).modelName(model).size(size)
                .timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
    }
}
