package com.mitpo.platform.ai.local;

import java.util.List;

/**
 * The local writer's phrasing, one set per register. {@code {brand}}, {@code {topic}} (what the
 * prompt is about), {@code {tagline}} and {@code {audience}} are filled in; a template whose
 * value is missing is skipped. The topic is any phrase the user typed, so it only ever follows
 * a colon or stands alone: that reads right whether it is a noun or a sentence. Formal
 * templates have no contractions and none has an exclamation mark (the writer adds the one a
 * playful voice may have). Each list is in the order variants take them.
 */
record CopyTemplates(List<String> headlines, List<String> openers, List<String> audienceLines,
        List<String> callsToAction) {

    static final CopyTemplates FORMAL = new CopyTemplates(
            List.of("{topic}", "{brand}: {topic}", "{tagline}", "News from {brand}: {topic}", "{topic} | {brand}"),
            List.of("From {brand}: {topic}.", "{brand} has news: {topic}.", "Now at {brand}: {topic}.",
                    "A note from {brand}: {topic}."),
            List.of("Made for {audience}.", "Designed with {audience} in mind.", "Created for {audience}."),
            List.of("Learn more", "Discover more", "Find out more", "Read more", "See the details"));

    static final CopyTemplates CASUAL = new CopyTemplates(
            List.of("{topic}", "New at {brand}: {topic}", "{tagline}", "Just in: {topic}", "{topic} | {brand}"),
            List.of("Big news from {brand}: {topic}.", "Here's what's new at {brand}: {topic}.",
                    "We've got something new: {topic}.", "You'll want to see this: {topic}."),
            List.of("Made for {audience}.", "Perfect for {audience}.", "Just right for {audience}."),
            List.of("Take a look", "Check it out", "See what's new", "Come say hello", "Find out more"));

    /** Said when nothing else is left; still filtered like the rest. */
    static final List<String> LAST_HEADLINES = List.of("{brand}", "{topic}");
    static final String LAST_OPENER = "{topic}.";

    /** The template's own words, without its placeholders: what the banned words are checked against. */
    static String wording(String template) {
        return template.replaceAll("\\{[a-z]+}", " ");
    }
}
