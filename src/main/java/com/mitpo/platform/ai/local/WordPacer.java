package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.ProviderFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Hands a finished text to a sink word by word, as a remote model streams it. */
final class WordPacer {

    // A word and the whitespace after it; the first piece also keeps any whitespace before it,
    // so the pieces always join to the text.
    private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*");

    private WordPacer() {
    }

    /** The text handed to the sink until it says stop, with {@code paceMs} between pieces; what it took. */
    static String hand(String text, Predicate<String> sink, long paceMs) {
        var taken = new StringBuilder();
        List<String> pieces = pieces(text);
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                pause(paceMs);
            }
            taken.append(pieces.get(i));
            if (!sink.test(pieces.get(i))) {
                break;
            }
        }
        return taken.toString();
    }

    static List<String> pieces(String text) {
        var pieces = new ArrayList<String>();
        var words = WORD.matcher(text);
        while (words.find()) {
            pieces.add(words.group());
        }
        if (pieces.isEmpty() && !text.isEmpty()) {
            pieces.add(text); // only whitespace: still what the task answered
        }
        return pieces;
    }

    private static void pause(long paceMs) {
        if (paceMs <= 0) {
            return;
        }
        try {
            Thread.sleep(paceMs);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new ProviderFailure("the local writer was stopped", stopped);
        }
    }
}
