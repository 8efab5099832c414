package com.mitpo.assistant.control;

import com.mitpo.assistant.entity.Citation.SourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline assistant's answers, by template: no language model, so it does not reason; it
 * quotes the sentences of the retrieved sources that share most words with the question, each
 * with its citation, and says plainly when it has nothing to cite. What it is, it says too.
 */
public final class LocalAnswers {

    static final int QUOTED_SOURCES = 3;
    static final int SENTENCES_PER_SOURCE = 2;
    static final String NOTHING = "I found nothing in this workspace that answers this yet. I am MITPO's offline "
            + "assistant: I answer only from your brand's documents, context, voice rules and personas, and from "
            + "what you asked me to remember. Pick a brand for this thread or add a document to it on Brand Setup, "
            + "then ask again.";
    static final String GREETING = "Hello! I am MITPO's offline assistant. Ask me about your brand: what a "
            + "document says, who your personas are, how your voice sounds. I answer from your sources and cite each one.";
    static final String WHAT_I_AM = "_Quoted from your sources by MITPO's offline assistant, which does not reason "
            + "about them; a remote model, when your operator connects one, writes fuller answers._";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"“(])");
    private static final Pattern GREETINGS = Pattern.compile("(?i)^\\s*(hi|hello|hey|good (morning|afternoon|evening))\\b[\\s!.,]*$");

    private LocalAnswers() {
    }

    public static String answer(String question, List<Source> sources) {
        if (GREETINGS.matcher(question).matches()) {
            return GREETING;
        }
        Set<String> asked = Relevance.words(question);
        List<Source> chosen = chosen(asked, sources);
        if (chosen.isEmpty()) {
            return NOTHING;
        }
        var answer = new StringBuilder("From your sources:\n\n");
        for (Source source : chosen) {
            answer.append("- ").append(lead(source)).append(quote(asked, source.text())).append(' ')
                    .append(source.tag()).append('\n');
        }
        return answer.append('\n').append(WHAT_I_AM).toString();
    }

    /**
     * The sources worth quoting, best first: those sharing words with the question (document
     * passages were retrieved by meaning, so they count when nothing shares a word).
     */
    static List<Source> chosen(Set<String> asked, List<Source> sources) {
        List<Source> sharing = sources.stream().filter(s -> s.kind() != SourceKind.VOICE || asksAboutVoice(asked))
                .filter(s -> Relevance.score(asked, s.text()) > 0)
                .sorted(Comparator.comparingInt((Source s) -> -Relevance.score(asked, s.text())))
                .limit(QUOTED_SOURCES).toList();
        if (!sharing.isEmpty()) {
            return sharing;
        }
        return sources.stream().filter(s -> s.kind() == SourceKind.PASSAGE).limit(1).toList();
    }

    private static boolean asksAboutVoice(Set<String> asked) {
        return asked.stream().anyMatch(w -> w.startsWith("voice") || w.startsWith("tone") || w.startsWith("sound")
                || w.startsWith("style") || w.startsWith("copy"));
    }

    private static String lead(Source source) {
        return switch (source.kind()) {
            case PASSAGE -> source.documentName() == null ? "" : "*" + source.documentName()
                    + (source.page() == null ? "" : ", page " + source.page()) + "*: ";
            case CONTEXT -> "Your brand context: ";
            case VOICE -> "Your voice rules: ";
            case PERSONA -> "Your persona ";
            case MEMORY -> "You asked me to remember: ";
        };
    }

    /** The source's sentences that share most with the question, in their own order. */
    static String quote(Set<String> asked, String text) {
        String[] sentences = SENTENCE_END.split(text.strip());
        if (sentences.length <= SENTENCES_PER_SOURCE) {
            return text.strip();
        }
        List<Integer> best = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            best.add(i);
        }
        best.sort(Comparator.comparingInt((Integer i) -> -Relevance.score(asked, sentences[i])).thenComparingInt(i -> i));
        List<Integer> kept = best.subList(0, SENTENCES_PER_SOURCE).stream().sorted().toList();
        var quote = new StringBuilder();
        int previous = -1;
        for (int i : kept) {
            if (previous >= 0) {
                quote.append(i == previous + 1 ? " " : " … ");
            }
            quote.append(sentences[i].strip());
            previous = i;
        }
        return quote.toString();
    }
}
