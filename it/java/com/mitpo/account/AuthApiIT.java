package com.mitpo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.Http;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItUsers;
import com.mitpo.it.Mailbox;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up, sign-in and sessions through the Better Auth style API, as a client or an attacker
 * sees them: statuses, bodies, cookies and the mails that arrive. Time is moved with
 * {@link ItClock}, which also clears the per-IP rate-limit windows between steps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthApiIT {

    static final String COOKIE = ItUsers.COOKIE;
    static final String PASSWORD = ItUsers.PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @ArquillianResource
    URL base;

    private String email;

    @BeforeEach
    void freshAddressAndFreshRateLimits() {
        email = "user-" + UUID.randomUUID() + "@example.com";
        ItClock.advance(Duration.ofSeconds(61));
    }

    @Test
    void signUpVerifySignInAndSignOut() throws Exception {
        var signUp = post("/api/auth/sign-up/email", json("email", email, "password", PASSWORD, "name", "Ada"));
        assertEquals(200, signUp.statusCode(), signUp.body());
        assertFalse(signUp.headers().firstValue("Set-Cookie").orElse("").contains(COOKIE), "no session before verifying");

        var unverified = post("/api/auth/sign-in/email", json("email", email, "password", PASSWORD));
        assertEquals(403, unverified.statusCode(), unverified.body());
        assertTrue(unverified.body().contains("EMAIL_NOT_VERIFIED"));

        var verify = Http.get(base, "/api/auth/verify-email?token=" + Mailbox.tokenIn(Mailbox.awaitMail(email, 1)));
        assertEquals(200, verify.statusCode(), verify.body());
        assertTrue(verify.body().contains("\"emailVerified\":true"), verify.body());

        ItClock.advance(Duration.ofSeconds(11));
        var signIn = post("/api/auth/sign-in/email", json("email", email, "password", PASSWORD));
        assertEquals(200, signIn.statusCode(), signIn.body());
        String setCookie = sessionCookie(signIn);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertTrue(setCookie.contains("Max-Age=604800"), setCookie);
        assertFalse(setCookie.contains("Secure"), "tests run with MITPO_COOKIE_SECURE=false: " + setCookie);
        String token = cookieValue(setCookie);
        assertTrue(signIn.body().contains("\"token\":\"" + token + "\""));

        var session = Http.get(base, "/api/auth/get-session", "Cookie", COOKIE + "=" + token);
        assertEquals(200, session.statusCode());
        assertTrue(session.body().contains("\"email\":\"" + email + "\""), session.body());
        assertTrue(session.body().contains("\"userAgent\""), session.body());
        var home = Http.get(base, "/home", "Cookie", COOKIE + "=" + token);
        assertTrue(home.body().contains("Welcome to your workspace"));
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(null), "authenticated pages");

        var signOut = post("/api/auth/sign-out", "{}", "Cookie", COOKIE + "=" + token);
        assertEquals(200, signOut.statusCode());
        assertTrue(sessionCookie(signOut).contains("Max-Age=0"), "cookie cleared");
        assertEquals("null", Http.get(base, "/api/auth/get-session", "Cookie", COOKIE + "=" + token).body());
        assertEquals(401, Http.get(base, "/api/auth/list-sessions", "Cookie", COOKIE + "=" + token).statusCode(),
                "the row is gone, so the old token opens nothing");
    }

    @Test
    void everySignInGetsANewTokenAndRevokingOneEndsOnlyThatOne() throws Exception {
        String first = verifiedUserSignedIn();
        ItClock.advance(Duration.ofSeconds(11));
        String second = cookieValue(sessionCookie(post("/api/auth/sign-in/email", json("email", email, "password", PASSWORD),
                "Cookie", COOKIE + "=" + first)));
        assertNotEquals(first, second, "a sign-in never reuses (or keeps) a presented token");

        var list = Http.get(base, "/api/auth/list-sessions", "Cookie", COOKIE + "=" + second);
        assertEquals(2, count(list.body(), "\"userId\""), list.body());
        String firstId = Http.get(base, "/api/auth/get-session", "Cookie", COOKIE + "=" + first).body()
                .replaceAll("(?s).*\"session\":\\{\"id\":\"([^\"]+)\".*", "$1");
        assertEquals(200, post("/api/auth/revoke-session", json("id", firstId), "Cookie", COOKIE + "=" + second).statusCode());

        assertEquals("null", Http.get(base, "/api/auth/get-session", "Cookie", COOKIE + "=" + first).body());
        assertEquals(200, Http.get(base, "/api/auth/list-sessions", "Cookie", COOKIE + "=" + second).statusCode());
    }

    @Test
    void knownAndUnknownEmailsGetTheSameAnswers() throws Exception {
        verifiedUserSignedIn();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

        ItClock.advance(Duration.ofSeconds(11));
        var signUpKnown = post("/api/auth/sign-up/email", json("email", email, "password", PASSWORD));
        var signUpUnknown = post("/api/auth/sign-up/email", json("email", unknown, "password", PASSWORD));
        assertSame(signUpKnown, signUpUnknown);
        assertTrue(Mailbox.awaitMail(email, 2).contains("already has one"), "the owner hears about the attempt");

        var resetKnown = post("/api/auth/request-password-reset", json("email", email));
        var resetUnknown = post("/api/auth/request-password-reset", json("email", unknown));
        assertSame(resetKnown, resetUnknown);

        ItClock.advance(Duration.ofSeconds(11));
        var wrong = post("/api/auth/sign-in/email", json("email", email, "password", "wrong " + PASSWORD));
        var none = post("/api/auth/sign-in/email", json("email", unknown, "password", "wrong " + PASSWORD));
        assertSame(wrong, none);
        assertEquals(401, wrong.statusCode());
        // That both cost one Argon2 verify (a dummy one for unknown emails) is PasswordHasherTest's;
        // how long they take is measured in bench/, not asserted here.
    }

    @Test
    void aHashWithWeakerParametersIsUpgradedAtSignIn() throws Exception {
        verifiedUserSignedIn();
        String weak = com.password4j.Password.hash(PASSWORD).addRandomSalt(16)
                .with(com.password4j.Argon2Function.getInstance(4096, 1, 1, 32, com.password4j.types.Argon2.ID)).getResult();
        try (var db = Database.asSuperuser(); var update = db.prepareStatement(
                "update account set password_hash = ? where provider_id = 'credential' and user_id = "
                        + "(select id from \"user\" where email = ?)")) {
            update.setString(1, weak);
            update.setString(2, email);
            assertEquals(1, update.executeUpdate());
        }

        ItClock.advance(Duration.ofSeconds(11));
        assertEquals(200, post("/api/auth/sign-in/email", json("email", email, "password", PASSWORD)).statusCode());

        try (var db = Database.asSuperuser(); var query = db.prepareStatement(
                "select password_hash from account where provider_id = 'credential' and user_id = "
                        + "(select id from \"user\" where email = ?)")) {
            query.setString(1, email);
            try (var rs = query.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), rs.getString(1));
            }
        }
    }

    @Test
    void theFourthSignInWithinTenSecondsFromOneAddressIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(401, post("/api/auth/sign-in/email", json("email", email, "password", PASSWORD)).statusCode());
        }
        var refused = post("/api/auth/sign-in/email", json("email", email, "password", PASSWORD));

        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
    }

    @Test
    void theFourthSignUpWithinTenSecondsFromOneAddressIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            post("/api/auth/sign-up/email", json("email", i + email, "password", PASSWORD));
        }
        var refused = post("/api/auth/sign-up/email", json("email", "4" + email, "password", PASSWORD));

        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void theFourthMailWithinAMinuteIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, post("/api/auth/request-password-reset", json("email", email)).statusCode());
        }
        var refused = post("/api/auth/request-password-reset", json("email", email));

        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void failuresAreThrottledPerAccountYetTheOwnerCanStillReset() throws Exception {
        verifiedUserSignedIn();
        for (int i = 0; i < 10; i++) {
            ItClock.advance(Duration.ofSeconds(11)); // a new window each time, as from many addresses
            assertEquals(401, post("/api/auth/sign-in/email", json("email", email, "password", "guess " + i)).statusCode());
        }
        ItClock.advance(Duration.ofSeconds(11));
        var locked = post("/api/auth/sign-in/email", json("email", email, "password", PASSWORD));
        assertEquals(429, locked.statusCode(), "even the right password waits: " + locked.body());

        ItClock.advance(Duration.ofSeconds(61));
        assertEquals(200, post("/api/auth/request-password-reset", json("email", email)).statusCode());
        String token = Mailbox.tokenIn(Mailbox.awaitMail(email, 2));
        assertEquals(200, post("/api/auth/reset-password", json("token", token, "newPassword", "a brand new passphrase"))
                .statusCode());
    }

    @Test
    void aResetLinkWorksOnceEndsEverySessionAndIsNeverReferred() throws Exception {
        String session = verifiedUserSignedIn();
        ItClock.advance(Duration.ofSeconds(61));
        post("/api/auth/request-password-reset", json("email", email));
        String token = Mailbox.tokenIn(Mailbox.awaitMail(email, 2));

        var page = Http.get(base, "/reset-password?token=" + token);
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(null));

        var weak = post("/api/auth/reset-password", json("token", token, "newPassword", "password1"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("PASSWORD_TOO_COMMON"), weak.body());

        var reset = post("/api/auth/reset-password", json("token", token, "newPassword", "a brand new passphrase"));
        assertEquals(200, reset.statusCode(), "a refused password leaves the link unused: " + reset.body());
        assertEquals(401, Http.get(base, "/api/auth/list-sessions", "Cookie", COOKIE + "=" + session).statusCode(),
                "signed out everywhere");

        var again = post("/api/auth/reset-password", json("token", token, "newPassword", "another new passphrase"));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("INVALID_TOKEN"));

        ItClock.advance(Duration.ofSeconds(11));
        assertEquals(200, post("/api/auth/sign-in/email", json("email", email, "password", "a brand new passphrase"))
                .statusCode());
    }

    @Test
    void linksExpireAfterAnHour() throws Exception {
        post("/api/auth/sign-up/email", json("email", email, "password", PASSWORD));
        String token = Mailbox.tokenIn(Mailbox.awaitMail(email, 1));

        ItClock.advance(Duration.ofMinutes(61));

        var late = Http.get(base, "/api/auth/verify-email?token=" + token);
        assertEquals(400, late.statusCode());
        assertTrue(late.body().contains("INVALID_TOKEN"));
    }

    @Test
    void sessionsSlideOnceADayAndEndAfterSevenIdleDays() throws Exception {
        String token = verifiedUserSignedIn();

        ItClock.advance(Duration.ofHours(23));
        var sameDay = Http.get(base, "/api/auth/get-session", "Cookie", COOKIE + "=" + token);
        assertTrue(sameDay.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(COOKIE)),
                "no refresh within a day");

        ItClock.advance(Duration.ofHours(2));
        var nextDay = Http.get(base, "/api/auth/get-session", "Cookie", COOKIE + "=" + token);
        assertTrue(sessionCookie(nextDay).contains("Max-Age=604800"), "refreshed after a day");

        ItClock.advance(Duration.ofDays(6).plusHours(23));
        assertEquals(200, Http.get(base, "/api/auth/list-sessions", "Cookie", COOKIE + "=" + token).statusCode(),
                "alive: the expiry slid forward a day ago");

        ItClock.advance(Duration.ofDays(7).plusMinutes(1));
        assertEquals(401, Http.get(base, "/api/auth/list-sessions", "Cookie", COOKIE + "=" + token).statusCode(),
                "seven idle days later it is over");
    }

    @Test
    void anAddressSpelledComposedOrDecomposedIsOneAccount() throws Exception {
        String local = "zo\u00eb-" + UUID.randomUUID();
        String composed = local + "@example.com";
        String decomposed = java.text.Normalizer.normalize(local, java.text.Normalizer.Form.NFD).toUpperCase() + "@Example.com";

        var first = post("/api/auth/sign-up/email", json("email", composed, "password", PASSWORD));
        ItClock.advance(Duration.ofSeconds(11));
        var second = post("/api/auth/sign-up/email", json("email", decomposed, "password", PASSWORD));

        assertEquals(200, first.statusCode(), first.body());
        assertSame(first, second);
        try (var db = com.mitpo.it.Database.asSuperuser(); var q = db.prepareStatement(
                "select email from \"user\" where email ilike ?")) {
            q.setString(1, "%" + local.substring(local.indexOf('-') + 1) + "%");
            var emails = new ArrayList<String>();
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
            assertEquals(List.of(composed), emails, "one account, stored composed and in lower case");
        }
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeTheSignIn() throws Exception {
        String token = verifiedUserSignedIn();
        for (int i = 0; i < 10; i++) {
            var wrong = post("/api/auth/change-password", json("currentPassword", "guess " + i,
                    "newPassword", "a brand new passphrase"), "Cookie", COOKIE + "=" + token);
            assertEquals(400, wrong.statusCode(), "guess " + i + ": " + wrong.body());
        }
        var throttled = post("/api/auth/change-password", json("currentPassword", PASSWORD,
                "newPassword", "a brand new passphrase"), "Cookie", COOKIE + "=" + token);
        assertEquals(429, throttled.statusCode(), "even the right password waits: " + throttled.body());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        ItClock.advance(Duration.ofSeconds(11));
        assertEquals(429, post("/api/auth/sign-in/email", json("email", email, "password", PASSWORD)).statusCode(),
                "the guesses count against the sign-in too: one budget per account");

        ItClock.advance(Duration.ofMinutes(16));
        var changed = post("/api/auth/change-password", json("currentPassword", PASSWORD,
                "newPassword", "a brand new passphrase"), "Cookie", COOKIE + "=" + token);
        assertEquals(200, changed.statusCode(), changed.body());
    }

    @Test
    void changingThePasswordNeedsASessionYoungerThanADay() throws Exception {
        String token = verifiedUserSignedIn();
        var changed = post("/api/auth/change-password",
                json("currentPassword", PASSWORD, "newPassword", "a brand new passphrase"), "Cookie", COOKIE + "=" + token);
        assertEquals(200, changed.statusCode(), changed.body());

        ItClock.advance(Duration.ofHours(25));
        var stale = post("/api/auth/change-password",
                json("currentPassword", "a brand new passphrase", "newPassword", "yet another passphrase"),
                "Cookie", COOKIE + "=" + token);
        assertEquals(403, stale.statusCode());
        assertTrue(stale.body().contains("SESSION_NOT_FRESH"));
    }

    @Test
    void oneGateAnswers307ForPages401ForTheApiAndNeverRedirectsAPost() throws Exception {
        var page = Http.get(base, "/home?tab=1");
        assertEquals(307, page.statusCode());
        assertEquals("/login?next=%2Fhome%3Ftab%3D1", path(page.headers().firstValue("Location").orElseThrow()));

        var api = Http.get(base, "/api/auth/list-sessions");
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(api.body().contains("\"code\":\"UNAUTHORIZED\""));

        var post = Http.postForm(base, "/home", "a=b");
        assertEquals(401, post.statusCode(), "a POST is refused, never redirected");
    }

    @Test
    void pathTricksAreStillGated() throws Exception {
        for (String trick : new String[] {"/home;x=1", "/login;/../home", "//home", "/%2e/home", "/legal/%2e%2e/home",
            "/HOME", "/docs/security/../../home", "/home.xhtml;x=1", "/login.xhtml;/../home.xhtml", "//home.xhtml",
            "/%2e/home.xhtml", "/legal/%2e%2e/home.xhtml", "/HOME.xhtml", "/docs/security.xhtml/../../home.xhtml"}) {
            var response = Http.get(base, trick);
            // An old ".xhtml" address may first be sent to its new one: follow that once.
            for (int hop = 0; hop < 2 && response.statusCode() == 301; hop++) {
                response = Http.get(base, path(response.headers().firstValue("Location").orElseThrow()));
            }
            assertFalse(response.statusCode() == 200 && response.body().contains("Welcome to your workspace"),
                    trick + " reached the app: " + response.statusCode());
            assertTrue(response.statusCode() == 307 || response.statusCode() == 404 || response.statusCode() == 400,
                    trick + " answered " + response.statusCode());
        }
    }

    @Test
    void aStateChangingCallFromAnotherSiteIsRefused() throws Exception {
        String token = verifiedUserSignedIn();

        var crossSite = post("/api/auth/sign-out", "{}", "Cookie", COOKIE + "=" + token,
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, crossSite.statusCode());
        assertEquals(200, Http.get(base, "/api/auth/list-sessions", "Cookie", COOKIE + "=" + token).statusCode(),
                "still signed in");

        var otherOrigin = post("/api/auth/revoke-other-sessions", "{}", "Cookie", COOKIE + "=" + token,
                "Origin", "https://evil.example");
        assertEquals(403, otherOrigin.statusCode());
    }

    @Test
    void badInputGetsAJsonReason() throws Exception {
        var broken = post("/api/auth/sign-in/email", "{not json");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("\"code\""), broken.body());

        var longPassword = post("/api/auth/sign-up/email", json("email", email, "password", "x".repeat(129)));
        assertEquals(400, longPassword.statusCode());
        assertTrue(longPassword.body().contains("PASSWORD_TOO_LONG"), longPassword.body());
    }

    private String verifiedUserSignedIn() throws Exception {
        return ItUsers.signedIn(base, email);
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        return Http.json(base, "POST", path, body, headers);
    }

    private static String json(String... pairs) {
        var json = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":\"")
                    .append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return json.append('}').toString();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(COOKIE.length() + 1, setCookie.indexOf(';'));
    }

    private static void assertSame(HttpResponse<String> a, HttpResponse<String> b) {
        assertEquals(a.statusCode(), b.statusCode());
        assertEquals(a.body(), b.body());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
