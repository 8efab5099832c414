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

    static String tooManyAttempts(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return get("auth.tooMany").replace("{0}", Long.toString(seconds));
    }
}
