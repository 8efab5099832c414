package com.mitpo.platform.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.text.LongForms;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyBriefTest {

    private static final String FULL = """
            {"brand": " Acme Roasters ", "tagline": "Roasted right", "prompt": "Launch of our winter blend",
             "variants": 3, "channel": "image",
             "facts": ["We roast in small batches in Leeds", "  ", "Founded in 1990"],
             "audience": ["Busy parents: want good coffee fast"],
             "voice": {"formality": 20, "playfulness": 70, "readingLevel": 6,
                       "contractions": false, "exclamations": "one", "sentenceWords": 16,
                       "longForms": {"words": {"won’t": "will not"}, "endings": {"n't": " not"}, "unsure": ["'s"]},
                       "do": ["Speak to one reader"], "dont": ["game changer"],
                       "banned": ["cheap"], "required": ["Roasted in Leeds"]},
             "somethingNew": "is ignored"}""";

    @Test
    void readsEveryFieldOfTheBrief() {
        CopyBrief brief = CopyBrief.read(FULL);

        assertEquals("Acme Roasters", brief.brand());
        assertEquals("Roasted right", brief.tagline());
        assertEquals("Launch of our winter blend", brief.prompt());
        assertEquals(3, brief.variants());
        assertEquals("image", brief.channel());
        assertEquals(List.of("We roast in small batches in Leeds", "Founded in 1990"), brief.facts(), "blank entries dropped");
        assertEquals(List.of("Busy parents: want good coffee fast"), brief.audience());
        assertEquals(new CopyBrief.Voice(20, 70, 6, List.of("Speak to one reader"), List.of("game changer"),
                List.of("cheap"), List.of("Roasted in Leeds"), new CopyBrief.Limits(false, CopyBrief.Exclamations.ONE, 16,
                        new LongForms(Map.of("won't", "will not"), Map.of("n't", " not"), Set.of("'s")))), brief.voice());
    }

    @Test
    void writesWhatItReads() {
        CopyBrief brief = CopyBrief.read(FULL);

        assertEquals(brief, CopyBrief.read(brief.toJson()));
    }

    @Test
    void onlyBrandPromptAndVariantsAreRequired() {
        CopyBrief brief = CopyBrief.read("{\"brand\": \"Acme\", \"prompt\": \"Spring sale\", \"variants\": 1, \"tagline\": null}");

        assertNull(brief.tagline());
        assertNull(brief.channel());
        assertEquals(List.of(), brief.facts());
        assertEquals(List.of(), brief.audience());
        assertEquals(CopyBrief.Voice.none(), brief.voice());
        assertEquals(brief, CopyBrief.read(brief.toJson()));
    }

    @Test
    void aVoiceWithoutLimitsReadsNoThresholdIntoItsScales() {
        CopyBrief brief = CopyBrief.read("{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 1,"
                + " \"voice\": {\"formality\": 0, \"playfulness\": 0, \"readingLevel\": 2}}");

        assertEquals(CopyBrief.Limits.none(), brief.voice().limits(), "a formal, serious scale is the owner's to interpret");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[]",
        "\"a string\"",
        "null",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2} trailing",
        "{\"prompt\": \"Sale\", \"variants\": 2}",
        "{\"brand\": \"  \", \"prompt\": \"Sale\", \"variants\": 2}",
        "{\"brand\": \"Acme\", \"variants\": 2}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\"}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 0}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 5}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2.5}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": \"2\"}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 99999999999}",
        "{\"brand\": 7, \"prompt\": \"Sale\", \"variants\": 2}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"channel\": \"radio\"}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"facts\": \"one fact\"}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"facts\": [1, 2]}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": []}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"formality\": 101}}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"playfulness\": -1}}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"readingLevel\": 19}}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"banned\": \"cheap\"}}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"contractions\": \"no\"}}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"exclamations\": \"two\"}}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"sentenceWords\": -1}}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"longForms\": []}}",
        "{\"brand\": \"Acme\", \"prompt\": \"Sale\", \"variants\": 2, \"voice\": {\"longForms\": {\"words\": {\"it's\": 1}}}}"
    })
    void refusesABriefThatIsNotOfTheDocumentedShape(String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CopyBrief.read(json));
        assertFalse(e.getMessage().contains("Acme"), "the message names the field, not the input: " + e.getMessage());
    }

    @Test
    void refusesNoBriefAtAll() {
        assertThrows(IllegalArgumentException.class, () -> CopyBrief.read(null));
    }

    @Test
    void theInstructionsAskForTheShapeTheReaderTakes() {
        assertTrue(CopyBrief.INSTRUCTIONS.contains("{\"variants\": [{\"headline\": \"...\", \"body\": \"...\", \"callToAction\": \"...\"}]}"));
        assertTrue(CopyBrief.INSTRUCTIONS.contains("JSON only"));
        assertTrue(CopyBrief.INSTRUCTIONS.contains("60 characters"));
        assertTrue(CopyBrief.INSTRUCTIONS.contains("25 characters"));
    }

    @Test
    void readsVariantsFromAFencedAnswerWithProseAround() {
        String reply = """
                Here are your variants:
                ```json
                {"variants": [
                  {"headline": " Winter is here ", "body": "Our winter blend is back.", "callToAction": "Order now"},
                  {"headline": "Cocoa and orange", "body": "Taste the season.", "callToAction": "Try it"}
                ]}
                ```
                Let me know if you want more.""";

        assertEquals(List.of(new CopyVariant("Winter is here", "Our winter blend is back.", "Order now"),
                new CopyVariant("Cocoa and orange", "Taste the season.", "Try it")), CopyVariant.fromReply(reply));
    }

    @Test
    void readsABareArrayAndAMissingCallToActionAsEmpty() {
        assertEquals(List.of(new CopyVariant("Hi", "Body.", "")),
                CopyVariant.fromReply("[{\"headline\": \"Hi\", \"body\": \"Body.\"}]"));
    }

    @Test
    void keepsAtMostFourVariants() {
        String one = "{\"headline\": \"H\", \"body\": \"B.\", \"callToAction\": \"C\"}";
        String reply = "{\"variants\": [" + String.join(",", List.of(one, one, one, one, one, one)) + "]}";

        assertEquals(CopyBrief.MAX_VARIANTS, CopyVariant.fromReply(reply).size());
    }

    @Test
    void readsWhatTheLocalWriterWrites() {
        List<CopyVariant> variants = List.of(new CopyVariant("A \"quoted\" headline", "Body.\nSecond line.", "Go"));

        assertEquals(variants, CopyVariant.fromReply(CopyVariant.toJson(variants)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "I cannot help with that.",
        "```json\n{\"variants\": [\n```",
        "{\"items\": []}",
        "{\"variants\": []}",
        "{\"variants\": \"three\"}",
        "[]",
        "[1, 2]",
        "{\"variants\": [{\"headline\": \"Secret plan\", \"callToAction\": \"Go\"}]}",
        "{\"variants\": [{\"headline\": \"  \", \"body\": \"Secret plan\"}]}",
        "{\"variants\": [{\"headline\": 1, \"body\": 2}]}"
    })
    void refusesAnAnswerWithoutVariantsWithAMessageThatDoesNotQuoteIt(String reply) {
        ProviderFailure failure = assertThrows(ProviderFailure.class, () -> CopyVariant.fromReply(reply));
        assertTrue(failure.getMessage().startsWith("the model's copy could not be read: "), failure.getMessage());
        assertFalse(failure.getMessage().contains("Secret") || failure.getMessage().contains("cannot help"));
    }

    @Test
    void refusesNoAnswer() {
        assertThrows(ProviderFailure.class, () -> CopyVariant.fromReply(null));
    }
}
