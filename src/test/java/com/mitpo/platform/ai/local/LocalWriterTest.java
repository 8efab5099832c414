package com.mitpo.platform.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.ChatTurn;
import com.mitpo.platform.ai.Conversation;
import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.ai.CopyVariant;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.StreamSink;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import com.mitpo.platform.text.LongForms;
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

    private final LocalWriter writer = new LocalWriter();

    /** A feature's task, as the brand lends the writer its context heuristics. */
    private static LocalWriter writerWith(LocalTextTask task) {
        return new LocalWriter() {
            @Override
            Iterable<LocalTextTask> featureTasks() {
                return List.of(task);
            }
        };
    }

    @Test
    void aTaskWhoseRulesBelongToAFeatureIsAnsweredByThatFeature() {
        var seen = new java.util.ArrayList<String>();
        LocalWriter withContext = writerWith(new LocalTextTask() {
            @Override
            public TextTask task() {
                return TextTask.EXTRACT_CONTEXT;
            }

            @Override
            public String answer(String input) {
                seen.add(input);
                return "{\"items\":[]}";
            }
        });

        assertEquals("{\"items\":[]}", withContext.complete("brand-writer",
                new TextRequest(TextTask.EXTRACT_CONTEXT, "ignored", "The document.")));
        assertEquals(List.of("The document."), seen);
        assertThrows(ProviderFailure.class, () -> withContext.complete("brand-writer", new TextRequest(TextTask.ANSWER, "", "?")),
                "a task no feature answers is refused");
        assertThrows(ProviderFailure.class, () -> writer.complete("brand-writer", new TextRequest(TextTask.EXTRACT_CONTEXT, "", "?")),
                "without the feature's rules the writer has none of its own");
    }

    @Test
    void refusesModelsAndTasksItDoesNotHave() {
        assertThrows(ProviderFailure.class, () -> writer.complete("gpt-4o", new TextRequest(TextTask.COPY, "", "{}")));
        assertThrows(ProviderFailure.class, () -> writer.complete("brand-writer", new TextRequest(TextTask.ANSWER, "", "?")));
    }

    // --- streaming ------------------------------------------------------------------------

    private static final String ANSWER = "  Our alpine boots are waterproof [S1],\neven in  deep snow. ";

    /** A feature's answering task that reads the whole conversation and notes what it was given. */
    private static final class Answers implements LocalTextTask {
        final List<Conversation> seen = new java.util.ArrayList<>();

        @Override
        public TextTask task() {
            return TextTask.ANSWER;
        }

        @Override
        public String answer(String input) {
            throw new AssertionError("the writer hands an answer the whole conversation");
        }

        @Override
        public String answer(Conversation conversation) {
            seen.add(conversation);
            return ANSWER;
        }
    }

    @Test
    void anAnswerIsStreamedWordByWordAndTheWordsJoinToTheFeaturesAnswer() {
        var task = new Answers();
        var sink = StreamSink.all();

        assertEquals(ANSWER, writerWith(task).stream("brand-writer", StreamSink.CONVERSATION, sink));

        assertEquals(List.of("  Our ", "alpine ", "boots ", "are ", "waterproof ", "[S1],\n", "even ", "in  ", "deep ",
                "snow. "), sink.pieces());
        assertEquals(ANSWER, sink.joined());
        assertEquals(List.of(StreamSink.CONVERSATION), task.seen, "the task reads the instructions and every turn");
    }

    @Test
    void theSinkSayingStopEndsTheAnswerWithWhatItTook() {
        var sink = StreamSink.stopAfter(3);

        assertEquals("  Our alpine boots ", writerWith(new Answers()).stream("brand-writer", StreamSink.CONVERSATION, sink));

        assertEquals(3, sink.pieces().size());
    }

    @Test
    void theWordsArePacedAsConfigured() {
        var paced = new LocalWriter(40) {
            @Override
            Iterable<LocalTextTask> featureTasks() {
                return List.of(new Answers());
            }
        };
        long started = System.nanoTime();

        paced.stream("brand-writer", StreamSink.CONVERSATION, StreamSink.all());

        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMs >= 9 * 40, "nine pauses between ten words, took " + tookMs + " ms");
    }

    @Test
    void aTaskThatReadsOnlyTheLastTurnIsGivenTheLastUserTurn() {
        var seen = new java.util.ArrayList<String>();
        LocalWriter writer = writerWith(new LocalTextTask() {
            @Override
            public TextTask task() {
                return TextTask.ANSWER;
            }

            @Override
            public String answer(String input) {
                seen.add(input);
                return "Yes.";
            }
        });

        assertEquals("Yes.", writer.stream("brand-writer", StreamSink.CONVERSATION, StreamSink.all()));
        assertEquals(List.of("Even in deep snow?"), seen);
    }

    @Test
    void anotherTaskIsStreamedInOnePiece() {
        var sink = StreamSink.all();
        String brief = brief("Launch of our winter blend", 1, FACTS, CopyBrief.Voice.none()).toJson();
        var conversation = new Conversation(TextTask.COPY, CopyBrief.INSTRUCTIONS, List.of(ChatTurn.user(brief)));

        String copy = writer.stream("brand-writer", conversation, sink);

        assertEquals(writer.complete("brand-writer", new TextRequest(TextTask.COPY, CopyBrief.INSTRUCTIONS, brief)), copy);
        assertEquals(List.of(copy), sink.pieces());
    }

    @Test
    void aStreamIsRefusedForModelsAndTasksItDoesNotHave() {
        assertThrows(ProviderFailure.class, () -> writer.stream("gpt-4o", StreamSink.CONVERSATION, StreamSink.all()));
        var failure = assertThrows(ProviderFailure.class,
                () -> writer.stream("brand-writer", StreamSink.CONVERSATION, StreamSink.all()));
        assertEquals("the local writer cannot do ANSWER yet", failure.getMessage());
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

    /** A small table of its own: the writer applies whatever table it is handed, the brand's or this one. */
    private static final LongForms TABLE = new LongForms(Map.of("it's", "it is", "won't", "will not"),
            Map.of("n't", " not", "'re", " are"), Set.of("'s"));
    private static final CopyBrief.Limits FORMAL = new CopyBrief.Limits(false, CopyBrief.Exclamations.ANY, 0, TABLE);
    private static final CopyBrief.Limits PLAYFUL = new CopyBrief.Limits(true, CopyBrief.Exclamations.ONE, 0, LongForms.NONE);
    private static final CopyBrief.Limits SERIOUS = new CopyBrief.Limits(true, CopyBrief.Exclamations.NONE, 0, LongForms.NONE);

    private static CopyBrief.Voice voice(CopyBrief.Limits limits, List<String> dont, List<String> banned,
            List<String> required) {
        return new CopyBrief.Voice(50, 50, 0, List.of(), dont, banned, required, limits);
    }

    private static CopyBrief.Voice voice(List<String> dont, List<String> banned, List<String> required) {
        return voice(CopyBrief.Limits.none(), dont, banned, required);
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
        CopyBrief.Voice voice = voice(dont, banned, List.of());
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
                voice(List.of(), List.of("cheap"), List.of()));

        for (CopyVariant v : copy(brief)) {
            parts(v).forEach(part -> assertFalse(word("cheap").matcher(part).find(), v.toString()));
            assertTrue(v.body().contains("Eats") || v.body().contains("Lunch deals"), v.toString());
        }
    }

    @Test
    void everyRequiredPhraseIsInEveryBody() {
        for (List<String> required : List.of(List.of("Roasted in Leeds"), List.of("Roasted in Leeds", "Since 1990"),
                List.of("Roasted in Leeds", "Since 1990", "Fair trade", "Order by Friday"))) {
            List<CopyVariant> variants = copy(brief("Launch of our winter blend", 4, FACTS, voice(List.of(), List.of(), required)));
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
                facts, List.of("Parents who don't sleep: need coffee"), voice(FORMAL, List.of(), List.of(), List.of()));

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
        List<CopyVariant> variants = copy(brief("Launch of our winter blend", 4, FACTS, voice(List.of(), List.of(), List.of())));

        assertTrue(variants.stream().flatMap(LocalWriterTest::parts).anyMatch(p -> p.matches(".*\\p{L}'\\p{L}.*")), variants.toString());
    }

    @Test
    void noExclamationMarkUnlessOneIsAskedForAndThenExactlyOne() {
        List<String> facts = List.of("Our winter blend is back!", "Winter blend season is here!!");
        for (CopyBrief.Limits limits : List.of(SERIOUS, CopyBrief.Limits.none())) {
            for (CopyVariant v : copy(brief("Winter blend is here!", 4, facts, voice(limits, List.of(), List.of(), List.of())))) {
                parts(v).forEach(part -> assertFalse(part.contains("!"), limits + ": " + v));
            }
        }
        List<CopyVariant> playful = copy(brief("Winter blend is here!", 4, facts, voice(PLAYFUL, List.of(), List.of(), List.of())));
        for (CopyVariant v : playful) {
            assertEquals(1, (v.headline() + v.body() + v.callToAction()).chars().filter(c -> c == '!').count(), v.toString());
        }
    }

    @Test
    void aSentenceLimitLeavesOutLongFacts() {
        String longFact = "Our winter blend, which we developed over three years together with growers in Colombia, Ethiopia"
                + " and Guatemala, has notes of cocoa and orange peel.";
        List<String> facts = List.of(longFact, "Our winter blend tastes of cocoa.");
        CopyBrief.Voice plain = new CopyBrief.Voice(50, 50, 3, List.of(), List.of(), List.of(), List.of(),
                new CopyBrief.Limits(true, CopyBrief.Exclamations.ANY, 10, LongForms.NONE));

        assertTrue(copy(brief("Our winter blend", 2, facts, CopyBrief.Voice.none())).stream().anyMatch(v -> v.body().contains(longFact)));
        List<CopyVariant> simple = copy(brief("Our winter blend", 2, facts, plain));
        assertTrue(simple.stream().noneMatch(v -> v.body().contains("Colombia")), simple.toString());
        assertTrue(simple.get(0).body().contains("Our winter blend tastes of cocoa."), simple.toString());
    }

    @Test
    void theSameBriefAlwaysGetsTheSameCopy() {
        var limits = new CopyBrief.Limits(false, CopyBrief.Exclamations.ONE, 16, TABLE);
        String input = brief("Launch of our winter blend", 4, FACTS, voice(limits, List.of("game changer"), List.of("cheap"),
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
    void spellsOutExactlyTheContractionsItIsGivenAndLeavesOutTextWithAnyOther() {
        List<String> facts = List.of("We're roasting our winter blend in Leeds.", "Our winter blend isn't bitter.",
                "Y'all will love our winter blend.");
        var onlyAre = new LongForms(Map.of(), Map.of("'re", " are"), Set.of());
        var withYall = new LongForms(Map.of("y'all", "you all"), Map.of("n't", " not"), Set.of());

        List<String> bodies = copy(brief("Our winter blend", 4, facts,
                voice(new CopyBrief.Limits(false, CopyBrief.Exclamations.ANY, 0, onlyAre), List.of(), List.of(), List.of())))
                .stream().map(CopyVariant::body).toList();
        assertTrue(bodies.stream().anyMatch(b -> b.contains("We are roasting our winter blend in Leeds.")), bodies.toString());
        assertTrue(bodies.stream().noneMatch(b -> b.contains("bitter") || b.contains("love")),
                "no long form given, so the text is left out: " + bodies);

        bodies = copy(brief("Our winter blend", 4, facts,
                voice(new CopyBrief.Limits(false, CopyBrief.Exclamations.ANY, 0, withYall), List.of(), List.of(), List.of())))
                .stream().map(CopyVariant::body).toList();
        assertTrue(bodies.stream().anyMatch(b -> b.contains("You all will love our winter blend.")), bodies.toString());
        assertTrue(bodies.stream().anyMatch(b -> b.contains("Our winter blend is not bitter.")), bodies.toString());
        assertTrue(bodies.stream().noneMatch(b -> b.contains("roasting")), bodies.toString());
    }

    @Test
    void contractionsAreLeftAloneWhenTheyAreAllowedWhateverTheTable() {
        List<String> facts = List.of("We're roasting our winter blend in Leeds.");
        List<CopyVariant> variants = copy(brief("Our winter blend", 2, facts,
                voice(new CopyBrief.Limits(true, CopyBrief.Exclamations.ANY, 0, TABLE), List.of(), List.of(), List.of())));

        assertTrue(variants.stream().anyMatch(v -> v.body().contains("We're roasting")), variants.toString());
    }
}
