package com.mitpo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.BrowserTest;
import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.Http;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItUsers;
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
        return Deployments.mitpoWar().addClass(ItClock.class);
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

        java.nio.file.Path download = submitExportFormOutsideTheBrowser();
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
            assertEquals(0, count(db, "select count(*) from workspace w where not exists "
                    + "(select 1 from workspace_member m where m.workspace_id = w.id)", null), "orphaned workspaces");
        }
        ItClock.advance(Duration.ofSeconds(11));
        assertEquals(401, Http.json(base, "POST", "/api/auth/sign-in/email",
                "{\"email\":\"" + email + "\",\"password\":\"" + ItUsers.PASSWORD + "\"}").statusCode());
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
     * Clicks "Download my data" the way the browser would, with its cookies and view state, but
     * through an HTTP client: headless Chromium will not save a download from a plain-http page.
     */
    private java.nio.file.Path submitExportFormOutsideTheBrowser() throws Exception {
        String viewState = browser.findElement(By.cssSelector("form[id='export'] input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        String cookies = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue() + "; "
                + ItUsers.COOKIE + "=" + token;
        String form = "export=export&export%3Adownload=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, StandardCharsets.UTF_8);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(base.getProtocol() + "://" + base.getAuthority() + "/account/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("mitpo-export.zip"));
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
}
