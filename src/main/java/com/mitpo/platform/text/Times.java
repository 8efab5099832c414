package com.mitpo.platform.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as pages and mails show them: "2 Dec 2026, 03:41 UTC". */
public final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** The moment as shown; empty for none. */
    public static String shown(Instant moment) {
        return moment == null ? "" : SHOWN.format(moment);
    }
}
