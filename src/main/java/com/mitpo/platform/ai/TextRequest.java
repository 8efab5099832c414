package com.mitpo.platform.ai;

/**
 * One text-model call: the task, the instructions (the system prompt for remote models) and
 * the input (the user's text or the document). Everything in it goes to the one provider that
 * serves the chosen model, and nowhere else.
 */
public record TextRequest(TextTask task, String instructions, String input) {
}
