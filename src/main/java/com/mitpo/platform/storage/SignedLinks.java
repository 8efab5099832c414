package com.mitpo.platform.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived signed links to a stored file, so a page can hand the browser an {@code <img>} or
 * {@code <video>} address (or a download) without making the bucket public: whoever holds the
 * link may fetch that one file, as that one user, for a minute. One instance per route: the
 * Studio's assets ({@code assets}) and the data exports ({@code exports}).
 *
 * <p>A link is {@code {route}/{id}?exp={epochSeconds}&sig={signature}}, relative (no leading
 * slash) so it resolves against the web app's context path wherever the app is mounted; the
 * servlet that serves it is mapped at {@code /{route}/*}. The signature is HMAC-SHA256 over
 * {@code route + ":" + id + "\nuser:" + user + "\nexp:" + exp}: every field is labelled and
 * fixed-form (a route name, a lower-case UUID, a decimal number), so no two different links share
 * a message, and a link signed for one route never opens another.
 * It is written base64url without padding, which needs no escaping in a query string.
 *
 * <p>The user is not in the link: the servlet passes the signed-in user, so a link copied to
 * someone else's session does not open. Checking a link, the signature is compared before the
 * expiry is believed; an expired link with a good signature says {@link Verdict#EXPIRED} so the
 * page can offer a fresh one, and an expiry further ahead than this class ever signs is refused
 * as {@link Verdict#MALFORMED} whatever its signature.
 */
public final class SignedLinks {

    /** Route names are lower-case words: they cannot contain the message's separators. */
    private static final Pattern ROUTE = Pattern.compile("[a-z]+");

    /** How long a link opens its file. */
    public static final Duration VALIDITY = Duration.ofSeconds(60);

    /** HMAC-SHA256 keys shorter than its output add no strength and hint at a placeholder secret. */
    public static final int MIN_SECRET_BYTES = 32;

    /** Leeway for another app instance whose clock runs a little behind the one that signed. */
    static final long CLOCK_SKEW_SECONDS = 5;

    private static final String ALGORITHM = "HmacSHA256";
    /** Canonical decimal only (no sign, no leading zero), so one expiry has one spelling. */
    private static final Pattern EXP = Pattern.compile("0|[1-9][0-9]{0,17}");
    /** 32 bytes of HMAC-SHA256 are exactly 43 base64url characters without padding. */
    private static final Pattern SIG = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What a presented link turned out to be. */
    public enum Verdict { VALID, EXPIRED, BAD_SIGNATURE, MALFORMED }

    private final String route;
    private final SecretKeySpec key;
    private final Clock clock;

    public SignedLinks(String route, byte[] secret, Clock clock) {
        if (route == null || !ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("a route is a lower-case word: " + route);
        }
        this.route = route;
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the link signing secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The key from a configured secret (its UTF-8 bytes), refused when it is too short to be one. */
    public static byte[] key(String configured) {
        if (configured == null) {
            throw new IllegalArgumentException("no link signing secret is configured");
        }
        byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the link signing secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        return bytes;
    }

    /** A link for this user to this file, open from now for {@link #VALIDITY}; relative, see the class comment. */
    public String path(UUID id, UUID user) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        long exp = now() + VALIDITY.toSeconds();
        return route + "/" + id + "?exp=" + exp + "&sig=" + signature(id, user, exp);
    }

    /** Whether {@code exp} and {@code sig}, as they came in the query string, open this file for this user now. */
    public Verdict verify(UUID id, UUID user, String exp, String sig) {
        if (id == null || user == null || exp == null || sig == null
                || !EXP.matcher(exp).matches() || !SIG.matcher(sig).matches()) {
            return Verdict.MALFORMED;
        }
        long expiry = Long.parseLong(exp);
        long now = now();
        if (expiry > now + VALIDITY.toSeconds() + CLOCK_SKEW_SECONDS) {
            return Verdict.MALFORMED;
        }
        // Both encodings are ASCII of the same length: comparing them in constant time leaks no
        // prefix, and comparing the text (not decoded bytes) refuses a second spelling of a signature.
        byte[] expected = signature(id, user, expiry).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.BAD_SIGNATURE;
        }
        return now > expiry ? Verdict.EXPIRED : Verdict.VALID;
    }

    /** The id in a link's path ({@code /{id}} after the route), spelled canonically, or empty. */
    public static Optional<UUID> idIn(String pathInfo) {
        if (pathInfo == null || pathInfo.length() != 37) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(pathInfo.substring(1));
            return id.toString().equals(pathInfo.substring(1)) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String signature(UUID id, UUID user, long exp) {
        String message = route + ":" + id + "\nuser:" + user + "\nexp:" + exp;
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is stateful: one per call keeps this class thread-safe
            mac.init(key);
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", impossible);
        }
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
