package com.mitpo.platform.ai;

import java.util.Objects;

/** One turn of a conversation with a text model: who spoke, and what. */
public record ChatTurn(Role role, String text) {

    public enum Role {
        /** The person the feature serves. */
        USER,
        /** The model, in an earlier reply of the same conversation. */
        ASSISTANT
    }

    public ChatTurn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    public static ChatTurn user(String text) {
        return new ChatTurn(Role.USER, text);
    }

    public static ChatTurn assistant(String text) {
        return new ChatTurn(Role.ASSISTANT, text);
    }
}
