package com.mitpo.platform.storage;

import java.util.Optional;

/**
 * The query string of an asset link, read as sent. {@code exp} and {@code sig} must each appear
 * exactly once and literally (no percent-encoding): a signature given twice or spelled another way
 * is refused rather than decoded into something that happens to verify. Other parameters are
 * ignored, except {@code download=1}, which asks for an attachment.
 */
public record LinkQuery(String exp, String sig, boolean download) {

    public static Optional<LinkQuery> parse(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        String exp = null;
        String sig = null;
        boolean download = false;
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            switch (name) {
                case "exp" -> {
                    if (exp != null) {
                        return Optional.empty();
                    }
                    exp = value;
                }
                case "sig" -> {
                    if (sig != null) {
                        return Optional.empty();
                    }
                    sig = value;
                }
                case "download" -> download = "1".equals(value);
                default -> { } // cache-busting and the like: not signed, not used
            }
        }
        if (exp == null || sig == null || exp.contains("%") || sig.contains("%") || sig.contains("+")) {
            return Optional.empty();
        }
        return Optional.of(new LinkQuery(exp, sig, download));
    }
}
