package com.mitpo.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mitpo.assistant.entity.MemoryItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemoryProposalsTest {

    @Test
    void statementsAboutUsAndRequestsToRememberAreProposedQuestionsAreNot() {
        assertEquals(List.of("Our launch is in March.", "I prefer British spelling."),
                MemoryProposals.from("Our launch is in March. What should the headline say? I prefer British spelling", List.of()));
        assertEquals(List.of("The CEO is called Ana."),
                MemoryProposals.from("Please remember that the CEO is called Ana.", List.of()));
        assertEquals(List.of(), MemoryProposals.from("Write three headlines for the spring sale.", List.of()));
        assertEquals(List.of(), MemoryProposals.from("Is our launch in March?", List.of()));
    }

    @Test
    void whatIsAlreadyRememberedIsNotProposedAgainAndAtMostTwoAre() {
        var known = new MemoryItem(UUID.randomUUID(), "Our launch is in March.", MemoryItem.Origin.WRITTEN, null, Instant.EPOCH);
        assertEquals(List.of(), MemoryProposals.from("our launch is in march", List.of(known)));
        assertEquals(2, MemoryProposals.from("We sell umbrellas. We are based in Leeds. We love dogs.", List.of()).size());
    }

    @Test
    void markupAndExpressionsStayPlainText() {
        assertEquals(List.of("Our slogan is <b>#{1+1}</b>."), MemoryProposals.from("Our slogan is <b>#{1+1}</b>", List.of()));
    }
}
