package com.mitpo.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Bucket;
import com.mitpo.it.BrowserTest;
import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItUsers;
import com.mitpo.it.ItWorkspaces;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The marketer's whole way through the product, in Chromium, crossing every feature built so
 * far: a brand with logo, colours, voice rules, a persona and an analysed document; each kind
 * of creative made from it in the Studio, using what the brand was taught; the gallery's trash
 * and restore; and the account's deletion, after which nothing of the workspace is left in the
 * database or the bucket. Each later feature adds its leg here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketerJourneyPageIT extends BrowserTest {

    private static final Duration SLOW_WORK = Duration.ofSeconds(120);
    private static final String FACT = "Every Northwind bean is roasted in Lisbon within a day of shipping.";

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
    void teachABrandMakeEveryKindFromItTidyTheGalleryAndLeaveNothingBehind() throws Exception {
        ItClock.advance(Duration.ofSeconds(61));
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        String token = ItUsers.signedIn(base, email);
        ItWorkspaces.Member me = ItWorkspaces.of(base, token);
        useSession(token);

        String brandId = brandWithLogoColoursVoiceAndPersona();
        analysedDocument(brandId);
        makeEveryKind();
        trashAndRestoreInTheGallery();
        exportEverything(me.workspace());
        seeWhatIsKeptAndReceiptsOfWhatLeft(brandId);
        deleteTheAccount(email);
        nothingLeftOf(me.workspace(), me.user());
    }

    /**
     * Script, markup and expression syntax typed into every field a marketer fills in is shown
     * as the text it is, on every page that shows it: nothing runs, nothing is evaluated.
     */
    @Test
    void untrustedTextIsShownAsTextOnEveryPage() throws Exception {
        ItClock.advance(Duration.ofSeconds(61));
        useSession(ItUsers.signedIn(base));
        String brand = "Acme <script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\"> {{1111*1111}} #{1111*1111}";

        String brandId = addBrand(brand);
        assertShownAsText("the brand page", "#{1111*1111}");

        teachVoiceAndPersona("<img src=x onerror=\"window.__xss='rule'\">", "#{1111*1111} ${1111*1111}",
                "<b onmouseover=\"window.__xss='persona'\">Bold</b> #{1111*1111}",
                "<script>window.__xss='pains'</script>{{1111*1111}}");
        browser.navigate().refresh();
        openTab("Audience personas");
        assertShownAsText("the personas", "<b onmouseover=");
        openTab("Voice rules");
        assertShownAsText("the voice rules", "");

        open("/brand/documents?id=" + brandId);
        Path page = Files.writeString(downloads.resolve("acme-page.html"), """
                <html><body><p>Acme sells #{1111*1111} widgets. <script>window.__xss='document'</script></p>
                <p>{{1111*1111}} is not a price.</p></body></html>""");
        uploadFiles(By.cssSelector("input[type=file][id^='uploadForm:files']"), page);
        waitLong(d -> text(By.id("documentsForm:documents")).contains("Ready"));
        assertShownAsText("the documents and their context", "acme-page.html");

        open("/brand/list");
        assertShownAsText("the brand list", brand.substring(0, 20));
        open("/creative/studio");
        chooseButton("studioForm:kind", "Copy");
        type(By.id("studioForm:prompt"), "<script>window.__xss='prompt'</script> #{1111*1111} {{1111*1111}}");
        clickAjax(By.id("studioForm:generate"));
        waitLong(d -> text(By.id("recentForm")).contains("Done"));
        assertShownAsText("the Studio", "<script>window.__xss='prompt'</script>");
        open("/creative/gallery");
        waitLong(d -> cards() == 1);
        assertShownAsText("the gallery", "#{1111*1111}");
    }

    /** Nothing planted ran, no expression was evaluated, and {@code literal} is on the page as typed. */
    private void assertShownAsText(String where, String literal) {
        awaitAjaxIdle();
        assertEquals(null, js("return window.__xss === undefined ? null : window.__xss;"), "script ran on " + where);
        String body = text(By.tagName("body"));
        assertTrue(body.contains(literal), where + " shows the text as typed: " + literal);
        assertTrue(!body.contains("1234321"), where + " evaluated an expression: " + body);
    }

    private String brandWithLogoColoursVoiceAndPersona() throws Exception {
        String brandId = addBrand("Northwind Coffee");

        Path logo = downloads.resolve("northwind-logo.png");
        var image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0xE0, 0x7A, 0x5F));
        g.fillRect(0, 0, 600, 300);
        g.dispose();
        ImageIO.write(image, "png", logo.toFile());
        browser.findElement(By.cssSelector("input[type=file][id^='tabs:logo:file']")).sendKeys(logo.toString());
        find(By.id("tabs:logo:upload")).click();
        assertTrue(find(By.id("tabs:logo:logoImage")).getAttribute("src").startsWith("data:image/png;base64,"));

        type(By.id("tabs:identity:tagline"), "Coffee for early risers");
        colour("tabs:identity:primaryColor", "#1F3A5F");
        colour("tabs:identity:secondaryColor", "#F4F1EA");
        colour("tabs:identity:accentColor", "#E07A5F");
        clickAjax(By.id("tabs:identity:save"));
        assertTrue(text(By.cssSelector(".ui-growl-message")).contains("Brand saved."));

        teachVoiceAndPersona("cheap", "Try it free", "Busy parents", "No time for a proper coffee in the morning");
        assertTrue(text(By.id("tabs:personaList:table")).contains("Busy parents"));

        browser.navigate().refresh();
        screenshot("brand");
        assertWellMade("the brand page");
        assertEquals("#1f3a5f", find(By.id("tabs:identity:primaryColor")).getAttribute("value").toLowerCase(),
                "the colours were saved");
        return brandId;
    }

    private void analysedDocument(String brandId) throws Exception {
        open("/brand/documents?id=" + brandId);
        Path brochure = Files.writeString(downloads.resolve("northwind-brochure.txt"), """
                Northwind Coffee

                %s Our winter blend mixes Brazilian and Ethiopian beans for a smooth, chocolatey cup.
                We sell whole beans and ground coffee to families who want good coffee without fuss.
                """.formatted(FACT));
        uploadFiles(By.cssSelector("input[type=file][id^='uploadForm:files']"), brochure);
        waitLong(d -> text(By.id("documentsForm:documents")).contains("Ready"));
        assertTrue(text(By.id("contextForm:context")).contains("northwind-brochure.txt"), "context cites the document");
        screenshot("documents");
        assertWellMade("the documents page");
    }

    private void makeEveryKind() throws Exception {
        open("/creative/studio");
        assertTrue(text(By.id("topBarBalance")).contains("100 credits"));
        chooseInMenu("studioForm:brand", "Northwind Coffee");
        String[][] kinds = {{"Copy", "Launch email for our winter blend roasted in Lisbon"},
            {"Image", "Winter blend launch"}, {"Video", "Winter blend launch"}, {"Voice-over", "Winter blend launch"}};
        for (int made = 0; made < kinds.length; made++) {
            chooseButton("studioForm:kind", kinds[made][0]);
            type(By.id("studioForm:prompt"), kinds[made][1]);
            clickAjax(By.id("studioForm:generate"));
            int done = made + 1;
            waitLong(d -> finished() >= done);
            assertEquals(0, browser.findElements(By.cssSelector("#recentForm .generation-card.status-failed")).size(),
                    "no generation failed: " + text(By.id("recentForm")));
        }

        String copy = text(By.cssSelector("#recentForm .copy-text"));
        assertTrue(copy.contains("Lisbon"), "the copy uses the document's fact: " + copy);
        assertTrue(copy.contains("Try it free"), "the copy keeps the required phrase: " + copy);
        assertTrue(!copy.toLowerCase().contains("cheap"), copy);
        assertTrue(text(By.id("recentForm")).contains("Matches the voice rules"));

        waitLong(d -> Boolean.TRUE.equals(js("var i = document.querySelector('#recentForm img.asset-image');"
                + "return i !== null && i.complete && i.naturalWidth > 0;")));
        @SuppressWarnings("unchecked")
        List<Long> corner = (List<Long>) js("var i = document.querySelector('#recentForm img.asset-image');"
                + "var c = document.createElement('canvas'); c.width = i.naturalWidth; c.height = i.naturalHeight;"
                + "var g = c.getContext('2d'); g.drawImage(i, 0, 0); return Array.from(g.getImageData(3, 3, 1, 1).data);");
        assertClose(new int[] {0x1F, 0x3A, 0x5F}, corner, "the image is drawn in the brand's primary colour");
        waitLong(d -> Boolean.TRUE.equals(js("var v = document.querySelector('#recentForm video.asset-video');"
                + "return v !== null && v.readyState >= 1 && v.duration >= 5;")));
        waitLong(d -> Boolean.TRUE.equals(js("var a = document.querySelector('#recentForm audio.asset-audio');"
                + "return a !== null && a.readyState >= 1 && a.duration > 0.5;")));
        assertTrue(text(By.id("topBarBalance")).contains("91 credits"), "1 + 2 + 5 + 1 credits were used: "
                + text(By.id("topBarBalance")));
        screenshot("studio");
        assertWellMade("the Studio");
    }

    private void trashAndRestoreInTheGallery() throws Exception {
        open("/creative/gallery");
        waitLong(d -> cards() == 4);
        clickAjax(By.cssSelector("#galleryForm .generation-card button[id$=':delete']"));
        assertTrue(text(By.id("messages")).contains("Moved to the trash"));
        assertEquals(3, cards());
        clickAjax(By.id("galleryForm:showTrash"));
        clickAjax(By.cssSelector("#galleryForm button[id$=':restore']"));
        clickAjax(By.id("galleryForm:showActive"));
        assertEquals(4, cards());
        screenshot("gallery");
        assertWellMade("the gallery");
    }

    /** Every category the export promises, each file as stored: SHA-256 as the database recorded it. */
    private static final List<String> CATEGORIES = List.of("profile", "sign-in-methods", "sessions", "memberships",
            "workspace", "brands", "logos", "voice-rules", "personas", "documents", "document-files", "document-text",
            "context-items", "generations", "generation-files", "credit-ledger");

    private void exportEverything(UUID workspace) throws Exception {
        open("/account/settings");
        clickAjax(By.id("export:prepare"));
        waitLong(d -> !d.findElements(By.id("export:ready")).isEmpty());
        screenshot("export-ready");
        assertWellMade("account settings");
        var redirect = submitOutsideTheBrowser("export", "export:download");
        assertEquals(302, redirect.statusCode());
        var link = java.net.URI.create(redirect.headers().firstValue("Location").orElseThrow());
        var response = java.net.http.HttpClient.newHttpClient().send(
                withBrowserCookies(link.getRawPath() + "?" + link.getRawQuery()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());

        var files = new java.util.LinkedHashMap<String, byte[]>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        var manifest = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(files.get("manifest.json"))).readObject();
        var counted = new java.util.HashMap<String, Integer>();
        manifest.getJsonArray("categories").getValuesAs(jakarta.json.JsonObject.class)
                .forEach(c -> counted.merge(c.getString("category"), c.getInt("items"), Integer::sum));
        for (String category : CATEGORIES) {
            assertTrue(counted.getOrDefault(category, 0) > 0, "the export holds " + category + ": " + counted);
        }
        for (var file : manifest.getJsonArray("files").getValuesAs(jakarta.json.JsonObject.class)) {
            assertTrue(!file.containsKey("missing"), "nothing is missing: " + file);
            assertEquals(file.getString("sha256"), sha256(files.get(file.getString("path"))), file.getString("path"));
        }

        String folder = "workspaces/" + workspace + "/";
        var stored = new java.util.TreeSet<String>();
        var exported = new java.util.TreeSet<String>();
        try (Connection db = Database.asSuperuser(); var s = db.prepareStatement(
                "select sha256 from asset where workspace_id = ? union all select sha256 from brand_document where workspace_id = ?")) {
            s.setObject(1, workspace);
            s.setObject(2, workspace);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        files.forEach((path, bytes) -> {
            if (path.startsWith(folder + "generations/") || path.matches(".*/documents/[0-9a-f-]{36}\\.txt")) {
                exported.add(sha256(bytes));
            }
        });
        assertEquals(5, stored.size(), "four outputs and one document: " + stored);
        assertEquals(stored, exported, "every output and document file, byte for byte as stored");

        String records = new String(files.get(folder + "brands.json"), java.nio.charset.StandardCharsets.UTF_8)
                + new String(files.get(folder + "voice-rules.json"), java.nio.charset.StandardCharsets.UTF_8)
                + new String(files.get(folder + "personas.json"), java.nio.charset.StandardCharsets.UTF_8)
                + new String(files.get(folder + "generations.json"), java.nio.charset.StandardCharsets.UTF_8)
                + new String(files.get(folder + "credit-ledger.json"), java.nio.charset.StandardCharsets.UTF_8);
        for (String expected : List.of("Northwind Coffee", "#1F3A5F", "Try it free", "Busy parents",
                "Launch email for our winter blend roasted in Lisbon", "\"debit\"", "\"creditCost\": 5",
                "\"demo-grant\"", "studio:video×1:local/brand-motion")) {
            assertTrue(records.contains(expected), "the records hold " + expected);
        }
        assertTrue(files.keySet().stream().anyMatch(p -> p.endsWith(".extracted.txt")
                && new String(files.get(p), java.nio.charset.StandardCharsets.UTF_8).contains(FACT)), "the document's text");
    }

    /**
     * The workspace's data page: what is stored and where, which providers saw what (offline
     * models only here), the trashed generation's purge date, and a receipt once a document goes.
     */
    private void seeWhatIsKeptAndReceiptsOfWhatLeft(String brandId) throws Exception {
        open("/creative/gallery");
        waitLong(d -> cards() == 4);
        clickAjax(By.cssSelector("#galleryForm .generation-card button[id$=':delete']"));
        open("/workspace/data");
        assertHeading("Your workspace's data");
        String stored = text(By.id("stored"));
        for (String line : List.of("Brands 1", "Personas 1", "Documents (uploaded files) 1", "Generations (prompts and settings) 4",
                "Generated files 4", "Credit ledger entries 5")) {
            assertTrue(stored.contains(line), "stored: " + line + " in " + stored);
        }
        String providers = text(By.id("providers"));
        assertTrue(providers.contains("local") && providers.contains("Offline, on this server"), providers);
        assertTrue(!providers.contains("openai"), "no outside provider saw anything: " + providers);
        String purgeDay = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC).format(ItClock.now().plus(Duration.ofDays(30)));
        assertTrue(text(By.id("countdowns")).contains(purgeDay), "the trashed generation leaves on " + purgeDay + ": "
                + text(By.id("countdowns")));
        assertTrue(text(By.id("receiptsForm")).contains("Nothing has been purged or deleted yet."));

        open("/brand/documents?id=" + brandId);
        confirm(By.id("documentsForm:documents:0:delete"), "documentsForm:confirmYes");
        open("/workspace/data");
        String receipts = text(By.id("receiptsForm:receipts"));
        assertTrue(receipts.contains("Document \u201cnorthwind-brochure.txt\u201d deleted with"), receipts);
        screenshot("data");
        assertWellMade("the data page");
        var download = submitOutsideTheBrowser("receiptsForm", "receiptsForm:download");
        assertEquals(200, download.statusCode());
        String json = new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"action\": \"document-deleted\"") && json.contains("northwind-brochure.txt"), json);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteTheAccount(String email) {
        ItClock.advance(Duration.ofSeconds(1));
        open("/account/settings");
        type(By.id("delete:confirmation"), email);
        find(By.id("delete:deleteAccount")).click();
        assertTrue(text(By.id("accountDeleted")).contains("Your account has been deleted"));
    }

    /**
     * A sweep over every table with a workspace column, and over the workspace's and the user's
     * bucket prefixes; the ledger stays (accounting), without the user's name on it.
     */
    private void nothingLeftOf(UUID workspace, UUID user) throws Exception {
        var left = new ArrayList<String>();
        try (Connection db = Database.asSuperuser()) {
            var tables = new ArrayList<String>();
            try (ResultSet rs = db.createStatement().executeQuery("""
                    select table_name from information_schema.columns
                     where table_schema = 'public' and column_name = 'workspace_id' and table_name <> 'credit_ledger'""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.size() >= 10, "the sweep sees the tenant tables: " + tables);
            for (String table : tables) {
                try (var s = db.prepareStatement("select count(*) from \"" + table + "\" where workspace_id = ?")) {
                    s.setObject(1, workspace);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            left.add(table + ": " + rs.getLong(1));
                        }
                    }
                }
            }
            try (var s = db.prepareStatement("select count(*), count(*) filter (where created_by is not null) "
                    + "from credit_ledger where workspace_id = ?")) {
                s.setObject(1, workspace);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertTrue(rs.getLong(1) >= 5, "the ledger is kept: " + rs.getLong(1));
                    assertEquals(0, rs.getLong(2), "and anonymised");
                }
            }
            try (var s = db.prepareStatement("select count(*) from data_export where user_id = ?")) {
                s.setObject(1, user);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "the user's exports");
                }
            }
            try (var s = db.prepareStatement("select count(*) from workspace where id = ?")) {
                s.setObject(1, workspace);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "the workspace itself");
                }
            }
        }
        assertEquals(List.of(), left, "rows of the deleted workspace");
        String prefix = "workspaces/" + workspace + "/";
        List<String> objects = waitUntil(d -> {
            List<String> keys = Bucket.keys(prefix); // the bucket is emptied after the deletion commits
            return keys.isEmpty() ? keys : null;
        });
        assertEquals(List.of(), objects, "objects of the deleted workspace");
        assertEquals(List.of(), waitUntil(d -> {
            List<String> keys = Bucket.keys("users/" + user + "/");
            return keys.isEmpty() ? keys : null;
        }), "the user's export zip");
    }

    /** On the brand page: one banned word and one required phrase, saved; one persona, saved. */
    private void teachVoiceAndPersona(String banned, String required, String persona, String pains) {
        openTab("Voice rules");
        type(By.id("tabs:voice:bannedWords"), banned);
        type(By.id("tabs:voice:requiredPhrases"), required);
        clickAjax(By.id("tabs:voice:save"));
        openTab("Audience personas");
        type(By.id("tabs:persona:personaName"), persona);
        type(By.id("tabs:persona:pains"), pains);
        clickAjax(By.id("tabs:persona:save"));
    }

    /** Types a hex colour into a colour picker's field and closes its popup. */
    private void colour(String id, String hex) {
        var field = find(By.id(id));
        field.clear();
        field.sendKeys(hex, Keys.ESCAPE);
        awaitStill();
    }

    private long finished() {
        return browser.findElements(By.cssSelector("#recentForm .generation-card.status-succeeded, "
                + "#recentForm .generation-card.status-failed")).size();
    }

    private int cards() {
        return browser.findElements(By.cssSelector("#galleryForm .generation-card")).size();
    }

    private static void assertClose(int[] expected, List<Long> actual, String what) {
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(expected[i] - actual.get(i)) <= 6, what + ": " + actual);
        }
    }

    private <T> T waitLong(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, SLOW_WORK).until(condition);
    }
}
