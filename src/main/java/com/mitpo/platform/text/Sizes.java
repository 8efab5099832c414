package com.mitpo.platform.text;

import java.util.Locale;

/** File sizes as people read them: "512 B", "48 KB", "2.3 MB". */
public final class Sizes {

    private Sizes() {
    }

    public static String shown(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
