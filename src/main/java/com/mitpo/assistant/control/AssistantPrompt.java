package com.mitpo.assistant.control;

import com.mitpo.assistant.entity.Citation;
import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.platform.ai.ChatTurn;
import com.mitpo.platform.ai.Conversation;
import com.mitpo.platform.ai.TextTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the model is sent for a reply: instructions (who it works for, the brand's voice, how to
 * cite) with the retrieved sources, one per line under its label, then the thread's earlier turns
 * and the question. The offline assistant reads the sources back from the same lines
 * ({@link #sources}), so it sees exactly what a remote model sees.
 */
public final class AssistantPrompt {

    static final String SOURCES = "Sources:";
    /** [S2] passage | brand-book.pdf | page 3 :: the passage's text */
    private static final Pattern LINE = Pattern.compile(
            "^\\[S(\\d+)\\] (\\w+)(?: \\| ([^|\\n]*?))?(?: \\| page (\\d+))? :: (.*)$", Pattern.MULTILINE);

    private AssistantPrompt() {
    }

    public static Conversation conversation(String brandName, VoiceRules voice, List<Source> sources,
            List<ChatTurn> history, String question) {
        var turns = new ArrayList<>(history);
        turns.add(ChatTurn.user(question));
        return new Conversation(TextTask.ANSWER, instructions(brandName, voice, sources), turns);
    }

    static String instructions(String brandName, VoiceRules voice, List<Source> sources) {
        var text = new StringBuilder();
        text.append("You are MITPO's marketing assistant")
                .append(brandName == null ? "" : " for the brand \"" + oneLine(brandName) + "\"").append(".\n")
                .append("Answer from the numbered sources below and from the conversation. After each claim that ")
                .append("comes from a source, cite it by its label in square brackets, like [S1]. Cite only labels ")
                .append("listed below. If the sources do not answer the question, say so plainly instead of guessing. ")
                .append("Answer in Markdown, briefly.\n");
        if (voice != null) {
            text.append("When you write copy for the brand, follow its voice: ").append(voiceLine(voice)).append('\n');
        }
        text.append('\n').append(SOURCES).append('\n');
        if (sources.isEmpty()) {
            text.append("(none)\n");
        }
        for (Source source : sources) {
            text.append(source.tag()).append(' ').append(source.kind().code());
            if (source.documentName() != null) {
                text.append(" | ").append(oneLine(source.documentName()).replace('|', '/'));
            }
            if (source.page() != null) {
                text.append(" | page ").append(source.page());
            }
            text.append(" :: ").append(oneLine(source.text())).append('\n');
        }
        return text.toString();
    }

    /** The sources as the instructions list them (what the offline assistant answers from). */
    public static List<Source> sources(String instructions) {
        int from = instructions.indexOf("\n" + SOURCES + "\n");
        if (from < 0) {
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        Matcher line = LINE.matcher(instructions.substring(from));
        while (line.find()) {
            Citation.SourceKind kind;
            try {
                kind = Citation.SourceKind.valueOf(line.group(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            sources.add(new Source(Integer.parseInt(line.group(1)), kind, null, null, line.group(3),
                    line.group(4) == null ? null : Integer.valueOf(line.group(4)), line.group(5)));
        }
        return sources;
    }

    /** The voice rules in a sentence a model follows. */
    static String voiceLine(VoiceRules voice) {
        var parts = new ArrayList<String>();
        parts.add(voice.formal() ? "formal, no contractions" : voice.formality() >= 65 ? "casual and warm" : "plain and friendly");
        parts.add(voice.serious() ? "serious, no exclamation marks" : voice.playful() ? "playful (one exclamation mark at most)" : "even-toned");
        if (voice.readingLevel() > 0) {
            parts.add("readable at US grade " + voice.readingLevel() + " (sentences of at most " + voice.sentenceWords() + " words)");
        }
        if (!voice.doList().isEmpty()) {
            parts.add("do: " + String.join("; ", voice.doList()));
        }
        if (!voice.dontList().isEmpty()) {
            parts.add("don't: " + String.join("; ", voice.dontList()));
        }
        if (!voice.bannedWords().isEmpty()) {
            parts.add("never use: " + String.join(", ", voice.bannedWords()));
        }
        if (!voice.requiredPhrases().isEmpty()) {
            parts.add("include: " + String.join("; ", voice.requiredPhrases()));
        }
        return oneLine(String.join("; ", parts)) + ".";
    }

    private static String oneLine(String text) {
        return text.replace(" :: ", " : ").replaceAll("\\s+", " ").strip();
    }
}
