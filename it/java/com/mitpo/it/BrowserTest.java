package com.mitpo.it;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests (*PageIT): Debian's headless Chromium through Selenium, with waits
 * that understand PrimeFaces ajax. Subclasses deploy with Arquillian and set {@link #base}.
 */
public abstract class BrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    protected WebDriver browser;
    /** A scratch folder for files a test fetches. */
    protected Path downloads;
    private Path profile;

    protected abstract URL base();

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("mitpo-chromium");
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        downloads = Files.createTempDirectory("mitpo-downloads");
        // Downloads land in the scratch folder, without asking.
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(TIMEOUT);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (Path folder : new Path[] {profile, downloads}) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Puts a session token (from the API) into the browser, as if it had signed in. */
    protected void useSession(String token) {
        open("/");
        browser.manage().addCookie(new org.openqa.selenium.Cookie("mitpo.session_token", token, "/"));
    }


    protected void open(String path) {
        browser.get(URI.create(base().toString()).resolve(path).toString());
        waitUntil(d -> "complete".equals(js("return document.readyState")));
    }

    protected WebElement find(By by) {
        return waitUntil(d -> {
            var found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** The text of the first element found, waiting for it and riding out an ajax re-render. */
    protected String text(By by) {
        return waitUntil(d -> {
            try {
                var found = d.findElements(by);
                return found.isEmpty() ? null : found.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                return null;
            }
        });
    }

    /** Runs an action that fires PrimeFaces ajax and waits until the request and its update finished. */
    protected void guardAjax(Runnable action) {
        js("window.__mitpoAjaxDone = false; jQuery(document).one('pfAjaxComplete', function () { window.__mitpoAjaxDone = true; });");
        action.run();
        waitUntil(d -> Boolean.TRUE.equals(js("return window.__mitpoAjaxDone === true && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, TIMEOUT).until(condition);
    }

    protected Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
