package com.mitpo.platform.ai;

import java.util.List;
import java.util.Objects;

/**
 * A multi-turn call to a text model: the task, the instructions (the system prompt for remote
 * models) and the turns so far, oldest first, ending with the user's turn the model is to answer.
 * Everything in it goes only to the one provider serving the chosen model, and nowhere else.
 */
public record Conversation(TextTask task, String instructions, List<ChatTurn> turns) {

    public Conversation {
        Objects.requireNonNull(task, "task");
        // No instructions is a conversation without a system message, as with TextRequest.
        instructions = instructions == null ? "" : instructions;
        // A copy, so a caller adding to its list later cannot change what was sent or recorded.
        turns = List.copyOf(Objects.requireNonNull(turns, "turns"));
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a conversation needs at least one turn");
        }
        if (lastTurn(turns).role() != ChatTurn.Role.USER) {
            // A model answers the user; ending on its own reply would ask it to talk to itself.
            throw new IllegalArgumentException("a conversation must end with a user turn");
        }
    }

    /** The user's turn the model is to answer. */
    public ChatTurn lastTurn() {
        return lastTurn(turns);
    }

    /** The characters sent: what the call record counts as input. */
    public int inputChars() {
        return instructions.length() + turns.stream().mapToInt(t -> t.text().length()).sum();
    }

    private static ChatTurn lastTurn(List<ChatTurn> turns) {
        return turns.get(turns.size() - 1);
    }
}
