package com.mitpo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.BrowserTest;
import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.Http;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItUsers;
import com.mitpo.it.ItWorkspaces;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** account/settings in Chromium: profile, password, sessions, export and account deletion. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSettingsPageIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @ArquillianResource
    URL base;

    private String email;
    private String token;

    @Override
    protected URL base() {
        return base;
    }

    @BeforeEach
    void signedIn() throws Exception {
        ItClock.advance(Duration.ofSeconds(61));
        email = "settings-" + UUID.randomUUID() + "@example.com";
        token = ItUsers.signedIn(base, email);
        useSession(token);
    }

    @Test
    void renameSeeSessionsAndSignOutAnotherOne() throws Exception {
        ItClock.advance(Duration.ofSeconds(11));
        Http.json(base, "POST", "/api/auth/sign-in/email",
                "{\"email\":\"" + email + "\",\"password\":\"" + ItUsers.PASSWORD + "\"}"); // a second device
        open("/account/settings");
        assertEquals(email, find(By.id("email")).getText());
        assertTrue(find(By.id("methods")).getText().contains("Email and password"));

        var name = find(By.id("profile:name"));
        name.clear();
        name.sendKeys("Grace Hopper");
        clickAjax(By.id("profile:save"));
        assertTrue(find(By.cssSelector(".ui-growl-message")).getText().contains("Profile saved."));

        assertEquals(2, browser.findElements(By.cssSelector("[id='sessions:table'] tbody tr")).size());
        assertEquals(1, browser.findElements(By.cssSelector(".this-device")).size());
        clickAjax(By.cssSelector("[id$=':revoke']"));
        waitUntil(d -> d.findElements(By.cssSelector("[id='sessions:table'] tbody tr")).size() == 1);
        assertTrue(find(By.cssSelector("[id='sessions:table'] tbody tr")).getText().contains("This device"));

        open("/account/settings");
        assertEquals("Grace Hopper", find(By.id("profile:name")).getAttribute("value"), "saved for real");
    }

    @Test
    void changeThePasswordThenExportMyData() throws Exception {
        open("/account/settings");
        find(By.id("password:current")).sendKeys("not my password");
        find(By.id("password:new")).sendKeys("a brand new passphrase");
        clickAjax(By.id("password:change"));
        assertEquals("That is not your current password.", find(By.cssSelector(".ui-message-error")).getText().strip());

        find(By.id("password:current")).sendKeys(ItUsers.PASSWORD);
        find(By.id("password:new")).sendKeys("a brand new passphrase");
        clickAjax(By.id("password:change"));
        assertTrue(find(By.cssSelector(".ui-growl-message")).getText().contains("Password changed."));

        java.nio.file.Path download = prepareAndDownloadTheExport();
        try (var zip = new ZipFile(download.toFile())) {
            String profile = new String(zip.getInputStream(zip.getEntry("profile.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(profile.contains(email), profile);
            assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith("/workspace.json")), "the personal workspace");
            assertTrue(zip.stream().noneMatch(e -> e.getName().contains("hash")));
            String methods = new String(zip.getInputStream(zip.getEntry("sign-in-methods.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(methods.contains("credential") && !methods.contains("argon2"), methods);
        }
    }

    @Test
    void deleteTheAccountWithEverythingOnlyItOwned() throws Exception {
        UUID userId = userIdOf(email);
        java.util.List<UUID> itsWorkspaces = new java.util.ArrayList<>();
        try (Connection db = Database.asSuperuser();
                PreparedStatement q = db.prepareStatement("select workspace_id from workspace_member m where user_id = ? "
                        + "and not exists (select 1 from workspace_member o where o.workspace_id = m.workspace_id "
                        + "and o.user_id <> m.user_id)")) {
            q.setObject(1, userId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    itsWorkspaces.add(rs.getObject(1, UUID.class));
                }
            }
        }
        assertFalse(itsWorkspaces.isEmpty(), "it had a workspace");
        open("/account/settings");
        find(By.id("delete:confirmation")).sendKeys("someone-else@example.com");
        clickAjax(By.id("delete:deleteAccount"));
        assertEquals("That is not the email address of this account.",
                find(By.cssSelector("[id='delete:confirmation'] ~ .ui-message-error, .ui-message-error")).getText().strip());

        var confirmation = find(By.id("delete:confirmation"));
        confirmation.clear();
        confirmation.sendKeys(email);
        find(By.id("delete:deleteAccount")).click();
        assertTrue(find(By.id("accountDeleted")).getText().contains("Your account has been deleted"));

        try (Connection db = Database.asSuperuser()) {
            for (String table : new String[] {"\"user\" where id", "session where user_id", "account where user_id",
                "verification where user_id", "workspace_member where user_id"}) {
                assertEquals(0, count(db, "select count(*) from " + table + " = ?", userId), table);
            }
            for (UUID workspace : itsWorkspaces) {
                assertEquals(0, count(db, "select count(*) from workspace where id = ?", workspace),
                        "the workspace only it owned");
            }
        }
        ItClock.advance(Duration.ofSeconds(11));
        assertEquals(401, Http.json(base, "POST", "/api/auth/sign-in/email",
                "{\"email\":\"" + email + "\",\"password\":\"" + ItUsers.PASSWORD + "\"}").statusCode());
    }

    /**
     * The last owner of workspaces others work in is asked what becomes of each: one is handed
     * over (its brand stays, the heir owns it), the other goes with its data.
     */
    @Test
    void theLastOwnerHandsOneWorkspaceOverAndDeletesTheOther() throws Exception {
        ItWorkspaces.Member me = ItWorkspaces.of(base, token);
        UUID brand = ItWorkspaces.brand(me, "Northwind Coffee");
        String heirEmail = "heir-" + UUID.randomUUID() + "@example.com";
        UUID heir = ItWorkspaces.of(base, ItUsers.signedIn(base, heirEmail)).user();
        UUID other = UUID.randomUUID();
        UUID bystander = ItWorkspaces.of(base, ItUsers.signedIn(base)).user();
        sql("insert into workspace (id, name) values (?, 'Side project')", other);
        sql("insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, ?, 'owner')",
                other, me.user());
        sql("insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, ?, 'member')",
                other, bystander);
        sql("insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, ?, 'admin')",
                me.workspace(), heir);

        ItClock.advance(Duration.ofSeconds(1));
        open("/account/settings");
        assertTrue(text(By.id("delete:shared")).contains("Side project"), text(By.id("delete:shared")));
        type(By.id("delete:confirmation"), email);
        clickAjax(By.id("delete:deleteAccount"));
        assertTrue(text(By.cssSelector(".ui-growl-message")).contains("Choose what happens to each workspace"));
        try (Connection db = Database.asSuperuser()) {
            assertEquals(1, count(db, "select count(*) from \"user\" where id = ?", me.user()), "nothing was deleted yet");
        }

        chooseInMenu(menuOfRow(false), "Hand over to Ada (" + heirEmail + ")");
        chooseInMenu(menuOfRow(true), "Delete the workspace and all its data");
        screenshot("settings-last-owner");
        find(By.id("delete:deleteAccount")).click();
        assertTrue(text(By.id("accountDeleted")).contains("Your account has been deleted"));

        try (Connection db = Database.asSuperuser()) {
            assertEquals(1, count(db, "select count(*) from workspace_member where workspace_id = '" + me.workspace()
                    + "' and role = 'owner' and user_id = ?", heir), "the heir owns the workspace");
            assertEquals(1, count(db, "select count(*) from brand where id = ?", brand), "its brand stays");
            assertEquals(0, count(db, "select count(*) from workspace where id = ?", other), "the other went");
            assertEquals(1, count(db, "select count(*) from \"user\" where id = ?", bystander), "its member did not");
        }
        String receipt = com.mitpo.it.Mailbox.awaitMailAbout(email, "Your MITPO account was deleted");
        assertTrue(receipt.contains("the workspace \"Side project\" with everything in it"), receipt);
        assertTrue(receipt.contains("Handed over, with their data:") && receipt.contains("to Ada (" + heirEmail + ")"),
                receipt);
        assertTrue(receipt.contains("credit ledger entr"), receipt);
    }

    /** A member who leaves takes nothing of the owner's: the workspace, its brand and their work stay. */
    @Test
    void aMembersDeletionLeavesTheWorkspaceAndItsWorkToItsOwner() throws Exception {
        ItWorkspaces.Member owner = ItWorkspaces.of(base, token);
        UUID brand = ItWorkspaces.brand(owner, "Northwind Coffee");
        String memberEmail = "member-" + UUID.randomUUID() + "@example.com";
        String memberToken = ItUsers.signedIn(base, memberEmail);
        UUID member = ItWorkspaces.of(base, memberToken).user();
        sql("insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, ?, 'member')",
                owner.workspace(), member);
        UUID generation = UUID.randomUUID();
        sql("insert into generation (id, workspace_id, brand_id, created_by, kind, prompt, status, variants) values "
                + "(?, ?, '" + brand + "', '" + member + "', 'copy', 'Winter launch', 'succeeded', 1)", generation,
                owner.workspace());
        sql("insert into credit_ledger (id, workspace_id, entry, amount, balance_after, paid_for, created_by) "
                + "select gen_random_uuid(), ?, 'debit', -1, 99, '" + generation + "', '" + member + "'", owner.workspace());

        browser.manage().deleteAllCookies();
        useSession(memberToken);
        open("/account/settings");
        assertTrue(browser.findElements(By.id("delete:shared")).isEmpty(), "a member has nothing to decide");
        type(By.id("delete:confirmation"), memberEmail);
        find(By.id("delete:deleteAccount")).click();
        assertTrue(text(By.id("accountDeleted")).contains("Your account has been deleted"));

        try (Connection db = Database.asSuperuser()) {
            assertEquals(1, count(db, "select count(*) from workspace where id = ?", owner.workspace()));
            assertEquals(1, count(db, "select count(*) from brand where id = ?", brand));
            assertEquals(1, count(db, "select count(*) from generation where id = ?", generation), "the member's work stays");
            assertEquals(0, count(db, "select count(*) from workspace_member where user_id = ?", member));
            assertEquals(0, count(db, "select count(*) from credit_ledger where created_by = ?", member),
                    "the ledger forgets who spent");
            assertEquals(1, count(db, "select count(*) from credit_ledger where created_by is null and paid_for = ?",
                    generation), "but keeps the entry");
        }
    }

    @Test
    void deletingNeedsASessionYoungerThanADay() {
        ItClock.advance(Duration.ofHours(25));
        open("/account/settings");
        find(By.id("delete:confirmation")).sendKeys(email);
        clickAjax(By.id("delete:deleteAccount"));

        assertTrue(find(By.cssSelector(".ui-growl-message")).getText().contains("sign in again"));
    }

    /**
     * "Prepare my data export", its progress to ready, then "Download the zip": a redirect to a
     * link signed for this user, which opens for no one else and for nobody signed out.
     */
    private java.nio.file.Path prepareAndDownloadTheExport() throws Exception {
        clickAjax(By.id("export:prepare"));
        assertTrue(text(By.cssSelector(".ui-growl-message")).contains("Your export is being prepared."));
        waitUntil(d -> !d.findElements(By.id("export:ready")).isEmpty());
        assertTrue(text(By.id("export:ready")).matches("Your export is ready: \\d+ files, .+ It is kept until .+"),
                text(By.id("export:ready")));

        var redirect = submitOutsideTheBrowser("export", "export:download");
        assertEquals(302, redirect.statusCode());
        String link = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(link.matches(".*/exports/[0-9a-f-]{36}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}"), link);
        String path = java.net.URI.create(link).getRawPath() + "?" + java.net.URI.create(link).getRawQuery();

        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(withBrowserCookies(path).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"mitpo-export-"));

        var signedOut = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, signedOut.statusCode(), "the link alone opens nothing");
        var someoneElse = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link))
                .header("Cookie", ItUsers.COOKIE + "=" + ItUsers.signedIn(base)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, someoneElse.statusCode(), "a link signed for one user does not open for another");
        var tampered = http.send(withBrowserCookies(path.replace("&sig=", "&sig=A").replaceFirst("(&sig=A.{42}).*", "$1"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, tampered.statusCode(), tampered.body());

        java.nio.file.Path file = downloads.resolve("mitpo-export.zip");
        java.nio.file.Files.write(file, response.body());
        return file;
    }

    private static UUID userIdOf(String email) throws Exception {
        try (Connection db = Database.asSuperuser();
                PreparedStatement s = db.prepareStatement("select id from \"user\" where email = ?")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private static long count(Connection db, String sql, UUID parameter) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The hand-over menu of the "Side project" row, or of the other (the personal workspace's). */
    private String menuOfRow(boolean sideProject) {
        return browser.findElements(By.cssSelector("[id='delete:shared'] .form-row")).stream()
                .filter(row -> row.getText().startsWith("Side project") == sideProject).findFirst().orElseThrow()
                .findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("id");
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (Connection db = Database.asSuperuser(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
