package com.mitpo.creative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.BrowserTest;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItUsers;
import com.mitpo.it.ItWorkspaces;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Studio and the Gallery in Chromium: generate images with a visible progress bar, preview
 * them, download one, survive an expired link without a reload, delete to the trash and restore.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudioPageIT extends BrowserTest {

    private static final Duration GENERATION = Duration.ofSeconds(90);

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
    void signedInWithABrand() throws Exception {
        ItClock.advance(Duration.ofSeconds(61));
        String token = ItUsers.signedIn(base);
        ItWorkspaces.brand(ItWorkspaces.of(base, token), "Northwind Coffee");
        useSession(token);
    }

    @Test
    void generateAnImageWatchItPreviewDownloadDeleteAndRestore() throws Exception {
        open("/creative/studio");
        assertTrue(text(By.id("topBarBalance")).contains("100 credits"));
        assertTrue(text(By.id("studioForm:model")).contains("MITPO local canvas"), "the plan's default is preselected");
        chooseInMenu("studioForm:size", "Story / Reel");
        find(By.id("studioForm:prompt")).sendKeys("Launch of our winter blend");
        chooseButton("studioForm:variants", "2");
        assertTrue(text(By.id("studioForm:cost")).contains("This uses 4 credit(s)"), text(By.id("studioForm:cost")));

        js("""
                window.__progressSeen = false;
                new MutationObserver(function () {
                    if (document.querySelector('#recentForm .generation-progress')) { window.__progressSeen = true; }
                }).observe(document.body, {childList: true, subtree: true});""");
        clickAjax(By.id("studioForm:generate"));
        waitLong(d -> text(By.id("recentForm")).contains("Done"));
        assertEquals(Boolean.TRUE, js("return window.__progressSeen"), "a progress bar was shown while it ran");
        assertTrue(text(By.id("topBarBalance")).contains("96 credits"));

        waitLong(d -> Long.valueOf(2).equals(js("return Array.from(document.querySelectorAll('#recentForm img.asset-image'))"
                + ".filter(function (i) { return i.complete && i.naturalWidth === 1080 && i.naturalHeight === 1920; }).length")));

        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        find(By.cssSelector("#recentForm a.asset-download")).click();
        Path png = new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> downloadState()).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".png")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);

        // The page's links expire after 60 s; a preview asks for a fresh one without a reload.
        ItClock.advance(Duration.ofSeconds(61));
        js("window.__samePage = true; var img = document.querySelector('#recentForm img.asset-image');"
                + "img.src = img.src + '&again=1';");
        waitLong(d -> "1".equals(js("return document.querySelector('#recentForm img.asset-image').dataset.refreshed")));
        waitLong(d -> Boolean.TRUE.equals(js("var img = document.querySelector('#recentForm img.asset-image');"
                + "return img.complete && img.naturalWidth === 1080;")));
        assertEquals(Boolean.TRUE, js("return window.__samePage === true"), "no reload");

        open("/creative/gallery");
        waitLong(d -> browser.findElements(By.cssSelector("#galleryForm .generation-card")).size() == 1);
        clickAjax(By.cssSelector("#galleryForm button[id$=':favourite']"));
        assertTrue(find(By.cssSelector("#galleryForm button[id$=':favourite']")).getAttribute("class").contains("on"));
        clickAjax(By.cssSelector("#galleryForm button[id$=':delete']"));
        assertTrue(text(By.id("messages")).contains("Moved to the trash"));
        assertEquals(0, browser.findElements(By.cssSelector("#galleryForm .generation-card")).size());

        clickAjax(By.id("galleryForm:showTrash"));
        assertTrue(text(By.id("galleryForm")).contains("Purged on"));
        clickAjax(By.cssSelector("#galleryForm button[id$=':restore']"));
        assertTrue(text(By.id("messages")).contains("Restored"));
        clickAjax(By.id("galleryForm:showActive"));
        assertEquals(1, browser.findElements(By.cssSelector("#galleryForm .generation-card")).size());
        assertEquals(2, browser.findElements(By.cssSelector("#galleryForm img.asset-image")).size());
    }

    @Test
    void filtersNarrowTheGalleryAndBadInputIsExplained() throws Exception {
        open("/creative/studio");
        chooseButton("studioForm:kind", "Copy");
        assertTrue(browser.findElements(By.id("studioForm:size")).isEmpty(), "copy has no channel size");
        clickAjax(By.id("studioForm:generate"));
        assertTrue(text(By.id("studioForm")).contains("Describe what you want to make"));
        find(By.id("studioForm:prompt")).sendKeys("Winter blend for busy parents");
        clickAjax(By.id("studioForm:generate"));
        waitLong(d -> text(By.id("recentForm")).contains("Done"));
        assertTrue(text(By.id("recentForm")).contains("Matches the voice rules")
                || text(By.id("recentForm")).contains("voice rule issue"));

        open("/creative/gallery");
        waitLong(d -> browser.findElements(By.cssSelector("#galleryForm .generation-card")).size() == 1);
        chooseInMenu("galleryFilters:kind", "Image");
        clickAjax(By.id("galleryFilters:apply"));
        assertEquals(0, browser.findElements(By.cssSelector("#galleryForm .generation-card")).size());
        chooseInMenu("galleryFilters:kind", "Copy");
        clickAjax(By.id("galleryFilters:apply"));
        assertEquals(1, browser.findElements(By.cssSelector("#galleryForm .generation-card")).size());
    }

    @Test
    void everySelectorClickedTwiceKeepsAValidChoiceAndTheStudioWorks() {
        open("/creative/studio");
        String[][] kinds = {{"Copy", "1"}, {"Image", "2"}, {"Video", "5"}, {"Voice-over", "1"}};
        for (String[] kind : kinds) {
            for (int twice = 0; twice < 2; twice++) {
                pressOption("studioForm:kind", kind[0]);
                assertTrue(isChosen("studioForm:kind", kind[0]), kind[0] + " stays chosen after a second click");
                assertTrue(text(By.id("studioForm:cost")).contains("This uses " + kind[1] + " credit(s)"),
                        kind[0] + ": " + text(By.id("studioForm:cost")));
            }
        }
        pressOption("studioForm:kind", "Image");
        for (String size : new String[] {"Square", "Portrait", "Story / Reel", "Link / ad banner"}) {
            chooseInMenu("studioForm:size", size);
            chooseInMenu("studioForm:size", size);
        }
        for (int variants = 1; variants <= 4; variants++) {
            for (int twice = 0; twice < 2; twice++) {
                pressOption("studioForm:variants", String.valueOf(variants));
                assertTrue(isChosen("studioForm:variants", String.valueOf(variants)));
                assertTrue(text(By.id("studioForm:cost")).contains("This uses " + 2 * variants + " credit(s)"),
                        text(By.id("studioForm:cost")));
            }
        }
        chooseInMenu("studioForm:model", "local");
        chooseInMenu("studioForm:model", "local");
        pressOption("studioForm:variants", "1");
        type(By.id("studioForm:prompt"), "Clicked twice, still fine");
        clickAjax(By.id("studioForm:generate"));
        assertTrue(text(By.id("messages")).contains("Started"), "the next request works: " + text(By.id("messages")));
        waitLong(d -> text(By.id("recentForm")).contains("Done"));
    }

    @Test
    void aRefundReachesTheTopBarWithoutAReload() {
        open("/creative/studio");
        chooseButton("studioForm:kind", "Copy");
        chooseInMenu("studioForm:model", "openai · OpenAI GPT-4o mini");
        // The stand-in vendor answers slowly, and with something that is not copy: the generation fails.
        type(By.id("studioForm:prompt"), "Winter blend, " + com.mitpo.it.ModelVendorStandIn.SLOW);
        js("window.__samePage = true;");
        clickAjax(By.id("studioForm:generate"));
        String debited = text(By.id("topBarBalance"));
        assertTrue(!debited.contains("100 credits"), "the debit shows at once: " + debited);

        waitLong(d -> text(By.id("recentForm")).contains("Failed — credits refunded"));
        waitUntil(d -> text(By.id("topBarBalance")).contains("100 credits"));
        assertEquals(Boolean.TRUE, js("return window.__samePage === true"), "no reload");
    }

    /** Presses an option of a select button as a user would, even the one already chosen. */
    private void pressOption(String groupId, String label) {
        awaitAjaxIdle();
        find(buttonOption(groupId, label)).click();
        awaitAjaxIdle();
    }

    private boolean isChosen(String groupId, String label) {
        return find(buttonOption(groupId, label)).getAttribute("class").contains("ui-state-active");
    }

    private String downloadState() {
        try (var files = Files.list(downloads)) {
            return "downloads: " + files.toList() + ", link: " + js("var a = document.querySelector('#recentForm a.asset-download');"
                    + "return a.href + ' class=' + a.className + ' error=' + a.dataset.error;");
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private <T> T waitLong(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, GENERATION).until(condition);
    }
}
