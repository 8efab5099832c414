package com.mitpo.assistant.control;

import com.mitpo.platform.ai.Conversation;
import com.mitpo.platform.ai.TextTask;
import com.mitpo.platform.ai.local.LocalTextTask;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The offline model's answers to the assistant's questions: the sources from the instructions
 * the assistant sends every model, answered by {@link LocalAnswers}.
 */
@ApplicationScoped
public class LocalAssistant implements LocalTextTask {

    @Override
    public TextTask task() {
        return TextTask.ANSWER;
    }

    @Override
    public String answer(String input) {
        return LocalAnswers.answer(input, java.util.List.of());
    }

    @Override
    public String answer(Conversation conversation) {
        return LocalAnswers.answer(conversation.lastTurn().text(), AssistantPrompt.sources(conversation.instructions()));
    }
}
