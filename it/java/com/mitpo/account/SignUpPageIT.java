package com.mitpo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.BrowserTest;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import com.mitpo.it.Mailbox;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The account pages in Chromium: signup, the mailed verify-email link, the app shell, sign
 * out, login back to the page asked for, forgot-password and reset-password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignUpPageIT extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @ArquillianResource
    URL base;

    private String email;

    @Override
    protected URL base() {
        return base;
    }

    @BeforeEach
    void freshAddress() {
        email = "page-" + UUID.randomUUID() + "@example.com";
        ItClock.advance(Duration.ofSeconds(61));
    }

    @Test
    void signUpConfirmTheAddressUseTheAppSignOutAndSignBackIn() throws Exception {
        open("/signup");
        assertWellMade("the sign-up page");
        type(By.id("signup:name"), "Ada Lovelace");
        type(By.id("signup:email"), email);
        type(By.id("signup:password"), "short");
        find(By.id("signup:submit")).click();
        assertEquals("Use at least 8 characters.", find(By.cssSelector("[id='signup:password'] ~ .ui-message, .ui-message-error")).getText().strip());
        assertEquals(email, browser.findElement(By.id("signup:email")).getAttribute("value"), "nothing typed is lost");

        type(By.id("signup:password"), PASSWORD);
        find(By.id("signup:submit")).click();
        assertHeading("Check your inbox");
        assertWellMade("the check-your-inbox page");

        open("/verify-email?token=" + Mailbox.tokenIn(Mailbox.awaitMail(email, 1)));
        assertTrue(find(By.id("welcome")).getText().contains("Your email address is confirmed"));
        assertWellMade("the home page, just confirmed");
        String nav = find(By.cssSelector("nav.side-nav")).getText();
        for (String area : new String[] {"Home", "Brand Setup", "Campaigns", "Creative Studio", "Competitor Intel",
            "Automation", "Marketing Assistant", "Billing & credits", "Admin console"}) {
            assertTrue(nav.contains(area), area + " missing from " + nav);
        }

        find(By.id("signOutForm:signOut")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/"));
        open("/home");
        assertTrue(browser.getCurrentUrl().contains("/login?next=%2Fhome"), browser.getCurrentUrl());

        type(By.id("login:email"), email);
        type(By.id("login:password"), "wrong " + PASSWORD);
        find(By.id("login:submit")).click();
        assertEquals("Invalid email or password.", find(By.cssSelector("#login\\:messages .ui-messages-error-summary")).getText());

        Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        ItClock.advance(Duration.ofSeconds(11));
        type(By.id("login:email"), email);
        type(By.id("login:password"), PASSWORD);
        find(By.id("login:submit")).click();
        assertHeading("Welcome to your workspace");
        assertTrue(browser.getCurrentUrl().endsWith("/home"), browser.getCurrentUrl());
        Cookie after = browser.manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "the sign-in form's view state lives in an HTTP session");
        assertNotNull(after);
        assertNotEquals(before.getValue(), after.getValue(), "the HTTP session id changes at sign-in");
        Cookie session = browser.manage().getCookieNamed("mitpo.session_token");
        assertTrue(session.isHttpOnly());
        assertEquals("Lax", session.getSameSite());
    }

    @Test
    void forgotAndResetThePassword() throws Exception {
        open("/signup");
        type(By.id("signup:email"), email);
        type(By.id("signup:password"), PASSWORD);
        find(By.id("signup:submit")).click();
        find(By.id("sent"));

        open("/login");
        find(By.id("forgotLink")).click();
        find(By.id("forgot:email"));
        assertWellMade("the forgot-password page");
        type(By.id("forgot:email"), email);
        find(By.id("forgot:submit")).click();
        assertTrue(find(By.id("sent")).getText().contains("If an account exists"));

        open("/reset-password?token=" + Mailbox.tokenIn(Mailbox.awaitMail(email, 2)));
        find(By.id("reset:password"));
        assertWellMade("the reset-password page");
        type(By.id("reset:password"), "password1");
        find(By.id("reset:submit")).click();
        assertEquals("This password is too common. Choose something less guessable.",
                find(By.cssSelector(".ui-message-error")).getText().strip());

        type(By.id("reset:password"), "a brand new passphrase");
        find(By.id("reset:submit")).click();
        assertTrue(find(By.id("done")).getText().contains("signed out everywhere"));

        ItClock.advance(Duration.ofSeconds(11));
        find(By.id("loginLink")).click();
        type(By.id("login:email"), email);
        type(By.id("login:password"), "a brand new passphrase");
        find(By.id("login:submit")).click();
        assertHeading("Welcome to your workspace");
    }

    @Test
    void someoneElsesConfirmationLinkNeverReplacesTheSessionOfWhoeverOpensIt() throws Exception {
        String victim = com.mitpo.it.ItUsers.signedIn(base, "victim-" + UUID.randomUUID() + "@example.com");
        String attacker = "attacker-" + UUID.randomUUID() + "@example.com";
        com.mitpo.it.Http.json(base, "POST", "/api/auth/sign-up/email",
                "{\"email\":\"" + attacker + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Mallory\"}");
        String attackersLink = "/verify-email?token=" + Mailbox.tokenIn(Mailbox.awaitMail(attacker, 1));

        useSession(victim);
        open(attackersLink);

        assertTrue(text(By.id("confirmedForSomeoneElse")).contains("you stay signed in as you are"));
        Cookie session = browser.manage().getCookieNamed("mitpo.session_token");
        assertNotNull(session, "still signed in");
        assertEquals(victim, session.getValue(), "the victim's own session, not one for the attacker");
        open("/account/settings");
        assertTrue(text(By.id("email")).startsWith("victim-"), "the settings page is the victim's: " + text(By.id("email")));
    }
}
