package com.mitpo.platform.ai;

/**
 * Why a text model is asked. Remote models read the instructions; the local provider, which
 * cannot follow free instructions, works from the task and the input alone.
 */
public enum TextTask {
    /** Propose brand context (products, value propositions, key facts, tone, audience) from a document. */
    EXTRACT_CONTEXT,
    /** Write marketing copy: a {@link CopyBrief} as JSON in, {@link CopyVariant}s as JSON out. */
    COPY,
    /** Answer a question from the given sources. */
    ANSWER
}
