package com.mitpo.platform.text;

import java.util.regex.Pattern;

/**
 * Names people give things (files, brands, personas, themselves, workspaces), made safe to show.
 * Invisible format characters are removed: a right-to-left override turns
 * {@code report\u202Etxt.exe.md} into what reads as "reportdm.exe.txt", and zero-width or
 * isolate characters make two names that look alike differ. The zero-width joiner and
 * non-joiner stay, since emoji sequences and several scripts need them; control characters go.
 */
public final class Names {

    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cf}&&[^\\u200C\\u200D]]|\\p{Cc}");

    private Names() {
    }

    /** The name without hidden characters and surrounding space; null stays null. */
    public static String shown(String name) {
        return name == null ? null : HIDDEN.matcher(name).replaceAll("").strip();
    }
}
