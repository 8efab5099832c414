package com.mitpo.account.web;

import com.mitpo.platform.web.Messages;
import java.time.Duration;

/** Labels for the account pages' messages. */
final class Labels {

    private Labels() {
    }

    static String get(String key) {
        return Messages.get(key);
    }

    /** Whole seconds to wait, at least one: what "Try again in {0} seconds" shows. */
    static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
