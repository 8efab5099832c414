package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.Conversation;
import com.mitpo.platform.ai.TextTask;

/**
 * A text task the local writer answers with rules that belong to a feature: what in a document
 * reads like a product or an audience is brand knowledge, not the platform's. The feature
 * provides a CDI bean of this type and the writer, which knows no feature, finds it by its task;
 * the call still goes through the catalog, is recorded and is billed as the local model's.
 */
public interface LocalTextTask {

    TextTask task();

    /**
     * The answer to the task's input, in the shape its instructions ask a remote model for.
     *
     * @throws com.mitpo.platform.ai.ProviderFailure when the input cannot be answered
     */
    String answer(String input);

    /**
     * The answer to a conversation's last turn. A task that reads the earlier turns or the
     * instructions (a chat's sources, say) overrides this; by default only the last turn counts.
     *
     * @throws com.mitpo.platform.ai.ProviderFailure when the conversation cannot be answered
     */
    default String answer(Conversation conversation) {
        return answer(conversation.lastTurn().text());
    }
}
