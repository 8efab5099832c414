package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.ai.CopyVariant;
import com.mitpo.platform.text.LongForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Copy without a language model: the prompt, the brand's name and tagline, the facts that share
 * the most words with the prompt and the audience, put into {@link CopyTemplates} of the
 * brand's register. It cannot follow free instructions (the voice's "do" list), but it keeps
 * every rule a checker can count: no banned word or "don't" phrase (text holding one is left
 * out, and as a last resort the word is dropped), every required phrase (added as a sentence
 * of its own when missing; a required phrase wins over the other rules) and the brief's
 * {@link CopyBrief.Limits}: no contractions when they are not allowed (spelled out by the long
 * forms it is given, else left out), one exclamation mark when one is asked for and none
 * otherwise, sentences no longer than the limit, and the lengths in {@link CopyVariant}. It
 * reads no threshold into the voice's scales: the voice's owner decided the limits and will
 * check the copy by the same ones. Variant i takes
 * the i-th template of each list and the i-th most related fact, so variants differ; the same
 * brief always gets the same copy.
 */
final class LocalCopywriter {

    private static final int MAX_TOPIC_WORDS = 12;
    private static final int MAX_AUDIENCE_WORDS = 6;
    /** Longer sentences do not fit a creative, whatever the voice allows. */
    private static final int MAX_SENTENCE_WORDS = 25;
    /** Other candidates tried when a variant came out the same as an earlier one. */
    private static final int RETRIES = 6;

    /** "Write a post about ..." says what to do, not what the copy is about; "Make mornings better for ..." is the topic. */
    private static final Pattern INSTRUCTION = Pattern.compile("(?iu)^(?:please\\s+)?(?:write|create|draft|make|generate|"
            + "produce|give me|come up with)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(?:posts?|ads?|copy|captions?|emails?|"
            + "headlines?|taglines?|texts?|tweets?|blurbs?|campaigns?|announcements?|descriptions?|content|variants?|"
            + "versions?|ideas?|words)\\s+(?:about|for|on|announcing|promoting|to announce|to promote)\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"“])");
    private static final Pattern END_MARKS = Pattern.compile("[\\s.!?;:,]+$");
    private static final Pattern LEANS_BACK = Pattern.compile("(?i)(it|its|they|their|this|these|that|those|he|she|"
            + "also|but|and|so|then)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "our", "with", "your", "you", "this", "that",
            "from", "are", "was", "were", "has", "have", "will", "its", "their", "about", "into", "all", "can", "new", "who",
            "what", "more", "than", "them", "they", "but", "not", "out", "get", "just", "also", "very", "every");
    private static final Set<String> TRAILING_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "for", "to",
            "from", "with", "in", "on", "at", "by", "our", "your", "their", "its", "my", "|", "-", "–", "—");

    private final CopyBrief brief;
    private final AvoidedPhrases avoided;
    private final boolean formal;
    private final boolean playful;
    private final LongForms longForms;
    private final int maxWords;
    private final CopyTemplates templates;
    private final String brand;
    private final String topic;
    private final String tagline;
    private final List<String> facts;
    private final List<String> audiences;

    private LocalCopywriter(CopyBrief brief) {
        CopyBrief.Voice voice = brief.voice();
        CopyBrief.Limits limits = voice.limits();
        this.brief = brief;
        this.avoided = new AvoidedPhrases(concat(voice.banned(), voice.dontList()));
        this.formal = !limits.contractions();
        this.playful = limits.exclamations() == CopyBrief.Exclamations.ONE;
        this.longForms = limits.longForms();
        this.maxWords = limits.sentenceWords() == 0 ? MAX_SENTENCE_WORDS : Math.min(MAX_SENTENCE_WORDS, limits.sentenceWords());
        this.templates = formal ? CopyTemplates.FORMAL : CopyTemplates.CASUAL;
        this.brand = avoided.scrub(brief.brand().replaceAll("\\s+", " "));
        this.topic = topic(brief.prompt());
        this.tagline = usable(prepared(brief.tagline()), maxWords);
        this.facts = facts();
        this.audiences = audiences();
    }

    static List<CopyVariant> write(CopyBrief brief) {
        return new LocalCopywriter(brief).variants();
    }

    private List<CopyVariant> variants() {
        var result = new ArrayList<CopyVariant>();
        var seen = new HashSet<String>();
        int n = brief.variants();
        for (int i = 0; i < n; i++) {
            CopyVariant variant = null;
            for (int attempt = 0; attempt <= RETRIES; attempt++) {
                variant = variant(i + attempt * n);
                if (seen.add(key(variant))) {
                    break;
                }
            }
            result.add(variant);
        }
        return result;
    }

    /** The copy made of the c-th template, fact and audience of each list. */
    private CopyVariant variant(int c) {
        String headline = fit(first(templates.headlines(), c, CopyTemplates.LAST_HEADLINES), CopyVariant.MAX_HEADLINE);
        var own = new ArrayList<String>();
        own.add(first(templates.openers(), c, List.of(CopyTemplates.LAST_OPENER)));
        if (!facts.isEmpty()) {
            own.add(facts.get(c % facts.size()));
        }
        String audienceLine = audiences.isEmpty() ? null
                : fill(templates.audienceLines(), c, Map.of("audience", audiences.get(c / 2 % audiences.size())));
        // A tagline like "Roast. Brew. Enjoy" is a fine headline but three sentences of a body.
        String taglineLine = tagline == null || tagline.matches(".*[.!?].*") ? null : tagline + ".";
        String third = c % 2 == 0 ? or(audienceLine, taglineLine) : or(taglineLine, audienceLine);
        if (third != null) {
            own.add(third);
        }
        own.removeIf(s -> s == null || s.isBlank());
        String body = body(own);
        String cta = fit(callToAction(c), CopyVariant.MAX_CALL_TO_ACTION - 1);
        if (playful && !(headline + body + cta).contains("!") && !cta.isEmpty()) {
            cta = cta + "!";
        }
        return new CopyVariant(headline, body, cta);
    }

    /**
     * As many of our sentences as leave room for the required phrases that are still missing,
     * those last: each as a sentence of its own when there is room, else all in one.
     */
    private String body(List<String> own) {
        for (int keep = own.size(); ; keep--) {
            String text = avoided.scrub(String.join(" ", own.subList(0, keep)));
            List<String> missing = brief.voice().required().stream().filter(p -> !AvoidedPhrases.occurs(text, p)).toList();
            List<String> added;
            if (keep + missing.size() <= CopyVariant.MAX_BODY_SENTENCES) {
                added = missing.stream().map(LocalCopywriter::sentence).toList();
            } else if (keep + 1 <= CopyVariant.MAX_BODY_SENTENCES) {
                added = List.of(sentence(String.join("; ", missing)));
            } else {
                continue;
            }
            var sentences = new ArrayList<String>();
            if (!text.isEmpty()) {
                sentences.add(text);
            }
            sentences.addAll(added);
            return String.join(" ", sentences);
        }
    }

    private String callToAction(int c) {
        var allowed = templates.callsToAction().stream().filter(t -> !avoided.in(t)).toList();
        if (!allowed.isEmpty()) {
            return allowed.get(c % allowed.size());
        }
        return templates.callsToAction().stream().map(avoided::scrub).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    /** The first template from the c-th on whose words are allowed and whose values are there, filled. */
    private String first(List<String> list, int c, List<String> lastResort) {
        String filled = fill(list, c, Map.of());
        return filled != null ? filled : or(fill(lastResort, 0, Map.of()), brand.isEmpty() ? topic : brand);
    }

    private String fill(List<String> list, int c, Map<String, String> extra) {
        // Rotate over the allowed templates only, so a banned word costs one template, not a repeat.
        List<String> allowed = list.stream().filter(t -> !avoided.in(CopyTemplates.wording(t))).toList();
        for (int j = 0; j < allowed.size(); j++) {
            String filled = fill(allowed.get((c + j) % allowed.size()), extra);
            if (filled != null) {
                return filled;
            }
        }
        return null;
    }

    private String fill(String template, Map<String, String> extra) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "brand" -> brand;
                case "topic" -> topic;
                case "tagline" -> tagline;
                default -> extra.get(m.group(1));
            };
            if (value == null || value.isEmpty()) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        // A banned phrase can straddle a template and a value ("Acme has" + "news").
        String text = avoided.scrub(out.toString());
        return END_MARKS.matcher(text).replaceAll("").isEmpty() ? null : text;
    }

    /** What the prompt is about: its first sentence without "write a post about", at most a few words. */
    private String topic(String prompt) {
        String first = SENTENCE_END.split(prompt.replaceAll("\\s+", " ").strip())[0];
        String text = INSTRUCTION.matcher(first).replaceFirst("").replaceAll("[\"“”!?]", "");
        text = avoided.scrub(formal ? longForms.remove(text) : text);
        text = withoutLooseEnd(words(text, Math.min(MAX_TOPIC_WORDS, Math.max(4, maxWords - 4))));
        if (text.isEmpty()) {
            text = avoided.scrub("Something new");
        }
        return capitalised(text);
    }

    /** The facts' sentences that the rules allow, those sharing the most words with the prompt first. */
    private List<String> facts() {
        Set<String> wanted = contentWords(brief.prompt());
        wanted.removeAll(contentWords(brief.brand()));
        var sentences = new LinkedHashSet<String>();
        for (String fact : brief.facts()) {
            String[] split = SENTENCE_END.split(fact.replaceAll("\\s+", " ").strip());
            for (int k = 0; k < split.length; k++) {
                String s = split[k];
                String usable = usable(prepared(s), maxWords);
                // "It is roasted in Leeds" means nothing without the sentence before it.
                boolean leansOnTheLast = k > 0 && LEANS_BACK.matcher(s).lookingAt();
                if (usable != null && !s.strip().endsWith("?") && !leansOnTheLast) {
                    sentences.add(capitalised(usable) + ".");
                }
            }
        }
        var ordered = new ArrayList<>(sentences);
        List<Integer> order = IntStream.range(0, ordered.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -overlap(contentWords(ordered.get(i)), wanted))
                        .thenComparingInt(i -> i))
                .toList();
        return order.stream().map(ordered::get).toList();
    }

    /** The personas' labels ("Busy parents" of "Busy parents: ..."), short enough to name a reader. */
    private List<String> audiences() {
        var labels = new ArrayList<String>();
        for (String persona : brief.audience()) {
            String label = persona.split("[:\u2013\u2014(]| - ", 2)[0];
            String usable = usable(prepared(label), MAX_AUDIENCE_WORDS);
            if (usable != null) {
                labels.add(lowerFirst(usable));
            }
        }
        return labels;
    }

    /** Whitespace collapsed, contractions spelled out for a formal voice, no closing mark. */
    private String prepared(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        flat = formal ? longForms.expand(flat) : flat;
        return END_MARKS.matcher(flat).replaceAll("");
    }

    /** The text, or null when a rule leaves it out: a banned word, a contraction in a formal voice, a mark of its own, length. */
    private String usable(String text, int words) {
        if (text == null || text.isEmpty() || avoided.in(text) || formal && LongForms.any(text)
                || text.contains("!") || text.contains("?") || text.split("\\s+").length > words) {
            return null;
        }
        return text;
    }

    /** At most max characters, cut between words, never ending on "of" or a colon. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        String trimmed = cut <= 0 ? "" : withoutLooseEnd(text.substring(0, cut));
        return trimmed.isEmpty() ? text.substring(0, max).strip() : trimmed;
    }

    /** Without the marks and small words a cut or a dropped word leaves at the end ("Our blend, a"). */
    static String withoutLooseEnd(String text) {
        var words = new ArrayList<>(List.of(text.strip().split(" ")));
        while (!words.isEmpty()) {
            String last = END_MARKS.matcher(words.get(words.size() - 1)).replaceAll("");
            if (last.isEmpty() || TRAILING_SMALL_WORDS.contains(last.toLowerCase(Locale.ROOT))) {
                words.remove(words.size() - 1);
            } else {
                words.set(words.size() - 1, last);
                break;
            }
        }
        return String.join(" ", words);
    }

    private static String words(String text, int max) {
        String[] words = text.split(" ");
        return words.length <= max ? text : String.join(" ", List.of(words).subList(0, max));
    }

    private static Set<String> contentWords(String text) {
        var words = new HashSet<String>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
                words.add(stem(w));
            }
        }
        return words;
    }

    /** Enough stemming for "blends" to meet "blend" and "batches" to meet "batch". */
    private static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private static String sentence(String phrase) {
        String p = capitalised(phrase.strip());
        return p.matches(".*[.!?]$") ? p : p + ".";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "Busy parents" reads "busy parents" mid-sentence; "IT teams" stays as it is. */
    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static String key(CopyVariant v) {
        return (v.headline() + "\n" + v.body() + "\n" + v.callToAction()).toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
