package com.mitpo.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.assistant.entity.Citation.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalAnswersTest {

    private static final Source PASSAGE = new Source(1, SourceKind.PASSAGE, null, null, "brand-book.pdf", 2,
            "We founded Northwind in 2009. Our winter launch is in March. The umbrellas are recycled. Staff love dogs.");
    private static final Source CONTEXT = new Source(2, SourceKind.CONTEXT, null, null, null, null,
            "Value proposition: umbrellas that survive storms.");
    private static final Source VOICE = new Source(3, SourceKind.VOICE, null, null, null, null, "formal; launch words");

    @Test
    void itQuotesTheSentencesClosestToTheQuestionWithTheirCitations() {
        String answer = LocalAnswers.answer("When is the winter launch?", List.of(PASSAGE, CONTEXT, VOICE));
        assertTrue(answer.contains("*brand-book.pdf, page 2*: "), answer);
        assertTrue(answer.contains("Our winter launch is in March."), answer);
        assertTrue(answer.contains("[S1]"), answer);
        assertFalse(answer.contains("Staff love dogs"), "only the closest sentences: " + answer);
        assertFalse(answer.contains("[S3]"), "the voice rules are quoted only when asked about: " + answer);
        assertTrue(answer.contains("offline assistant"), "it says what it is: " + answer);
    }

    @Test
    void withNothingToCiteItSaysSo() {
        assertEquals(LocalAnswers.NOTHING, LocalAnswers.answer("What is our refund policy?", List.of()));
        assertEquals(LocalAnswers.NOTHING, LocalAnswers.answer("What is our refund policy?", List.of(CONTEXT)));
    }

    @Test
    void aPassageRetrievedByMeaningIsQuotedEvenWithoutASharedWord() {
        String answer = LocalAnswers.answer("Tell me about rain gear", List.of(PASSAGE));
        assertTrue(answer.contains("[S1]"), answer);
    }

    @Test
    void aGreetingIsAnsweredWithWhatItCanDo() {
        assertEquals(LocalAnswers.GREETING, LocalAnswers.answer("Hello!", List.of(PASSAGE)));
    }
}
