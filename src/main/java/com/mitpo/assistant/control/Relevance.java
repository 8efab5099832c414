package com.mitpo.assistant.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much a text is about a question, by the content words they share (a stem of at most six
 * letters, so "launches" meets "launch"). It ranks what is small enough to compare word by word
 * (context items, personas, memory); document passages are ranked by their embeddings.
 */
final class Relevance {

    private static final Set<String> STOP = Set.of("the", "and", "for", "are", "but", "not", "you", "your", "our",
            "ours", "was", "were", "with", "that", "this", "what", "which", "who", "whom", "how", "why", "when",
            "where", "can", "could", "would", "should", "will", "shall", "does", "did", "have", "has", "had", "about",
            "from", "into", "than", "then", "them", "they", "their", "there", "here", "its", "it's", "any", "all",
            "some", "more", "most", "very", "just", "also", "like", "make", "made", "tell", "give", "please", "me",
            "my", "we", "us", "is", "a", "an", "of", "to", "in", "on", "at", "by", "or", "be", "do", "it", "as",
            "if", "so", "no", "yes", "i", "am", "write", "need", "want");

    private Relevance() {
    }

    /** The distinct content-word stems of a text. */
    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .map(w -> w.replaceAll("^'+|'+$", ""))
                .filter(w -> w.length() > 2 && !STOP.contains(w))
                .map(w -> w.length() > 6 ? w.substring(0, 6) : w)
                .collect(Collectors.toSet());
    }

    /** How many of the question's content words the text shares. */
    static int score(Set<String> question, String text) {
        Set<String> words = words(text);
        return (int) question.stream().filter(words::contains).count();
    }
}
