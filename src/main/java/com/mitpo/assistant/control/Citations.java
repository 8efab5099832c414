package com.mitpo.assistant.control;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citations a reply makes, as the model wrote them ([S2]). Only labels that were retrieved
 * for the reply count; any other (a model's invention) is taken out of the text, so it is never
 * shown.
 */
public final class Citations {

    public static final Pattern TAG = Pattern.compile("\\[S(\\d{1,4})\\]");

    /** The reply's text without invented citations, and the labels it really cited. */
    public record Checked(String text, Set<Integer> cited) {
    }

    private Citations() {
    }

    public static Checked check(String text, Set<Integer> retrieved) {
        Set<Integer> cited = new TreeSet<>();
        Matcher tags = TAG.matcher(text);
        var kept = new StringBuilder();
        while (tags.find()) {
            int label = Integer.parseInt(tags.group(1));
            if (retrieved.contains(label)) {
                cited.add(label);
                tags.appendReplacement(kept, Matcher.quoteReplacement(tags.group()));
            } else {
                tags.appendReplacement(kept, "");
                while (!kept.isEmpty() && (kept.charAt(kept.length() - 1) == ' ' || kept.charAt(kept.length() - 1) == '\t')) {
                    kept.setLength(kept.length() - 1); // "as said [S9]." reads "as said."
                }
            }
        }
        tags.appendTail(kept);
        return new Checked(kept.toString(), cited);
    }
}
