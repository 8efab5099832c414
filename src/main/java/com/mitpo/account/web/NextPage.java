package com.mitpo.account.web;

/**
 * Where to go after signing in: only a same-site relative path, never another origin
 * ({@code //evil}, {@code /\evil}, {@code https://...}) and never back to the auth pages.
 */
public final class NextPage {

    public static final String DEFAULT = "/home";

    private NextPage() {
    }

    static String of(String path, String query) {
        return query == null ? path : path + '?' + query;
    }

    /** The given target if it is a safe relative path, otherwise the app's home. */
    public static String sanitize(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || next.charAt(0) != '/') {
            return DEFAULT;
        }
        if (next.startsWith("//") || next.startsWith("/\\")) {
            return DEFAULT;
        }
        for (char c : next.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return DEFAULT;
            }
        }
        if (next.startsWith("/login") || next.startsWith("/signup") || next.startsWith("/api/")) {
            return DEFAULT;
        }
        return next;
    }
}
