package com.mitpo.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Bucket;
import com.mitpo.it.BrowserTest;
import com.mitpo.it.Deployments;
import com.mitpo.it.Http;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItUsers;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** brand/list and brand/edit in Chromium: create a brand, its identity, voice rules with the checker, personas. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandSetupPageIT extends BrowserTest {

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

    @BeforeEach
    void signedIn() throws Exception {
        ItClock.advance(Duration.ofSeconds(61));
        useSession(ItUsers.signedIn(base));
    }

    @Test
    void createABrandTeachItsVoiceTryTheCheckerAddAPersonaAndDeleteIt() throws Exception {
        open("/brand/list");
        assertTrue(find(By.id("noBrands")).getText().contains("No brands yet"));
        assertWellMade("the empty brand list");
        type(By.id("create:name"), "Northwind Coffee");
        find(By.id("create:add")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/brand/edit/[0-9a-f-]{36}"));
        assertEquals("Northwind Coffee", find(By.id("brandName")).getText());
        assertWellMade("the brand's identity tab");
        String editUrl = browser.getCurrentUrl();

        type(By.id("tabs:identity:website"), "not a url");
        clickAjax(By.id("tabs:identity:save"));
        assertTrue(find(By.cssSelector("[id='tabs:identity:website'] ~ .ui-message-error, .ui-message-error")).getText()
                .contains("http://"), "a clear message on the field");
        type(By.id("tabs:identity:website"), "https://northwind.example");
        type(By.id("tabs:identity:tagline"), "Coffee for early risers");
        clickAjax(By.id("tabs:identity:save"));
        assertTrue(find(By.cssSelector(".ui-growl-message")).getText().contains("Brand saved."));

        openTab("Voice rules");
        type(By.id("tabs:voice:bannedWords"), "cheap");
        type(By.id("tabs:voice:requiredPhrases"), "Try it free");
        clickAjax(By.id("tabs:voice:save"));
        type(By.id("tabs:voice:sample"), "Our cheap coffee wakes you up.");
        clickAjax(By.id("tabs:voice:check"));
        String results = find(By.id("tabs:voice:violations")).getText();
        assertTrue(results.contains("cheap") && results.contains("banned"), results);
        assertTrue(results.contains("Add “Try it free”."), results);
        assertWellMade("the voice rules with the checker's findings");

        openTab("Audience personas");
        type(By.id("tabs:persona:personaName"), "Busy Barista");
        type(By.id("tabs:persona:pains"), "No time between orders");
        clickAjax(By.id("tabs:persona:save"));
        assertTrue(find(By.id("tabs:personaList:table")).getText().contains("Busy Barista"));
        assertWellMade("the personas tab");

        open("/brand/list");
        String cards = find(By.id("brands")).getText();
        assertTrue(cards.contains("Coffee for early risers"), cards);
        browser.get(editUrl);
        openTab("Voice rules");
        assertEquals("cheap", find(By.id("tabs:voice:bannedWords")).getAttribute("value"), "voice rules were saved");

        openTab("Identity");
        confirm(By.id("tabs:identity:delete"), "tabs:identity:confirmYes");
        assertTrue(find(By.id("deleted")).getText().contains("deleted"));
        assertTrue(find(By.id("noBrands")).isDisplayed());
    }

    @Test
    void aLogoIsCheckedStoredInThePrivateBucketAndGoesWithTheBrand() throws Exception {
        String brandId = addBrand("Logo Brand");

        java.nio.file.Path notAnImage = downloads.resolve("logo.png");
        java.nio.file.Files.writeString(notAnImage, "<svg onload=alert(1)></svg>");
        browser.findElement(By.cssSelector("input[type=file][id^='tabs:logo:file']")).sendKeys(notAnImage.toString());
        find(By.id("tabs:logo:upload")).click();
        assertTrue(find(By.cssSelector(".ui-growl-message")).getText().contains("not a PNG, JPEG or GIF"));

        java.nio.file.Path png = downloads.resolve("real-logo.png");
        var image = new java.awt.image.BufferedImage(800, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        browser.findElement(By.cssSelector("input[type=file][id^='tabs:logo:file']")).sendKeys(png.toString());
        find(By.id("tabs:logo:upload")).click();
        assertTrue(find(By.id("tabs:logo:logoImage")).getAttribute("src").startsWith("data:image/png;base64,"),
                "the page shows the logo, not a bucket address");
        assertTrue(browser.getCurrentUrl().endsWith("/brand/edit/" + brandId), "the brand stays in the address: "
                + browser.getCurrentUrl());
        browser.navigate().refresh();
        assertTrue(find(By.id("tabs:logo:logoImage")).getAttribute("src").startsWith("data:image/png;base64,"),
                "a refresh shows the brand and its logo again");
        List<String> stored = Bucket.keys("workspaces/");
        assertTrue(stored.stream().anyMatch(k -> k.endsWith("/brands/" + brandId + "/logo.png")), stored.toString());

        confirm(By.id("tabs:identity:delete"), "tabs:identity:confirmYes");
        find(By.id("deleted"));
        waitUntil(d -> Bucket.keys("workspaces/").stream().noneMatch(k -> k.contains("/brands/" + brandId + "/")));
    }

    @Test
    void anotherWorkspaceCannotOpenTheBrand() throws Exception {
        addBrand("Private Label");
        String path = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        ItClock.advance(Duration.ofSeconds(61));
        var other = Http.get(base, path, ItUsers.cookieHeader(ItUsers.signedIn(base)));

        assertEquals(404, other.statusCode());
        assertTrue(!other.body().contains("Private Label"));
    }
}
