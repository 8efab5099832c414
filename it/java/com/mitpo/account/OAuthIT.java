package com.mitpo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Deployments;
import com.mitpo.it.GitHubStandIn;
import com.mitpo.it.Http;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItServices;
import com.mitpo.it.ItUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in with Google (mock-oauth2-server as the OpenID provider) and GitHub (a local
 * stand-in for its API), driven as a browser would: redirects followed by hand, cookies kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OAuthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @ArquillianResource
    URL base;

    private HttpClient browser;
    private String email;

    @BeforeEach
    void aFreshBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        email = "oauth-" + UUID.randomUUID() + "@example.com";
        ItClock.advance(Duration.ofSeconds(61));
        drainGoogleRequests();
    }

    @Test
    void googleSignInSendsStateNoncePkceAndCreatesAConfirmedUser() throws Exception {
        googleWillSay("google-sub-" + UUID.randomUUID(), email, true, List.of("mitpo-it"));

        HttpResponse<String> done = googleRoundTrip();

        assertEquals(303, done.statusCode(), done.body());
        assertEquals("/home", path(done));
        assertTrue(hasSessionCookie(done));
        RecordedRequest authorize = googleRequest("/google/authorize");
        assertEquals("S256", authorize.getRequestUrl().queryParameter("code_challenge_method"));
        assertTrue(authorize.getRequestUrl().queryParameter("code_challenge").length() >= 43);
        assertTrue(authorize.getRequestUrl().queryParameter("nonce").length() >= 16);
        assertTrue(authorize.getRequestUrl().queryParameter("state").length() >= 16);
        String tokenBody = googleRequest("/google/token").getBody().readUtf8();
        assertTrue(tokenBody.contains("code_verifier="), tokenBody);

        var session = get(root() + "/api/auth/get-session");
        assertTrue(session.body().contains("\"email\":\"" + email + "\"") && session.body().contains("\"emailVerified\":true"),
                session.body());
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() throws Exception {
        // No token is issued in this test, so no token callback is queued for the provider.
        URI callback = callbackFromProvider(startAt("google"));

        var forged = get(root() + "/api/auth/callback/google?" + callback.getRawQuery().replaceAll("state=[^&]+", "state=forged"));

        assertEquals("/login?problem=oauth.failed", path(forged));
        assertTrue(!hasSessionCookie(forged));
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        ItServices.oauth().enqueueCallback(new DefaultOAuth2TokenCallback("google", "sub-" + UUID.randomUUID(), "JWT",
                List.of("mitpo-it"), Map.of("email", email, "email_verified", true, "nonce", "someone-elses-nonce"),
                3600));

        assertEquals("/login?problem=oauth.failed", path(googleRoundTrip()));
    }

    /** A code issued to one sign-in, replayed into another: its PKCE verifier no longer matches. */
    @Test
    void aCodeFromAnotherSignInIsRefused() throws Exception {
        googleWillSay("sub-" + UUID.randomUUID(), email, true, List.of("mitpo-it"));
        URI firstCallback = callbackFromProvider(startAt("google")); // code carries the first nonce
        URI secondStart = startAt("google"); // this browser now waits for a second state and nonce
        String secondState = query(secondStart, "state");

        var mixed = get(root() + "/api/auth/callback/google?code=" + query(firstCallback, "code") + "&state=" + secondState);

        assertEquals("/login?problem=oauth.failed", path(mixed));
        assertTrue(!hasSessionCookie(mixed));
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() throws Exception {
        ItServices.oauth().enqueueCallback(new DefaultOAuth2TokenCallback("google", "sub-" + UUID.randomUUID(), "JWT",
                List.of("some-other-client"), Map.of("email", email, "email_verified", true, "aud", "some-other-client"),
                3600));

        assertEquals("/login?problem=oauth.failed", path(googleRoundTrip()));
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        ItServices.oauth().enqueueCallback(new DefaultOAuth2TokenCallback("google", "sub-" + UUID.randomUUID(), "JWT",
                List.of("mitpo-it"), Map.of("email", email, "email_verified", true, "iss", "https://evil.example"),
                3600));

        assertEquals("/login?problem=oauth.failed", path(googleRoundTrip()));
    }

    @Test
    void aConfirmedPasswordAccountIsLinkedByItsVerifiedEmail() throws Exception {
        ItUsers.signedIn(base, email);
        String subject = "sub-" + UUID.randomUUID();
        googleWillSay(subject, email, true, List.of("mitpo-it"));

        assertEquals("/home", path(googleRoundTrip()));

        var session = get(root() + "/api/auth/get-session").body();
        assertTrue(session.contains("\"email\":\"" + email + "\""), session);
        assertTrue(session.contains("\"name\":\"Ada\""), "the existing user, not a new one: " + session);
    }

    @Test
    void anUnconfirmedPasswordAccountNeverCapturesAnOAuthSignIn() throws Exception {
        // Someone registers the victim's address first and never confirms it.
        Http.json(base, "POST", "/api/auth/sign-up/email",
                "{\"email\":\"" + email + "\",\"password\":\"attacker passphrase\"}");
        googleWillSay("sub-" + UUID.randomUUID(), email, true, List.of("mitpo-it"));

        var refused = googleRoundTrip();

        assertEquals("/login?problem=oauth.unconfirmedAccount", path(refused));
        assertTrue(!hasSessionCookie(refused));
        ItClock.advance(Duration.ofSeconds(11));
        assertEquals(403, Http.json(base, "POST", "/api/auth/sign-in/email",
                "{\"email\":\"" + email + "\",\"password\":\"attacker passphrase\"}").statusCode(),
                "the squatter's account stayed unconfirmed");
    }

    @Test
    void anUnverifiedGoogleEmailNeverLinksToAnExistingAccount() throws Exception {
        ItUsers.signedIn(base, email);
        googleWillSay("sub-" + UUID.randomUUID(), email, false, List.of("mitpo-it"));

        assertEquals("/login?problem=oauth.noVerifiedEmail", path(googleRoundTrip()));
    }

    @Test
    void gitHubIdentityIsTheNumericIdAndOnlyAVerifiedPrimaryEmailCounts() throws Exception {
        long id = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        GitHubStandIn.nextUser(new GitHubStandIn.User(id, "octo", "Octo Cat",
                "[{\"email\":\"" + email + "\",\"primary\":true,\"verified\":false},"
                        + "{\"email\":\"other-" + email + "\",\"primary\":false,\"verified\":true}]"));
        assertEquals("/login?problem=oauth.noVerifiedEmail", path(gitHubRoundTrip()));
        assertEquals("S256", GitHubStandIn.lastAuthorize().get("code_challenge_method"));
        assertTrue(GitHubStandIn.lastTokenRequest().containsKey("code_verifier"));

        aFreshBrowser();
        GitHubStandIn.nextUser(new GitHubStandIn.User(id, "octo", "Octo Cat",
                "[{\"email\":\"" + email + "\",\"primary\":true,\"verified\":true}]"));
        assertEquals("/home", path(gitHubRoundTrip()));
        String first = get(root() + "/api/auth/get-session").body();

        aFreshBrowser();
        GitHubStandIn.nextUser(new GitHubStandIn.User(id, "renamed-octo", "Renamed",
                "[{\"email\":\"changed-" + email + "\",\"primary\":true,\"verified\":true}]"));
        assertEquals("/home", path(gitHubRoundTrip()));
        String second = get(root() + "/api/auth/get-session").body();
        assertEquals(userId(first), userId(second), "same numeric id, same user, whatever the login or email");
    }

    private HttpResponse<String> googleRoundTrip() throws Exception {
        URI callback = callbackFromProvider(startAt("google"));
        return get(root() + "/api/auth/callback/google?" + callback.getRawQuery());
    }

    private HttpResponse<String> gitHubRoundTrip() throws Exception {
        URI callback = callbackFromProvider(startAt("github"));
        return get(root() + "/api/auth/callback/github?" + callback.getRawQuery());
    }

    /** The app's redirect to the provider. */
    private URI startAt(String provider) throws Exception {
        var start = get(root() + "/api/auth/sign-in/social?provider=" + provider);
        assertEquals(303, start.statusCode(), start.body());
        return URI.create(start.headers().firstValue("Location").orElseThrow());
    }

    /** The provider's redirect back (to MITPO_PUBLIC_URL, which the test then sends to the app itself). */
    private URI callbackFromProvider(URI authorize) throws Exception {
        var answer = get(authorize.toString());
        assertEquals(302, answer.statusCode(), answer.body());
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private void googleWillSay(String subject, String emailClaim, boolean verified, List<String> audience) {
        ItServices.oauth().enqueueCallback(new DefaultOAuth2TokenCallback("google", subject, "JWT", audience,
                Map.of("email", emailClaim, "email_verified", verified, "name", "Google User"), 3600));
    }

    private RecordedRequest googleRequest(String path) {
        for (int i = 0; i < 20; i++) {
            RecordedRequest request = takeGoogleRequest(5000);
            if (request == null) {
                break;
            }
            if (request.getRequestUrl().encodedPath().equals(path)) {
                return request;
            }
        }
        throw new AssertionError("the provider saw no request to " + path);
    }

    private static void drainGoogleRequests() {
        while (takeGoogleRequest(10) != null) {
            // forget what earlier tests sent
        }
    }

    /** The provider's next recorded request, or null when none comes in time. */
    private static RecordedRequest takeGoogleRequest(long millis) {
        try {
            return ItServices.oauth().takeRequest(millis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException none) {
            return null;
        }
    }

    /** The application's origin, without a trailing slash (a "//" path is, rightly, gated). */
    private String root() {
        return base.getProtocol() + "://" + base.getAuthority();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean hasSessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(ItUsers.COOKIE + "=") && !c.contains("Max-Age=0"));
    }

    private static String path(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none)").replaceFirst("^https?://[^/]+", "");
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " not in " + uri);
    }

    private static String userId(String sessionJson) {
        return sessionJson.replaceAll("(?s).*\"userId\":\"([^\"]+)\".*", "$1");
    }
}
