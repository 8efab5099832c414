package com.mitpo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.BrowserTest;
import com.mitpo.it.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A visitor's first minutes: the landing page (index), its ajax tabs, the legal pages and the app shell. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LandingPageIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @ArquillianResource
    URL base;

    @Override
    protected URL base() {
        return base;
    }

    @Test
    void theLandingPageLoadsATabThroughAjax() {
        open("/");
        assertHeading("Teach it your brand once. Make on-brand creative every day.");
        assertWellMade("the landing page");
        assertTrue(find(By.id("noticeBanner")).getText().contains("Scheduled maintenance"));

        clickAjax(By.linkText("Make creative"));

        assertTrue(find(By.cssSelector("[id$='studioTab'] .tab-body")).getText().startsWith("Copy with variants"),
                "the studio tab was loaded on demand");
    }

    @Test
    void theFooterLeadsToPrivacyTermsAndSecurity() {
        open("/");
        find(By.id("privacyLink")).click();
        assertHeading("Privacy Policy");
        assertWellMade("the privacy policy");
        assertTrue(browser.getCurrentUrl().endsWith("/legal/privacy"));

        find(By.id("termsLink")).click();
        assertHeading("Terms of Service");
        assertWellMade("the terms");
        assertTrue(browser.getCurrentUrl().endsWith("/legal/terms"));

        find(By.id("securityLink")).click();
        assertHeading("Security & data handling");
        assertWellMade("the security page");
        assertTrue(browser.getCurrentUrl().endsWith("/docs/security"));
    }

    @Test
    void openingTheAppAsAVisitorLeadsToSignIn() {
        open("/");
        find(By.linkText("Open the workspace")).click();

        assertHeading("Sign in to MITPO");
        assertWellMade("the sign-in page");
        assertTrue(browser.getCurrentUrl().contains("/login?next="), browser.getCurrentUrl());
    }

    @Test
    void aPageThatDoesNotExistSaysSoAndIsWellMade() throws Exception {
        useSession(com.mitpo.it.ItUsers.signedIn(base)); // a visitor is sent to sign in first
        open("/no-such-page");
        assertHeading("Page not found");
        assertWellMade("the not-found page");
    }
}
