package com.mitpo.creative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.brand.boundary.VoiceViolation;
import com.mitpo.brand.control.VoiceChecker;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.ai.CopyVariant;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.local.LocalWriter;
import com.mitpo.platform.text.LongForms;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seam between the brand's voice and any writer: the Studio hands the brand's own
 * thresholds and contraction table over as data, so the offline writer's copy is what the
 * brand's checker passes, and a change to the brand's table reaches both.
 */
class CopyRequestsTest {

    private static final List<String> AUDIENCE = List.of("Busy parents: want good coffee fast");

    private static VoiceRules rules(int formality, int playfulness, int readingLevel) {
        return new VoiceRules(formality, playfulness, List.of(), List.of("game changer", "world class"),
                List.of("cheap", "free", "news"), List.of("Roasted in Leeds", "Fair trade"), readingLevel);
    }

    private static BrandMaterial material(VoiceRules voice, List<String> facts) {
        return new BrandMaterial("Acme Roasters", "Roasted right", List.of("#112233"), "Inter", "Inter", null, voice,
                AUDIENCE, facts);
    }

    private static List<CopyVariant> written(VoiceRules voice, String prompt, List<String> facts) {
        TextRequest request = CopyRequests.request(material(voice, facts), prompt, 4, GenerationKind.COPY);
        return CopyRequests.variants(new LocalWriter().complete("brand-writer", request));
    }

    @Test
    void theBriefCarriesTheBrandsDecisionsNotItsScalesAlone() {
        CopyBrief.Limits formal = CopyRequests.voice(rules(VoiceRules.FORMAL_BELOW - 1, 10, 6)).limits();
        assertFalse(formal.contractions());
        assertEquals(VoiceRules.CONTRACTIONS, formal.longForms(), "the brand's one table, handed over whole");
        assertEquals(CopyBrief.Exclamations.NONE, formal.exclamations());
        assertEquals(rules(0, 0, 6).sentenceWords(), formal.sentenceWords());

        CopyBrief.Limits casual = CopyRequests.voice(rules(VoiceRules.FORMAL_BELOW, VoiceRules.PLAYFUL_FROM, 0)).limits();
        assertTrue(casual.contractions());
        assertEquals(LongForms.NONE, casual.longForms());
        assertEquals(CopyBrief.Exclamations.ONE, casual.exclamations());
        assertEquals(0, casual.sentenceWords());

        assertEquals(CopyBrief.Exclamations.ANY, CopyRequests.voice(rules(50, 50, 0)).limits().exclamations());
    }

    @Test
    void theBrandsTableReachesTheWriterThroughTheRequest() {
        CopyBrief sent = CopyBrief.read(CopyRequests.request(material(rules(10, 50, 0), List.of()), "Winter", 1,
                GenerationKind.COPY).input());

        assertEquals(VoiceRules.CONTRACTIONS, sent.voice().limits().longForms());
    }

    /** Every word of the brand's table: the checker flags it and the writer spells it out, as the table says. */
    @Test
    void theCheckerAndTheWriterShareOneTable() {
        VoiceRules formal = new VoiceRules(10, 50, List.of(), List.of(), List.of(), List.of(), 0);
        for (var entry : VoiceRules.CONTRACTIONS.words().entrySet()) {
            String fact = "Our winter blend: " + entry.getKey() + " roasted in Leeds.";
            String spelled = "Our winter blend: " + entry.getValue() + " roasted in Leeds.";

            assertEquals(List.of("voice.fix.TOO_CASUAL " + entry.getValue()), VoiceChecker.check(fact, formal).stream()
                    .map(v -> v.fixKey() + " " + v.params().get(0)).toList(), entry.getKey());
            List<CopyVariant> copy = written(formal, "Our winter blend", List.of(fact));
            assertTrue(copy.stream().anyMatch(v -> v.body().contains(spelled)), entry.getKey() + ": " + copy);
        }
    }

    @Test
    void theVoiceCheckerFindsNothingToFixInTheLocalWritersCopy() {
        Set<VoiceViolation.Kind> kinds = EnumSet.of(VoiceViolation.Kind.BANNED_WORD, VoiceViolation.Kind.DONT_PHRASE,
                VoiceViolation.Kind.MISSING_PHRASE, VoiceViolation.Kind.TOO_CASUAL, VoiceViolation.Kind.TOO_EXCITED);
        List<String> facts = List.of("We're the city's best cheap roastery!", "Our winter blend isn't bitter.",
                "Free delivery on orders over 20 pounds!", "Our winter blend has notes of cocoa and orange peel.",
                "It’s roasted by people who won't rush it.");
        for (int formality : new int[] {0, VoiceRules.FORMAL_BELOW - 1, VoiceRules.FORMAL_BELOW, 50, 100}) {
            for (int playfulness : new int[] {0, VoiceRules.SERIOUS_BELOW - 1, 50, VoiceRules.PLAYFUL_FROM, 100}) {
                VoiceRules rules = rules(formality, playfulness, 0);
                for (CopyVariant v : written(rules, "It's our cheap winter blend, a game changer!", facts)) {
                    assertEquals(List.of(), VoiceChecker.check(v.body(), rules).stream()
                            .filter(found -> kinds.contains(found.kind())).toList(), formality + "/" + playfulness + " " + v);
                    for (String part : List.of(v.headline(), v.callToAction())) {
                        assertEquals(List.of(), VoiceChecker.check(part, rules).stream()
                                .filter(found -> kinds.contains(found.kind()) && found.kind() != VoiceViolation.Kind.MISSING_PHRASE)
                                .toList(), formality + "/" + playfulness + " " + v);
                    }
                }
            }
        }
    }

    @Test
    void aLowTargetGradeGivesSentencesTheCheckerPasses() {
        String longFact = "Our winter blend, which we developed over three years together with growers in Colombia, Ethiopia"
                + " and Guatemala, has notes of cocoa and orange peel.";
        VoiceRules plain = new VoiceRules(50, 50, List.of(), List.of(), List.of(), List.of(), 3);

        List<CopyVariant> copy = written(plain, "Our winter blend", List.of(longFact, "Our winter blend tastes of cocoa."));
        assertTrue(copy.stream().noneMatch(v -> v.body().contains("Colombia")), copy.toString());
    }
}
