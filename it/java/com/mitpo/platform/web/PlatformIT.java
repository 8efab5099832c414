package com.mitpo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Deployments;
import com.mitpo.it.ItUsers;
import com.mitpo.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real WAR on Payara Micro against the real PostgreSQL and S3 server, seen over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @ArquillianResource
    URL base;

    /** Error pages are shown to signed-in users; visitors are sent to sign in first. */
    private String[] signedIn() throws Exception {
        return ItUsers.cookieHeader(ItUsers.signedIn(base));
    }

    @Test
    void theLandingPageRendersWithTheNoticeBannerAndCreatesNoSession() throws Exception {
        HttpResponse<String> landing = Http.get(base, "/");

        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("Teach it your brand once"), landing.body());
        assertTrue(landing.body().contains("Scheduled maintenance tonight from 22:00 UTC."), "notice banner");
        assertTrue(landing.headers().allValues("Set-Cookie").isEmpty(), "public page set " + landing.headers());
    }

    @Test
    void readinessIsUpWithTheDatabaseAndTheBucket() throws Exception {
        HttpResponse<String> ready = Http.get(base, "/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replace(" ", "");
        assertTrue(body.startsWith("{\"status\":\"UP\""), body);
        assertTrue(body.contains("{\"name\":\"database\",\"status\":\"UP\""), body);
        assertTrue(body.contains("{\"name\":\"bucket\",\"status\":\"UP\""), body);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/home", "/no-such-page"}) {
            var headers = Http.get(base, path).headers();
            assertEquals("max-age=63072000; includeSubDomains",
                    headers.firstValue("Strict-Transport-Security").orElse(null), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                    path);
            assertTrue(headers.firstValue("Referrer-Policy").isPresent(), path);
        }
    }

    @Test
    void anUnknownPageAnswers404WithOurPage() throws Exception {
        assertOurErrorPage(Http.get(base, "/brand/no-such-page", signedIn()), 404, "Page not found");
    }

    @Test
    void aForbiddenPageAnswers403WithOurPage() throws Exception {
        assertOurErrorPage(Http.get(base, "/it/forbidden", signedIn()), 403, "Not allowed");
    }

    @Test
    void aPostbackWithAnUnknownViewStateShowsTheExpiredPage() throws Exception {
        assertOurErrorPage(Http.postForm(base, "/login", "jakarta.faces.ViewState=stale-or-forged&login=login"),
                400, "This page has expired");
    }

    @Test
    void aTamperedViewStateOfARealFormIsA400WithOurPage() throws Exception {
        HttpResponse<String> login = Http.get(base, "/login");
        String viewState = login.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        String cookie = login.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElse("");
        String tampered = viewState.substring(0, viewState.length() - 1)
                + (viewState.endsWith("1") ? "2" : "1");
        HttpResponse<String> answer = Http.postForm(base, "/login", "login=login&login%3Aemail=a%40example.com"
                + "&login%3Apassword=whatever1&login%3Asubmit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(tampered, java.nio.charset.StandardCharsets.UTF_8), "Cookie", cookie);
        assertOurErrorPage(answer, 400, "This page has expired");
    }

    @Test
    void everyJsonEndpointAnswersABodyThatIsNotAnObjectWith400Json() throws Exception {
        String[] session = signedIn();
        for (String path : new String[] {"/api/auth/sign-up/email", "/api/auth/sign-in/email",
            "/api/auth/request-password-reset", "/api/auth/reset-password", "/api/auth/change-password",
            "/api/auth/revoke-session", "/api/auth/sign-in/social", "/api/studio/generations"}) {
            for (String body : new String[] {"[1]", "\"x\"", "null", "42", "{\"unclosed\": "}) {
                HttpResponse<String> answer = Http.json(base, "POST", path, body, session);
                assertEquals(400, answer.statusCode(), path + " " + body + ": " + answer.body());
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                        path + " " + body + ": " + answer.headers());
                assertTrue(answer.body().contains("\"code\":\"BAD_REQUEST\""), path + " " + body + ": " + answer.body());
            }
        }
    }

    @Test
    void theContainersSessionCookieIsHttpOnlyAndLax() throws Exception {
        HttpResponse<String> page = Http.get(base, "/login"); // a form: Faces keeps its view in a session
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no container session: " + page.headers()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        // Secure follows MITPO_COOKIE_SECURE, off in this plain-http test run (ContainerSessionCookieTest).
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void stateChangingCallsFromAnotherSiteAreRefusedOnEveryApi() throws Exception {
        String[] session = signedIn();
        String self = base.getProtocol() + "://" + base.getAuthority();
        String[][] crossSite = {{"Origin", "https://attacker.example"}, {"Sec-Fetch-Site", "cross-site"},
            {"Sec-Fetch-Site", "same-site"}};
        for (String path : new String[] {"/api/studio/generations", "/api/auth/change-password",
            "/api/auth/revoke-other-sessions", "/api/auth/sign-out"}) {
            for (String[] header : crossSite) {
                HttpResponse<String> answer = Http.json(base, "POST", path, "{}", session[0], session[1], header[0], header[1]);
                assertEquals(403, answer.statusCode(), path + " with " + header[0] + ": " + header[1]);
                assertTrue(answer.body().contains("CROSS_SITE_REQUEST"), answer.body());
            }
            HttpResponse<String> sameOrigin = Http.json(base, "POST", path, "{}", session[0], session[1], "Origin", self);
            assertTrue(sameOrigin.statusCode() != 403, path + " from the site itself: " + sameOrigin.body());
        }
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreReadWithOurJsonAndHeaders() throws Exception {
        // Declared, never sent: the answer comes from the declared length alone.
        for (String[] post : new String[][] {{"/api/auth/sign-up/email", "application/json", "70000"},
            {"/api/auth/sign-up/email", "application/json", "47185920"},
            {"/login", "application/x-www-form-urlencoded", "2097152"},
            {"/brand/documents", "multipart/form-data; boundary=x", "104857600"}}) {
            String answer = raw("POST " + post[0] + " HTTP/1.1\r\nContent-Type: " + post[1] + "\r\nContent-Length: "
                    + post[2] + "\r\n", new byte[0]);
            assertTrue(answer.startsWith("HTTP/1.1 413"), post[0] + " " + post[2] + ": " + answer);
            assertTrue(answer.contains("\"code\":\"PAYLOAD_TOO_LARGE\""), answer);
            assertTrue(answer.contains("X-Content-Type-Options: nosniff"), "our headers: " + answer);
            assertFalse(answer.contains("Payara") || answer.contains("<html"), answer);
        }

        // Chunked, so no length is declared: counted while read, cut off at the same limit.
        String big = "{\"email\":\"" + "z".repeat(70 * 1024) + "\"}";
        String chunked = raw("POST /api/auth/sign-in/email HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n", (Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
        String small = "{\"email\":\"a@example.com\",\"password\":\"whatever12\"}";
        String read = raw("POST /api/auth/sign-in/email HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n", (Integer.toHexString(small.length()) + "\r\n" + small + "\r\n0\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(read.startsWith("HTTP/1.1 401"), "a short chunked body is read as usual: " + read);
        assertEquals(200, Http.get(base, "/health/ready").statusCode(), "and the server is fine");
    }

    /**
     * 200 POSTs from one address that declare a body and never send it (a slow-body attack)
     * hold no more than that address's share of the server: everyone else is still served, and
     * the attacker's requests beyond the share are refused at once with 429.
     */
    @Test
    void slowBodiesFromOneAddressLeaveTheSiteAnsweringEveryoneElse() throws Exception {
        var server = java.net.InetAddress.getByName("localhost".equals(base.getHost()) ? "127.0.0.1" : base.getHost());
        var attacker = java.net.InetAddress.getByName("127.0.0.2");
        var slow = new java.util.ArrayList<java.net.Socket>();
        try {
            for (int i = 0; i < 200; i++) {
                var socket = new java.net.Socket(server, base.getPort(), attacker, 0);
                socket.getOutputStream().write(("POST /api/auth/sign-in/email HTTP/1.1\r\nHost: " + base.getAuthority()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{\"email\":")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            var client = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
            for (String page : new String[] {"/", "/login", "/health/ready", "/docs/security", "/"}) {
                var answer = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + page.substring(1)))
                        .timeout(java.time.Duration.ofSeconds(20)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), page + " while one address holds slow requests");
            }
            int refused = 0;
            for (var socket : slow) {
                socket.setSoTimeout(200);
                try {
                    byte[] head = socket.getInputStream().readNBytes(12);
                    refused += new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("HTTP/1.1 429") ? 1 : 0;
                } catch (java.net.SocketTimeoutException stillWaiting) {
                    // one of the address's share, still held
                }
            }
            assertTrue(refused >= 150, "the requests beyond the address's share are refused: " + refused);
        } finally {
            for (var socket : slow) {
                socket.close();
            }
        }
    }

    /** Sends a hand-written request (head lines without Host, then the body) and returns the answer's start. */
    private String raw(String head, byte[] body) throws Exception {
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write((head + "Host: " + base.getAuthority() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            byte[] answer = new byte[8192];
            int n = 0;
            for (int got; n < answer.length && (got = socket.getInputStream().read(answer, n, answer.length - n)) > 0;) {
                n += got;
                if (new String(answer, 0, n, java.nio.charset.StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            return new String(answer, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void optionsOnTheApiDescribesNothingAndNamesNoServer() throws Exception {
        HttpResponse<String> answer = Http.send(Http.request(base, "/api/auth/sign-up/email")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        String all = answer.headers() + answer.body();
        assertFalse(all.toLowerCase().contains("wadl"), all);
        assertFalse(all.contains("Jersey"), all);
    }

    @Test
    void aFailingPageShowsOurErrorPageAndNeverAStackTrace() throws Exception {
        assertOurErrorPage(Http.get(base, "/it-failure", signedIn()), 500, "Something went wrong");
    }

    @Test
    void aFailingServletShowsOurErrorPageAndNeverItsMessage() throws Exception {
        HttpResponse<String> failure = Http.get(base, "/it/crash", signedIn());

        assertOurErrorPage(failure, 500, "Something went wrong");
        assertFalse(failure.body().contains("s3cr3t"), failure.body());
    }

    @Test
    void pagesLiveAtAddressesWithoutAnExtensionAndOldAddressesMoveThere() throws Exception {
        String[] session = signedIn();
        for (String page : new String[] {"/login", "/signup", "/legal/privacy", "/docs/security"}) {
            assertEquals(200, Http.get(base, page).statusCode(), page);
        }
        for (String page : new String[] {"/home", "/brand/list", "/creative/studio", "/creative/gallery",
            "/account/settings", "/workspace/members"}) {
            HttpResponse<String> answer = Http.get(base, page, session);
            assertEquals(200, answer.statusCode(), page);
            assertFalse(answer.body().matches("(?s).*href=\"/(?!jakarta\\.faces\\.resource/)[^\"]*\\.xhtml.*"),
                    page + " links to an old address");
        }
        HttpResponse<String> old = Http.get(base, "/login.xhtml?next=%2Fbrand%2Flist");
        assertEquals(301, old.statusCode());
        assertTrue(old.headers().firstValue("Location").orElseThrow().endsWith("/login?next=%2Fbrand%2Flist"),
                old.headers().toString());
        HttpResponse<String> gated = Http.get(base, "/creative/studio?x=1");
        assertEquals(307, gated.statusCode());
        assertTrue(gated.headers().firstValue("Location").orElseThrow().endsWith("/login?next=%2Fcreative%2Fstudio%3Fx%3D1"),
                gated.headers().toString());
    }

    @Test
    void everyPublicPageCarriesTheFooterLinks() throws Exception {
        for (String page : new String[] {"/", "/login", "/signup", "/forgot-password",
            "/legal/privacy", "/legal/terms", "/docs/security"}) {
            String body = Http.get(base, page).body();
            assertTrue(body.contains("/legal/privacy") && body.contains("/legal/terms")
                    && body.contains("/docs/security"), "footer links on " + page);
        }
    }

    /**
     * With PostgreSQL stopped, pages and APIs say 503 with Retry-After (our page, our JSON), and
     * once it is back they answer again without a restart of the application.
     */
    @Test
    void withTheDatabaseStoppedEverythingAnswers503AndRecoversWhenItIsBack() throws Exception {
        String[] session = signedIn();
        assertEquals(200, Http.get(base, "/brand/list", session).statusCode());

        try {
            com.mitpo.it.ItServices.whileTheDatabaseIsDown(() -> {
                HttpResponse<String> page = Http.get(base, "/brand/list", session);
                assertOurErrorPage(page, 503, "MITPO is briefly unavailable");
                assertEquals("30", page.headers().firstValue("Retry-After").orElse(""), "Retry-After on the page");

                HttpResponse<String> api = Http.get(base, "/api/auth/get-session", session);
                assertEquals(503, api.statusCode(), api.body());
                assertTrue(api.body().contains("\"code\":\"UNAVAILABLE\""), api.body());
                assertEquals("30", api.headers().firstValue("Retry-After").orElse(""), "Retry-After on the API");

                HttpResponse<String> signIn = Http.json(base, "POST", "/api/auth/sign-in/email",
                        "{\"email\":\"someone@example.com\",\"password\":\"whatever it is\"}");
                assertEquals(503, signIn.statusCode(), signIn.body());
                assertTrue(signIn.body().contains("\"code\":\"UNAVAILABLE\""), signIn.body());

                assertEquals(503, Http.get(base, "/health/ready").statusCode());
            });
        } finally {
            awaitStatus(200, () -> Http.get(base, "/health/ready")); // the other tests need it back
        }

        HttpResponse<String> again = awaitStatus(200, () -> Http.get(base, "/brand/list", session));
        assertTrue(again.body().contains("Brand Setup"), again.body());
        assertEquals(200, Http.get(base, "/health/ready").statusCode());
    }

    /** A page that fails for want of the database (past the gate, inside Faces) says so with 503 too. */
    @Test
    void aPageThatFailsForWantOfTheDatabaseAnswers503() throws Exception {
        HttpResponse<String> page = Http.get(base, "/it-outage", signedIn());

        assertOurErrorPage(page, 503, "MITPO is briefly unavailable");
        assertEquals("30", page.headers().firstValue("Retry-After").orElse(""));
        assertOurErrorPage(Http.get(base, "/it-failure", signedIn()), 500, "Something went wrong");
    }

    /** The first answer with this status, asking again while the server finds its feet (at most a minute). */
    private static HttpResponse<String> awaitStatus(int status, java.util.concurrent.Callable<HttpResponse<String>> request)
            throws Exception {
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 120; attempt++) {
            last = request.call();
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("still " + last.statusCode() + ": " + last.body());
    }

    /** The status, our page's title, and nothing of the server's insides. */
    private static void assertOurErrorPage(HttpResponse<String> response, int status, String title) {
        String body = response.body();
        assertEquals(status, response.statusCode(), body);
        assertTrue(body.contains("<h1>" + title + "</h1>"), body);
        for (String leak : new String[] {"Caused by", "at com.", "at jakarta.", "at org.", ".java:", "noSuchProperty",
            "Payara", "GlassFish", "Mojarra"}) {
            assertFalse(body.contains(leak), "response shows '" + leak + "': " + body);
        }
    }
}
