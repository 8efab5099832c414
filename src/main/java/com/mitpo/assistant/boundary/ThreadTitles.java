package com.mitpo.assistant.boundary;

import com.mitpo.assistant.entity.AssistantThread;
import com.mitpo.platform.text.Names;

/** A thread's first title, from its first question: the question's opening words, cut at a word. */
final class ThreadTitles {

    static final int LENGTH = 60;

    private ThreadTitles() {
    }

    static String from(String question) {
        String line = Names.shown(question.replaceAll("\\s+", " "));
        if (line.length() <= LENGTH) {
            return line.isEmpty() ? "…" : line;
        }
        int cut = line.lastIndexOf(' ', LENGTH - 1);
        String head = (cut > LENGTH / 2 ? line.substring(0, cut) : line.substring(0, LENGTH - 1)).strip();
        return head.substring(0, Math.min(head.length(), AssistantThread.MAX_TITLE - 1)) + "…";
    }
}
