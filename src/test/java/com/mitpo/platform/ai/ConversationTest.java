package com.mitpo.platform.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {

    @Test
    void keepsItsOwnCopyOfTheTurns() {
        var turns = new ArrayList<>(List.of(ChatTurn.user("Hello?")));
        var conversation = new Conversation(TextTask.ANSWER, "Be brief.", turns);

        turns.add(ChatTurn.assistant("Hi."));

        assertEquals(List.of(ChatTurn.user("Hello?")), conversation.turns());
        assertThrows(UnsupportedOperationException.class, () -> conversation.turns().add(ChatTurn.user("x")));
    }

    @Test
    void needsTurnsEndingWithTheUser() {
        assertThrows(IllegalArgumentException.class, () -> new Conversation(TextTask.ANSWER, "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Conversation(TextTask.ANSWER, "",
                List.of(ChatTurn.user("Hello?"), ChatTurn.assistant("Hi."))));
        assertThrows(NullPointerException.class, () -> new Conversation(null, "", List.of(ChatTurn.user("Hello?"))));
        assertThrows(NullPointerException.class, () -> ChatTurn.user(null));
    }

    @Test
    void countsTheInstructionsAndEveryTurnAsInput() {
        var conversation = new Conversation(TextTask.ANSWER, "12345",
                List.of(ChatTurn.user("abc"), ChatTurn.assistant("de"), ChatTurn.user("f")));

        assertEquals(11, conversation.inputChars());
        assertEquals(ChatTurn.user("f"), conversation.lastTurn());
        assertEquals(0, new Conversation(TextTask.ANSWER, null, List.of(ChatTurn.user(""))).inputChars());
    }
}
