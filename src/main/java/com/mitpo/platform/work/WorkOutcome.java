package com.mitpo.platform.work;

import java.util.List;

/**
 * How an item ended: a code with its parameters (rendered in the reader's language by whoever
 * shows it), never a sentence. {@code succeeded} decides between done and failed.
 */
public record WorkOutcome(boolean succeeded, String code, List<String> params) {

    public static final String DONE = "DONE";
    /** The subject (a generation, a document) was deleted while the work was under way. */
    public static final String GONE = "GONE";
    /** Claimed more often than allowed: its nodes kept dying on it. */
    public static final String ATTEMPTS_EXHAUSTED = "ATTEMPTS_EXHAUSTED";
    /** Something unexpected; the log has the details. */
    public static final String INTERNAL = "INTERNAL";
    static final String UNKNOWN_KIND = "UNKNOWN_KIND";

    public WorkOutcome {
        params = List.copyOf(params);
    }

    public static WorkOutcome done() {
        return new WorkOutcome(true, DONE, List.of());
    }

    public static WorkOutcome gone() {
        return new WorkOutcome(true, GONE, List.of());
    }

    public static WorkOutcome failed(String code, String... params) {
        return new WorkOutcome(false, code, List.of(params));
    }
}
