package com.mitpo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.BrowserTest;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItUsers;
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

/** workspace/members and workspace/accept in Chromium: invite, accept, roles, switching workspace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceMembersPageIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @ArquillianResource
    URL base;

    private String ownerToken;
    private String guestEmail;

    @Override
    protected URL base() {
        return base;
    }

    @BeforeEach
    void anOwner() throws Exception {
        ItClock.advance(Duration.ofSeconds(61));
        ownerToken = ItUsers.signedIn(base, "owner-" + UUID.randomUUID() + "@example.com");
        guestEmail = "guest-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void inviteAcceptSwitchAndPromote() throws Exception {
        useSession(ownerToken);
        open("/workspace/members");
        assertTrue(find(By.id("members:table")).getText().contains("Owner"));
        assertWellMade("the members page");
        find(By.id("invite:email")).sendKeys(guestEmail);
        clickAjax(By.id("invite:send"));
        assertTrue(find(By.cssSelector(".ui-growl-message")).getText().contains("Invitation sent."));
        assertTrue(find(By.id("pending:table")).getText().contains(guestEmail));
        String invitation = Mailbox.awaitMail(guestEmail, 1);
        assertTrue(invitation.contains("invited you to join the workspace"), invitation);

        ItClock.advance(Duration.ofSeconds(61));
        String guestToken = ItUsers.signedIn(base, guestEmail); // mail #2 is the guest's own verification
        browser.manage().deleteAllCookies();
        useSession(guestToken);
        open("/workspace/accept?token=" + Mailbox.tokenIn(invitation));
        assertTrue(find(By.id("joined")).getText().contains("You have joined"));
        String members = find(By.id("members:table")).getText();
        assertTrue(members.contains(guestEmail) && members.contains("Member") && members.contains("Owner"), members);
        assertEquals(2, browser.findElements(By.cssSelector("select[id='workspaceSwitcher:workspace_input'] option")).size(),
                "the guest's own workspace and the one they joined");

        browser.manage().deleteAllCookies();
        useSession(ownerToken);
        open("/workspace/members");
        By guestRow = By.xpath("//tr[td[contains(., '" + guestEmail + "')]]");
        guardAjax(() -> find(guestRow).findElement(By.cssSelector("[id$=':makeAdmin']")).click());
        assertTrue(find(By.cssSelector(".ui-growl-message")).getText().contains("Role changed."));
        assertTrue(find(guestRow).getText().contains("Admin"), find(guestRow).getText());
    }

    @Test
    void invitationsMadeByAnAdminDieWhenTheAdminIsDemotedOrRemoved() throws Exception {
        String adminEmail = guestEmail;
        useSession(ownerToken);
        open("/workspace/members");
        type(By.id("invite:email"), adminEmail);
        chooseInMenu("invite:role", "Admin");
        clickAjax(By.id("invite:send"));
        String adminLink = Mailbox.tokenIn(Mailbox.awaitMail(adminEmail, 1));
        ItClock.advance(Duration.ofSeconds(61));
        String adminToken = ItUsers.signedIn(base, adminEmail);
        browser.manage().deleteAllCookies();
        useSession(adminToken);
        open("/workspace/accept?token=" + adminLink);
        find(By.id("joined"));

        String[] invitees = {"first-" + UUID.randomUUID() + "@example.com", "second-" + UUID.randomUUID() + "@example.com"};
        String[] links = new String[2];
        By adminRow = By.xpath("//tr[td[contains(., '" + adminEmail + "')]]");
        for (int i = 0; i < 2; i++) {
            browser.manage().deleteAllCookies();
            useSession(adminToken);
            open("/workspace/members");
            type(By.id("invite:email"), invitees[i]);
            clickAjax(By.id("invite:send"));
            links[i] = Mailbox.tokenIn(Mailbox.awaitMail(invitees[i], 1));

            browser.manage().deleteAllCookies();
            useSession(ownerToken);
            open("/workspace/members");
            assertTrue(text(By.id("pending:table")).contains(invitees[i]));
            if (i == 0) {
                clickAjax(By.xpath("//tr[td[contains(., '" + adminEmail + "')]]//*[contains(@id, ':makeMember')]"));
                assertTrue(text(adminRow).contains("Member"), text(adminRow));
                clickAjax(By.xpath("//tr[td[contains(., '" + adminEmail + "')]]//*[contains(@id, ':makeAdmin')]"));
            } else {
                confirm(By.xpath("//tr[td[contains(., '" + adminEmail + "')]]//*[contains(@id, ':remove')]"),
                        "members:confirmYes");
                assertTrue(!text(By.id("members:table")).contains(adminEmail));
            }
            open("/workspace/members");
            assertTrue(!text(By.id("pending:table")).contains(invitees[i]),
                    (i == 0 ? "demoting" : "removing") + " the admin voided the invitation they made");
        }

        for (int i = 0; i < 2; i++) {
            ItClock.advance(Duration.ofSeconds(61));
            String invitee = ItUsers.signedIn(base, invitees[i]);
            browser.manage().deleteAllCookies();
            useSession(invitee);
            open("/workspace/accept?token=" + links[i]);
            assertTrue(text(By.id("problem")).contains("no longer valid"), invitees[i] + ": " + text(By.id("problem")));
        }
    }

    @Test
    void anInvitationForSomeoneElseCannotBeTaken() throws Exception {
        useSession(ownerToken);
        open("/workspace/members");
        find(By.id("invite:email")).sendKeys(guestEmail);
        clickAjax(By.id("invite:send"));
        String link = Mailbox.tokenIn(Mailbox.awaitMail(guestEmail, 1));

        ItClock.advance(Duration.ofSeconds(61));
        String intruder = ItUsers.signedIn(base, "intruder-" + UUID.randomUUID() + "@example.com");
        browser.manage().deleteAllCookies();
        useSession(intruder);
        open("/workspace/accept?token=" + link);

        assertTrue(find(By.id("problem")).getText().contains("sent to another email address"));
    }

    @Test
    void theLastOwnerCannotStepDown() {
        useSession(ownerToken);
        open("/workspace/members");
        clickAjax(By.cssSelector("[id$=':makeMember']"));

        assertTrue(find(By.cssSelector(".ui-growl-message")).getText().contains("at least one owner"));
        assertTrue(find(By.id("members:table")).getText().contains("Owner"));
    }

    @Test
    void anAcceptLinkWithoutASessionLeadsToSignInAndBack() {
        open("/workspace/accept?token=abc");
        assertTrue(browser.getCurrentUrl().contains("/login?next=%2Fworkspace%2Faccept%3Ftoken%3Dabc"),
                browser.getCurrentUrl());
    }
}
