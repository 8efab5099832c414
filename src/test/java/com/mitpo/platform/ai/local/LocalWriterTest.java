package com.mitpo.platform.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mitpo.brand.boundary.VoiceViolation;
import com.mitpo.brand.control.VoiceChecker;
import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.ai.CopyVariant;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalWriterTest {

    private static final String DOCUMENT = """
            Northwind Coffee
            Northwind roasts every bean in Lisbon on Monday mornings, and ships them the same day.
            Our subscription helps busy teams keep great coffee in the office without running out.
            Designed for small offices and remote teams who care about what they drink.
            Founded in 2014, we now serve 3,200 offices across 12 countries.
            You'll taste the difference in your first cup. We promise!
            """;

    private final LocalWriter writer = new LocalWriter();

    @Test
    void proposesEachKindFromTheSentenceThatShowsItAndQuotesThatSentence() throws Exception {
        JsonNode items = new ObjectMapper().readTree(
                writer.complete("brand-writer", new TextRequest(TextTask.EXTRACT_CONTEXT, "ignored", DOCUMENT))).path("items");
        Map<String, List<String>> byKind = new HashMap<>();
        for (JsonNode item : items) {
            byKind.computeIfAbsent(item.path("kind").asText(), k -> new java.util.ArrayList<>()).add(item.path("quote").asText());
            assertTrue(DOCUMENT.replaceAll("\\s+", " ").contains(item.path("quote").asText()), "quotes are verbatim: " + item);
        }
        assertEquals(List.of("Northwind roasts every bean in Lisbon on Monday mornings, and ships them the same day."),
                byKind.get("product"));
        assertEquals(List.of("Our subscription helps busy teams keep great coffee in the office without running out."),
                byKind.get("value_proposition"));
        assertEquals(List.of("Designed for small offices and remote teams who care about what they drink."), byKind.get("audience"));
        assertEquals(List.of("Founded in 2014, we now serve 3,200 offices across 12 countries."), byKind.get("key_fact"));
        assertEquals(1, byKind.get("tone").size());
    }

    @Test
    void describesToneFromTraitsThatCanBeCounted() throws Exception {
        JsonNode tone = null;
        for (JsonNode item : new ObjectMapper().readTree(writer.complete("brand-writer",
                new TextRequest(TextTask.EXTRACT_CONTEXT, "", DOCUMENT))).path("items")) {
            if (item.path("kind").asText().equals("tone")) {
                tone = item;
            }
        }
        assertEquals("Tone: formal (few contractions), short sentences (12 words on average), energetic (1 exclamation).",
                tone.path("text").asText());
    }

    @Test
    void aTextWithoutUsableSentencesProposesNothing() {
        assertEquals("{\"items\":[]}", writer.complete("brand-writer", new TextRequest(TextTask.EXTRACT_CONTEXT, "", "Hi. Ok.")));
    }

    @Test
    void refusesModelsAndTasksItDoesNotHave() {
        assertThrows(ProviderFailure.class, () -> writer.complete("gpt-4o", new TextRequest(TextTask.EXTRACT_CONTEXT, "", DOCUMENT)));
        assertThrows(ProviderFailure.class, () -> writer.complete("brand-writer", new TextRequest(TextTask.ANSWER, "", DOCUMENT)));
    }

    // --- COPY -----------------------------------------------------------------------------

    private static final List<String> FACTS = List.of(
            "We were founded in 1990 by two friends.",
            "Free delivery on orders over 20 pounds!",
            "Our winter blend has notes of cocoa and orange peel.",
            "We roast in small batches in Leeds every Monday.");
    private static final List<String> AUDIENCE = List.of("Busy parents: want good coffee fast", "Office managers: keep teams happy");

    private static CopyBrief brief(String prompt, int variants, List<String> facts, CopyBrief.Voice voice) {
        return new CopyBrief("Acme Roasters", "Roasted right", prompt, variants, null, facts, AUDIENCE, voice);
    }

    private static CopyBrief.Voice voice(int formality, int playfulness, List<String> dont, List<String> banned,
            List<String> required) {
        return new CopyBrief.Voice(formality, playfulness, 0, List.of(), dont, banned, required);
    }

    private List<CopyVariant> copy(CopyBrief brief) {
        return CopyVariant.fromReply(writer.complete("brand-writer", new TextRequest(TextTask.COPY, CopyBrief.INSTRUCTIONS,
                brief.toJson())));
    }

    private static Stream<String> parts(CopyVariant v) {
        return Stream.of(v.headline(), v.body(), v.callToAction());
    }

    private static Pattern word(String phrase) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + String.join("\\s+", phrase.split(" ")) + "(?![\\p{L}\\p{N}])");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void writesAsManyVariantsAsAskedEachDifferentAndWithinTheLimits(int count) {
        List<CopyVariant> variants = copy(brief("Launch of our winter blend", count, FACTS, CopyBrief.Voice.none()));

        assertEquals(count, variants.size());
        assertEquals(count, new HashSet<>(variants).size(), "variants differ: " + variants);
        assertEquals(count, variants.stream().map(CopyVariant::headline).distinct().count(), "headlines differ: " + variants);
        for (CopyVariant v : variants) {
            assertTrue(v.headline().length() <= CopyVariant.MAX_HEADLINE, v.headline());
            assertTrue(v.callToAction().length() <= CopyVariant.MAX_CALL_TO_ACTION, v.callToAction());
            assertFalse(v.callToAction().isBlank());
            long sentences = Pattern.compile("[.!?](\\s|$)").matcher(v.body()).results().count();
            assertTrue(sentences >= 1 && sentences <= CopyVariant.MAX_BODY_SENTENCES, v.body());
        }
    }

    @Test
    void aLongPromptStillGivesAShortHeadlineEndingOnAWholeWord() {
        String prompt = "Write a post about the launch of our limited edition winter blend with cocoa, orange peel and a hint of cinnamon";
        for (CopyVariant v : copy(brief(prompt, 4, FACTS, CopyBrief.Voice.none()))) {
            assertTrue(v.headline().length() <= CopyVariant.MAX_HEADLINE, v.headline());
            assertFalse(v.headline().matches("(?i).*\\b(of|and|with|a|the)$|.*[,:|]$"), v.headline());
            assertFalse(v.headline().toLowerCase(Locale.ROOT).contains("write a post"), v.headline());
        }
        assertEquals("The launch of our winter blend", copy(brief("Write an Instagram caption for the launch of our winter blend.",
                1, FACTS, CopyBrief.Voice.none())).get(0).headline());
        assertEquals("Make mornings better for busy parents", copy(brief("Make mornings better for busy parents", 1, FACTS,
                CopyBrief.Voice.none())).get(0).headline(), "a prompt that is no instruction to the writer is kept whole");
    }

    @Test
    void theFactThatSharesTheMostWordsWithThePromptLeadsTheFirstVariant() {
        List<CopyVariant> variants = copy(brief("Launch of our winter blend", 3, FACTS, CopyBrief.Voice.none()));

        assertTrue(variants.get(0).body().contains("Our winter blend has notes of cocoa and orange peel."), variants.get(0).body());
        assertTrue(copy(brief("Small-batch roasting", 1, FACTS, CopyBrief.Voice.none())).get(0).body()
                .contains("We roast in small batches in Leeds every Monday."));
    }

    @Test
    void bannedWordsAndDontPhrasesNeverAppearEvenWhenThePromptAndFactsHoldThem() {
        List<String> banned = List.of("cheap", "FREE", "news", "more");
        // "at Acme" only appears once a template ("New at {brand}") is filled in
        List<String> dont = List.of("game changer", "roasted right", "at Acme");
        CopyBrief.Voice voice = voice(50, 50, dont, banned, List.of());
        List<String> facts = List.of("Cheap coffee for everyone.", "Free delivery on orders over 20 pounds.",
                "Our winter blend is a true game   changer.", "Our winter blend has notes of cocoa.");
        CopyBrief brief = new CopyBrief("Acme Roasters", "Roasted right", "Our cheap winter blend, a game changer", 4,
                null, facts, List.of("Cheap skates: want a bargain", "Busy parents: want coffee"), voice);

        List<CopyVariant> variants = copy(brief);
        assertEquals(4, variants.size());
        for (CopyVariant v : variants) {
            Stream.concat(banned.stream(), dont.stream()).forEach(avoid -> parts(v).forEach(part ->
                    assertFalse(word(avoid).matcher(part).find(), "“" + avoid + "” in " + v)));
            assertTrue(v.body().toLowerCase(Locale.ROOT).contains("winter blend"), "the topic survives: " + v);
        }
    }

    @Test
    void aBannedWordInTheBrandNameIsDroppedAsALastResort() {
        CopyBrief brief = new CopyBrief("Cheap Eats", null, "Cheap lunch deals", 2, null, List.of(), List.of(),
                voice(50, 50, List.of(), List.of("cheap"), List.of()));

        for (CopyVariant v : copy(brief)) {
            parts(v).forEach(part -> assertFalse(word("cheap").matcher(part).find(), v.toString()));
            assertTrue(v.body().contains("Eats") || v.body().contains("Lunch deals"), v.toString());
        }
    }

    @Test
    void everyRequiredPhraseIsInEveryBody() {
        for (List<String> required : List.of(List.of("Roasted in Leeds"), List.of("Roasted in Leeds", "Since 1990"),
                List.of("Roasted in Leeds", "Since 1990", "Fair trade", "Order by Friday"))) {
            List<CopyVariant> variants = copy(brief("Launch of our winter blend", 4, FACTS, voice(50, 50, List.of(), List.of(), required)));
            for (CopyVariant v : variants) {
                required.forEach(r -> assertTrue(word(r).matcher(v.body()).find(), "“" + r + "” missing in " + v));
                assertTrue(FACTS.stream().anyMatch(f -> v.body().contains(f.replace("!", "."))), "room is left for a fact: " + v);
                long sentences = Pattern.compile("[.!?](\\s|$)").matcher(v.body()).results().count();
                assertTrue(sentences <= CopyVariant.MAX_BODY_SENTENCES, v.body());
            }
        }
    }

    @Test
    void aFormalVoiceHasNoContractionsEvenWhenItsSourcesDo() {
        List<String> facts = List.of("We're roasting our winter blend in Leeds.", "It's Europe's oldest winter blend.",
                "Our winter blend isn't bitter.", "You’ll love our winter blend’s finish.");
        CopyBrief brief = new CopyBrief("Acme Roasters", "We're roasting", "Our winter blend's launch: it's here", 4, null,
                facts, List.of("Parents who don't sleep: need coffee"), voice(10, 50, List.of(), List.of(), List.of()));

        List<CopyVariant> variants = copy(brief);
        for (CopyVariant v : variants) {
            parts(v).forEach(part -> assertFalse(Pattern.compile("\\p{L}['\u2019]\\p{L}").matcher(part).find(),
                    "contraction in " + v));
        }
        assertTrue(variants.stream().anyMatch(v -> v.body().contains("We are roasting our winter blend in Leeds.")),
                "a certain contraction is spelled out: " + variants);
        assertTrue(variants.stream().anyMatch(v -> v.body().contains("Our winter blend is not bitter.")), variants.toString());
    }

    @Test
    void aCasualVoiceMayUseContractions() {
        List<CopyVariant> variants = copy(brief("Launch of our winter blend", 4, FACTS, voice(90, 50, List.of(), List.of(), List.of())));

        assertTrue(variants.stream().flatMap(LocalWriterTest::parts).anyMatch(p -> p.matches(".*\\p{L}'\\p{L}.*")), variants.toString());
    }

    @Test
    void aSeriousVoiceHasNoExclamationMarkAndAPlayfulOneAtMostOne() {
        List<String> facts = List.of("Our winter blend is back!", "Winter blend season is here!!");
        for (int playfulness : new int[] {0, 34, 50}) {
            for (CopyVariant v : copy(brief("Winter blend is here!", 4, facts, voice(50, playfulness, List.of(), List.of(), List.of())))) {
                parts(v).forEach(part -> assertFalse(part.contains("!"), playfulness + ": " + v));
            }
        }
        List<CopyVariant> playful = copy(brief("Winter blend is here!", 4, facts, voice(50, 90, List.of(), List.of(), List.of())));
        for (CopyVariant v : playful) {
            assertEquals(1, (v.headline() + v.body() + v.callToAction()).chars().filter(c -> c == '!').count(), v.toString());
        }
    }

    @Test
    void aLowReadingLevelLeavesOutLongFacts() {
        String longFact = "Our winter blend, which we developed over three years together with growers in Colombia, Ethiopia"
                + " and Guatemala, has notes of cocoa and orange peel.";
        List<String> facts = List.of(longFact, "Our winter blend tastes of cocoa.");
        CopyBrief.Voice plain = new CopyBrief.Voice(50, 50, 3, List.of(), List.of(), List.of(), List.of());

        assertTrue(copy(brief("Our winter blend", 2, facts, CopyBrief.Voice.none())).stream().anyMatch(v -> v.body().contains(longFact)));
        List<CopyVariant> simple = copy(brief("Our winter blend", 2, facts, plain));
        assertTrue(simple.stream().noneMatch(v -> v.body().contains("Colombia")), simple.toString());
        assertTrue(simple.get(0).body().contains("Our winter blend tastes of cocoa."), simple.toString());
    }

    @Test
    void theSameBriefAlwaysGetsTheSameCopy() {
        String input = brief("Launch of our winter blend", 4, FACTS, voice(20, 80, List.of("game changer"), List.of("cheap"),
                List.of("Roasted in Leeds"))).toJson();
        String first = writer.complete("brand-writer", new TextRequest(TextTask.COPY, "", input));

        assertEquals(first, new LocalWriter().complete("brand-writer", new TextRequest(TextTask.COPY, "", input)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"brand\": \"Acme\"}", "{\"brand\": \"Acme\", \"prompt\": \"x\", \"variants\": 9}"})
    void aBriefThatCannotBeReadFailsTheCall(String input) {
        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> writer.complete("brand-writer", new TextRequest(TextTask.COPY, "", input)));
        assertEquals("the copy brief could not be read", failure.getMessage());
    }

    @Test
    void theVoiceCheckerFindsNothingToFixInTheCopy() {
        Set<VoiceViolation.Kind> kinds = EnumSet.of(VoiceViolation.Kind.BANNED_WORD, VoiceViolation.Kind.DONT_PHRASE,
                VoiceViolation.Kind.MISSING_PHRASE, VoiceViolation.Kind.TOO_CASUAL, VoiceViolation.Kind.TOO_EXCITED);
        List<String> facts = List.of("We're the city's best cheap roastery!", "Our winter blend isn't bitter.",
                "Free delivery on orders over 20 pounds!", "Our winter blend has notes of cocoa and orange peel.");
        for (int formality : new int[] {0, 50, 100}) {
            for (int playfulness : new int[] {0, 50, 100}) {
                VoiceRules rules = new VoiceRules(formality, playfulness, List.of(), List.of("game changer", "world class"),
                        List.of("cheap", "free", "news"), List.of("Roasted in Leeds", "Fair trade"), 0);
                CopyBrief brief = new CopyBrief("Acme Roasters", "Roasted right", "It's our cheap winter blend, a game changer!",
                        4, "copy", facts, AUDIENCE, new CopyBrief.Voice(formality, playfulness, 0, List.of(),
                                rules.dontList(), rules.bannedWords(), rules.requiredPhrases()));
                for (CopyVariant v : copy(brief)) {
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
}
