package com.mitpo.brand.control;

import com.mitpo.brand.boundary.VoiceRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.brand.boundary.VoiceViolation.Kind;
import com.mitpo.brand.boundary.VoiceViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceCheckerTest {

    private static VoiceRules rules(int formality, int playfulness, List<String> dont, List<String> banned,
            List<String> required, int level) {
        return new VoiceRules(formality, playfulness, List.of(), dont, banned, required, level);
    }

    @Test
    void bannedWordsAreFoundAsWholeWordsInAnyCaseWithTheirPosition() {
        String text = "Our Cheap plans are not cheapskate plans. cheap!";
        List<VoiceViolation> found = VoiceChecker.check(text, rules(50, 50, List.of(), List.of("cheap"), List.of(), 0));

        assertEquals(2, found.size(), found.toString());
        assertEquals(4, found.get(0).start());
        assertEquals(9, found.get(0).end());
        assertEquals("Cheap", found.get(0).excerpt());
        assertEquals(Kind.BANNED_WORD, found.get(0).kind());
        assertTrue(fix(found.get(0)).contains("Remove “cheap”"));
        assertEquals(text.lastIndexOf("cheap"), found.get(1).start());
    }

    @Test
    void dontPhrasesMatchAcrossExtraSpaces() {
        String text = "It is a  game   changer for teams.";
        List<VoiceViolation> found = VoiceChecker.check(text, rules(50, 50, List.of("game changer"), List.of(), List.of(), 0));

        assertEquals(1, found.size());
        assertEquals(Kind.DONT_PHRASE, found.get(0).kind());
        assertEquals("game   changer", found.get(0).excerpt());
    }

    @Test
    void aMissingRequiredPhraseIsReportedAtTheEndWithAFix() {
        String text = "Plan your week in minutes.";
        List<VoiceViolation> found = VoiceChecker.check(text, rules(50, 50, List.of(), List.of(), List.of("Try it free"), 0));

        assertEquals(1, found.size());
        assertEquals(Kind.MISSING_PHRASE, found.get(0).kind());
        assertEquals(text.length(), found.get(0).start());
        assertEquals("Add “Try it free”.", fix(found.get(0)));
        assertTrue(VoiceChecker.check(text + " Try it  free.",
                rules(50, 50, List.of(), List.of(), List.of("Try it free"), 0)).isEmpty());
    }

    @Test
    void sentencesAboveTheTargetGradeAreFlaggedShortOnesAreNot() {
        String text = "We help you plan. Organisational transformation necessitates comprehensive "
                + "interdepartmental communication infrastructure modernisation initiatives.";
        List<VoiceViolation> found = VoiceChecker.check(text, rules(50, 50, List.of(), List.of(), List.of(), 8));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Kind.READING_LEVEL, found.get(0).kind());
        assertEquals(text.indexOf("Organisational"), found.get(0).start());
        assertTrue(VoiceChecker.grade("We help you plan.") < 8);
    }

    @Test
    void aFormalVoiceFlagsContractionsWithTheirExpansion() {
        List<VoiceViolation> found = VoiceChecker.check("We don't wait and we're ready. We won't stop.",
                rules(10, 50, List.of(), List.of(), List.of(), 0));

        assertEquals(List.of("Write “do not”.", "Write “we are”.", "Write “will not”."),
                found.stream().map(VoiceCheckerTest::fix).toList());
        assertTrue(VoiceChecker.check("We don't wait.", rules(80, 50, List.of(), List.of(), List.of(), 0)).isEmpty(),
                "a casual voice allows them");
    }

    @Test
    void aFormalVoiceFlagsEveryContractionOfTheBrandsTableWithItsLongForm() {
        VoiceRules formal = rules(10, 50, List.of(), List.of(), List.of(), 0);
        for (var entry : VoiceRules.CONTRACTIONS.words().entrySet()) {
            List<VoiceViolation> found = VoiceChecker.check("So " + entry.getKey() + " now.", formal);

            assertEquals(List.of("Write “" + entry.getValue() + "”."), found.stream().map(VoiceCheckerTest::fix).toList(),
                    entry.getKey());
        }
    }

    @Test
    void aCurlyApostropheIsAContractionTooAndAPossessiveAsksForARephrasing() {
        List<VoiceViolation> found = VoiceChecker.check("We don’t rest. Acme's beans. Let's go.",
                rules(10, 50, List.of(), List.of(), List.of(), 0));

        assertEquals(List.of("don’t", "Acme's", "Let's"), found.stream().map(VoiceViolation::excerpt).toList());
        assertEquals(List.of("Write “do not”.", "Rephrase without the apostrophe.", "Write “Let us”."),
                found.stream().map(VoiceCheckerTest::fix).toList());
    }

    @Test
    void aSeriousVoiceFlagsExclamationMarks() {
        List<VoiceViolation> found = VoiceChecker.check("Save now! Really!", rules(50, 10, List.of(), List.of(), List.of(), 0));

        assertEquals(2, found.size());
        assertEquals(Kind.TOO_EXCITED, found.get(0).kind());
        assertEquals(8, found.get(0).start());
    }

    @Test
    void noRulesAndNoTextMeanNoViolations() {
        assertTrue(VoiceChecker.check("Anything goes here!", VoiceRules.none()).isEmpty());
        assertTrue(VoiceChecker.check("", rules(0, 0, List.of("x"), List.of("y"), List.of("z"), 5)).isEmpty());
    }

    @Test
    void syllablesAreCountedReasonably() {
        assertEquals(1, VoiceChecker.syllables("cat"));
        assertEquals(3, VoiceChecker.syllables("marketing"));
        assertEquals(3, VoiceChecker.syllables("company"));
    }

    /** The fix as the page words it. */
    private static String fix(VoiceViolation violation) {
        return com.mitpo.platform.web.Messages.format(violation.fixKey(), violation.arguments());
    }
}
