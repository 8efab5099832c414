package com.mitpo.it;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

/** Verified, signed-in users for tests that need to be past the gate. */
public final class ItUsers {

    public static final String COOKIE = "mitpo.session_token";
    public static final String PASSWORD = "correct horse battery";

    private ItUsers() {
    }

    /** Signs up {@code email}, follows the mailed link and signs in; returns the session token. */
    public static String signedIn(URL base, String email) throws Exception {
        Http.json(base, "POST", "/api/auth/sign-up/email",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Ada\"}");
        Http.get(base, "/api/auth/verify-email?token=" + Mailbox.tokenIn(Mailbox.awaitMailAbout(email, "Confirm your email")));
        ItClock.advance(Duration.ofSeconds(11)); // a fresh per-address sign-in window
        var signIn = Http.json(base, "POST", "/api/auth/sign-in/email",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        if (signIn.statusCode() != 200) {
            throw new AssertionError("sign-in failed: " + signIn.statusCode() + " " + signIn.body());
        }
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE + "="))
                .findFirst().orElseThrow();
        return cookie.substring(COOKIE.length() + 1, cookie.indexOf(';'));
    }

    public static String signedIn(URL base) throws Exception {
        return signedIn(base, "user-" + UUID.randomUUID() + "@example.com");
    }

    public static String[] cookieHeader(String token) {
        return new String[] {"Cookie", COOKIE + "=" + token};
    }
}
