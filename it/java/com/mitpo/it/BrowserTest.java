package com.mitpo.it;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /**
     * When a test fails, what the browser showed at that moment: a screenshot and the page's
     * HTML under {@code target/browser-failures/}, taken before the browser is closed.
     */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback keepEvidence = context -> {
        if (context.getExecutionException().isEmpty() || browser == null) {
            return;
        }
        Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Files.write(folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            Files.write(folder.resolve(name + ".network.txt"), NetworkEvidence.of(browser));
        } catch (RuntimeException browserGone) {
            // the evidence is a help, never a second failure
        }
    };

    /** A screenshot of the page as it is now, under {@code target/screenshots/}, for looking at a screen. */
    protected void screenshot(String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(getClass().getSimpleName() + "-" + name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

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
        // Every request's and response's headers (cookies included), read only when a test fails.
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
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

    /** The first element found, once it is displayed; an element of a page being replaced is looked up again. */
    protected WebElement find(By by) {
        return waitUntil(d -> {
            try {
                var found = d.findElements(by);
                return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    /**
     * Asserts the page's main heading, waiting for it: after a click that loads another page,
     * the old page's heading is still there for a moment, and reading it then is a race.
     */
    protected void assertHeading(String expected) {
        try {
            waitUntil(d -> expected.equals(text(By.tagName("h1"))));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            org.junit.jupiter.api.Assertions.assertEquals(expected, text(By.tagName("h1")),
                    "the page's heading at " + browser.getCurrentUrl());
        }
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

    /** Replaces what a text field holds with {@code text}, as typing would. */
    protected void type(By field, String text) {
        var input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks a control that fires PrimeFaces ajax (a command button, a link) and waits for its update. */
    protected void clickAjax(By control) {
        guardAjax(() -> find(control).click());
    }

    /**
     * Chooses an item of a PrimeFaces {@code selectOneMenu} by its label (or the start of it), as
     * a user would, and waits until the choice is applied: the panel closed, the menu's label and
     * its hidden select showing the item, and the ajax the change fires (if any) finished.
     * <p>
     * PrimeFaces opens and closes the panel with a CSS transition. An item clicked before the
     * panel has finished opening is ignored (the widget learns the current value only at the end
     * of the transition), and a control clicked while it is closing lands on the fading panel;
     * so the helper waits for the transition's end both ways.
     */
    protected void chooseInMenu(String menuId, String label) {
        String panel = "jQuery(PrimeFaces.escapeClientId('" + menuId + "_panel'))";
        String state = "var p = " + panel + ";"
                + "return [p.is(':visible'), jQuery(PrimeFaces.escapeClientId('" + menuId + "_label')).text().trim(),"
                + " jQuery(PrimeFaces.escapeClientId('" + menuId + "_input')).find('option:selected').text().trim()];";
        awaitAjaxIdle();
        if (label.equals(((java.util.List<?>) js(state)).get(1))) {
            return;
        }
        find(By.id(menuId)).click();
        waitUntil(d -> Boolean.TRUE.equals(js("return " + panel + ".hasClass('ui-connected-overlay-enter-done');")));
        By items = By.cssSelector("[id='" + menuId + "_items'] li.ui-selectonemenu-item");
        WebElement item = waitUntil(d -> d.findElements(items).stream()
                .filter(li -> label.equals(li.getAttribute("data-label"))).findFirst()
                .or(() -> d.findElements(items).stream()
                        .filter(li -> String.valueOf(li.getAttribute("data-label")).startsWith(label)).findFirst())
                .orElse(null));
        String chosen = item.getAttribute("data-label");
        item.click();
        new WebDriverWait(browser, TIMEOUT)
                .withMessage(() -> menuId + " after choosing '" + chosen + "' [panel shown, label, selected]: " + js(state))
                .until(d -> java.util.List.of(false, chosen, chosen).equals(js(state)));
        awaitAjaxIdle();
    }

    /**
     * Chooses the option of a PrimeFaces {@code selectOneButton} by its label and waits until it
     * shows as chosen and its ajax finished. An option already chosen is left alone: pressing it
     * again would be a different user action.
     */
    protected void chooseButton(String groupId, String label) {
        By option = buttonOption(groupId, label);
        awaitAjaxIdle();
        if (!find(option).getAttribute("class").contains("ui-state-active")) {
            guardAjax(() -> find(option).click());
        }
        waitUntil(d -> find(option).getAttribute("class").contains("ui-state-active"));
        awaitAjaxIdle();
    }

    /** The option labelled {@code label} of the PrimeFaces {@code selectOneButton} {@code groupId}. */
    protected static By buttonOption(String groupId, String label) {
        return By.xpath("//*[@id='" + groupId + "']//*[contains(@class,'ui-button')][normalize-space(.)='" + label + "']");
    }

    /**
     * Adds a brand from the brand list, as the first step of most journeys does, and returns its
     * id once its edit page is open.
     */
    protected String addBrand(String name) {
        open("/brand/list");
        type(By.id("create:name"), name);
        find(By.id("create:add")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/brand/edit/[0-9a-f-]{36}"));
        return browser.getCurrentUrl().replaceAll(".*/brand/edit/([0-9a-f-]{36})", "$1");
    }

    /**
     * Presses a button guarded by {@code p:confirm}, waits until the confirmation dialog is open,
     * answers with the dialog button {@code answerId}, and waits until the dialog has closed and
     * the request it fired (ajax or navigation) is done.
     */
    protected void confirm(By trigger, String answerId) {
        awaitAjaxIdle();
        find(trigger).click();
        waitUntil(d -> Boolean.TRUE.equals(js("return jQuery('.ui-confirm-dialog').is(':visible');")));
        awaitStill();
        find(By.id(answerId)).click();
        waitUntil(d -> "complete".equals(js("return document.readyState"))
                && Boolean.TRUE.equals(js("return !window.jQuery || !jQuery('.ui-confirm-dialog').is(':visible');")));
        awaitAjaxIdle();
    }

    /** Opens the tab with this title in a PrimeFaces {@code tabView} and waits until its panel shows. */
    protected void openTab(String title) {
        awaitAjaxIdle();
        WebElement tab = find(By.linkText(title));
        tab.click();
        String panel = tab.getAttribute("href").replaceFirst("^[^#]*#", "");
        waitUntil(d -> {
            var shown = d.findElements(By.id(panel));
            return !shown.isEmpty() && shown.get(0).isDisplayed();
        });
        awaitStill();
        awaitAjaxIdle();
    }

    /**
     * Gives files to a PrimeFaces {@code fileUpload} in advanced mode with {@code auto="true"} and
     * waits until every upload and the updates they fire are finished.
     */
    protected void uploadFiles(By fileInput, Path... files) {
        awaitAjaxIdle();
        String paths = String.join("\n", java.util.Arrays.stream(files).map(Path::toString).toList());
        guardAjax(() -> browser.findElement(fileInput).sendKeys(paths));
        awaitAjaxIdle();
    }

    /** Waits until no PrimeFaces overlay, dialog or tab is in the middle of a transition or an effect. */
    protected void awaitStill() {
        waitUntil(d -> Boolean.TRUE.equals(js("return !window.jQuery || (PrimeFaces.animationActive !== true"
                + " && jQuery(':animated').length === 0);")));
    }

    /** Waits until no PrimeFaces or jQuery request is queued or in flight. */
    protected void awaitAjaxIdle() {
        waitUntil(d -> Boolean.TRUE.equals(js("return !window.jQuery || (jQuery.active === 0"
                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()));")));
    }

    /**
     * Clicks a non-ajax button the way the browser would, with its cookies and the form's view
     * state, but through an HTTP client that follows no redirect: headless Chromium will not save a
     * download from a plain-http page, and a test wants to see where a redirect points.
     */
    protected java.net.http.HttpResponse<byte[]> submitOutsideTheBrowser(String formId, String buttonId)
            throws Exception {
        String viewState = browser.findElement(By.cssSelector("form[id='" + formId + "'] input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        String form = enc(formId) + "=" + enc(formId) + "&" + enc(buttonId) + "=&jakarta.faces.ViewState=" + enc(viewState);
        String page = URI.create(browser.getCurrentUrl()).getPath();
        return java.net.http.HttpClient.newHttpClient().send(withBrowserCookies(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request to a path of the site carrying the browser's cookies (its session). */
    protected java.net.http.HttpRequest.Builder withBrowserCookies(String path) {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return java.net.http.HttpRequest.newBuilder(URI.create(base().getProtocol() + "://" + base().getAuthority())
                .resolve(path)).header("Cookie", cookies);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The page as a phone shows it (390 px wide): the page does not scroll sideways (a wide
     * table may, inside its panel), and the side navigation folds behind its menu button. Back
     * to the desktop size afterwards.
     */
    /** The WCAG rules axe-core checks every page against: A and AA of 2.0, 2.1 and 2.2. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * The page as it is now passes axe-core's WCAG 2.2 AA checks, on a desktop and on a phone,
     * and fits a phone: what every screen's browser test asserts on its main path.
     */
    protected void assertWellMade(String where) {
        assertAccessible(where);
        assertFitsAPhone(where);
        var desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            waitUntil(d -> ((Number) js("return window.innerWidth;")).intValue() <= 390);
            assertAccessible(where + " on a phone");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    protected void assertAccessible(String where) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(WCAG_22_AA).analyze(browser);
        var violations = results.getViolations().stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp()
                + " at " + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()).toList();
        if (!violations.isEmpty()) {
            throw new AssertionError(where + " fails WCAG 2.2 AA (axe-core): " + String.join("; ", violations));
        }
    }

    protected void assertFitsAPhone(String where) {
        var desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            waitUntil(d -> ((Number) js("return window.innerWidth;")).intValue() <= 390);
            // The page must not scroll sideways; a wide table scrolling inside its own panel is fine.
            Object scrolls = js("var d = document.documentElement; return d.scrollWidth > d.clientWidth;");
            if (Boolean.TRUE.equals(scrolls)) {
                Object wider = js("var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 1; })"
                        + ".slice(0, 5).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className; });");
                throw new AssertionError(where + " scrolls sideways on a phone; wider than the screen: " + wider);
            }
            if (!browser.findElements(By.cssSelector(".nav-toggle")).isEmpty()) {
                if (!find(By.cssSelector(".nav-toggle")).isDisplayed() || browser.findElement(By.id("sideNavAreas")).isDisplayed()) {
                    throw new AssertionError(where + ": the side navigation does not fold behind its menu button");
                }
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, TIMEOUT).until(condition);
    }

    protected Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
