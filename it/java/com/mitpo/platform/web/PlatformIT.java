package com.mitpo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Deployments;
import com.mitpo.it.ErrorTriggers;
import com.mitpo.it.ItClock;
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
        return Deployments.mitpoWar()
                .addClass(ItClock.class)
                .addClasses(ErrorTriggers.class, ErrorTriggers.Forbidden.class, ErrorTriggers.Crash.class)
                .addAsWebResource("pages/it-failure.xhtml", "it-failure.xhtml");
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
        for (String path : new String[] {"/", "/home.xhtml", "/no-such-page"}) {
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
        assertOurErrorPage(Http.get(base, "/brand/no-such-page.xhtml", signedIn()), 404, "Page not found");
    }

    @Test
    void aForbiddenPageAnswers403WithOurPage() throws Exception {
        assertOurErrorPage(Http.get(base, "/it/forbidden", signedIn()), 403, "Not allowed");
    }

    @Test
    void aPostbackWithAnUnknownViewStateShowsTheExpiredPage() throws Exception {
        assertOurErrorPage(Http.postForm(base, "/login.xhtml", "jakarta.faces.ViewState=stale-or-forged&login=login"),
                500, "This page has expired");
    }

    @Test
    void aFailingPageShowsOurErrorPageAndNeverAStackTrace() throws Exception {
        assertOurErrorPage(Http.get(base, "/it-failure.xhtml", signedIn()), 500, "Something went wrong");
    }

    @Test
    void aFailingServletShowsOurErrorPageAndNeverItsMessage() throws Exception {
        HttpResponse<String> failure = Http.get(base, "/it/crash", signedIn());

        assertOurErrorPage(failure, 500, "Something went wrong");
        assertFalse(failure.body().contains("s3cr3t"), failure.body());
    }

    @Test
    void everyPublicPageCarriesTheFooterLinks() throws Exception {
        for (String page : new String[] {"/", "/login.xhtml", "/signup.xhtml", "/forgot-password.xhtml",
            "/legal/privacy.xhtml", "/legal/terms.xhtml", "/docs/security.xhtml"}) {
            String body = Http.get(base, page).body();
            assertTrue(body.contains("/legal/privacy.xhtml") && body.contains("/legal/terms.xhtml")
                    && body.contains("/docs/security.xhtml"), "footer links on " + page);
        }
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
