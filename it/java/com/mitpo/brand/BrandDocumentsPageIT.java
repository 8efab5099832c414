package com.mitpo.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.mitpo.it.Bucket;
import com.mitpo.it.BrowserTest;
import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItServices;
import com.mitpo.it.ItUsers;
import com.mitpo.it.ModelVendorStandIn;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * brand/documents in Chromium: upload with a visible progress bar, background analysis to
 * "Ready", context items with citations (edited in place), retrieval, refusals with clear
 * messages, deletion emptying the bucket, and a remote model served by a stand-in vendor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandDocumentsPageIT extends BrowserTest {

    private static final Duration ANALYSIS = Duration.ofSeconds(120);
    private static final By FILE_INPUT = By.cssSelector("input[type=file][id^='uploadForm:files']");

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
    void uploadWatchProgressSeeCitedContextEditItSearchAndDelete() throws Exception {
        String brandId = addBrand("Northwind Coffee");
        open("/brand/documents?id=" + brandId);

        Path page = downloads.resolve("northwind.html");
        Files.writeString(page, northwindPage(1_500_000));
        ((ChromeDriver) browser).setNetworkConditions(slowUpload(256 * 1024));
        js("""
                window.__progress = [];
                window.__watch = setInterval(function () {
                  document.querySelectorAll("[id='uploadForm:files'] .ui-progressbar").forEach(function (bar) {
                    window.__progress.push(Number(bar.getAttribute('aria-valuenow')));
                  });
                }, 40);""");
        browser.findElement(FILE_INPUT).sendKeys(page.toString()); // no wait: the test watches the upload
        waitLong(d -> text(By.id("messages")).contains("northwind.html is uploaded"));
        ((ChromeDriver) browser).deleteNetworkConditions();
        @SuppressWarnings("unchecked")
        List<Long> progress = new ArrayList<>((List<Long>) js("clearInterval(window.__watch); return window.__progress;"));
        assertTrue(progress.stream().anyMatch(p -> p > 0 && p < 100), "a progress bar moved during the upload: " + progress);

        waitLong(d -> text(By.id("documentsForm:documents")).contains("Ready"));
        String context = text(By.id("contextForm:context"));
        assertTrue(context.contains("Northwind roasts every bean in Lisbon"), context);
        assertTrue(context.contains("northwind.html"), "items cite their document: " + context);
        assertTrue(context.contains("Tone:"), context);

        WebElement firstRow = find(By.cssSelector("[id='contextForm:context'] tbody tr"));
        firstRow.findElement(By.cssSelector(".ui-row-editor-pencil")).click();
        WebElement editor = find(By.cssSelector("[id='contextForm:context'] tbody tr textarea"));
        editor.clear();
        editor.sendKeys("Single-origin beans, roasted to order in Lisbon.");
        clickAjax(By.cssSelector("[id='contextForm:context'] .ui-row-editor-check"));
        open("/brand/documents?id=" + brandId);
        assertTrue(text(By.id("contextForm:context")).contains("Single-origin beans, roasted to order in Lisbon."),
                "the edit was saved");
        assertTrue(text(By.id("contextForm:context")).contains("(edited)"));

        type(By.id("contextForm:newText"), "Every bag carries its roast date.");
        clickAjax(By.id("contextForm:add"));
        assertTrue(text(By.id("contextForm:context")).contains("Added by hand"));

        type(By.id("searchForm:query"), "Where are the beans roasted?");
        clickAjax(By.id("searchForm:find"));
        String hits = text(By.id("searchForm:results"));
        assertTrue(hits.contains("Lisbon") && hits.contains("northwind.html"), hits);

        String documentPrefix = "workspaces/";
        assertTrue(Bucket.keys(documentPrefix).stream().anyMatch(k -> k.contains("/brands/" + brandId + "/documents/")));
        confirm(By.id("documentsForm:documents:0:delete"), "documentsForm:confirmYes");
        waitUntil(d -> text(By.id("messages")).contains("have been deleted"));
        assertTrue(text(By.id("documentsForm:documents")).contains("No documents yet."));
        assertFalse(text(By.id("contextForm:context")).contains("northwind.html"), "its proposals went with it");
        assertTrue(text(By.id("contextForm:context")).contains("Every bag carries its roast date."), "hand-written items stay");
        waitUntil(d -> Bucket.keys(documentPrefix).stream().noneMatch(k -> k.contains("/brands/" + brandId + "/documents/")));
        try (Connection db = Database.asSuperuser(); PreparedStatement s = db.prepareStatement(
                "select (select count(*) from brand_document where brand_id = ?) + (select count(*) from document_chunk where brand_id = ?)")) {
            s.setObject(1, java.util.UUID.fromString(brandId));
            s.setObject(2, java.util.UUID.fromString(brandId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "document and chunk rows are gone");
            }
        }
    }

    @Test
    void badFilesGetClearMessagesAndNothingElseIsLost() throws Exception {
        String brandId = addBrand("Careful Brand");
        open("/brand/documents?id=" + brandId);
        upload("facts.txt", "Careful Brand has made umbrellas since 1921. Our umbrellas survive storms.".getBytes(StandardCharsets.UTF_8));
        waitLong(d -> text(By.id("documentsForm:documents")).contains("Ready"));

        // A right-to-left override would make this read "reportdm.exe.txt": it is shown without it.
        upload("report\u202Etxt.exe.md", "# Report\nCareful Brand umbrellas.".getBytes(StandardCharsets.UTF_8));
        waitLong(d -> text(By.id("documentsForm:documents")).contains("reporttxt.exe.md"));
        assertFalse(text(By.id("documentsForm:documents")).contains("\u202E"));

        upload("empty.txt", new byte[0]);
        waitUntil(d -> text(By.id("messages")).contains("empty.txt: That file is empty."));

        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        upload("brochure.pdf", png);
        waitUntil(d -> text(By.id("messages")).contains("brochure.pdf: That file is not a PDF, DOCX"));

        byte[] tooLarge = new byte[2 * 1024 * 1024 + 10];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        upload("huge.txt", tooLarge);
        waitUntil(d -> text(By.id("messages")).contains("huge.txt: That file is larger than the limit for documents."));

        // Chosen together, each file is its own request: the refusal stays in sight beside the other's acceptance.
        uploadFiles(FILE_INPUT, write("also-empty.txt", new byte[0]), write("notes.txt",
                "Careful Brand repairs every umbrella it sells.".getBytes(StandardCharsets.UTF_8)));
        waitUntil(d -> text(By.id("messages")).contains("notes.txt is uploaded")
                && text(By.id("messages")).contains("also-empty.txt: That file is empty."));

        upload("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without end".getBytes(StandardCharsets.US_ASCII));
        upload("bomb.docx", zipBombDocx());
        waitLong(d -> failedRows() >= 2);
        String table = text(By.id("documentsForm:documents"));
        assertTrue(table.contains("This document could not be read"), table);
        assertTrue(table.contains("expands to far more data"), table);

        assertTrue(table.contains("facts.txt") && table.contains("Ready"), "the earlier document is untouched: " + table);
        assertFalse(table.contains("empty.txt") || table.contains("brochure.pdf") || table.contains("huge.txt"),
                "refused files were not stored: " + table);
        open("/brand/documents?id=" + brandId);
        assertTrue(text(By.id("contextForm:context")).contains("since 1921"), "its context is still there");
        assertEquals(200, com.mitpo.it.Http.get(base, "/health/ready").statusCode(), "the server is unharmed");
    }

    @Test
    void aRemoteModelGetsTheDocumentAndNoOtherProviderDoes() throws Exception {
        String brandId = addBrand("Remote Brand");
        open("/brand/documents?id=" + brandId);
        int anthropicBefore = ItServices.anthropic().requests().size();
        int openAiBefore = ItServices.openAi().requests().size();

        chooseInMenu("uploadForm:model", "OpenAI GPT-4o mini");
        String document = "Remote Brand sells solar lanterns for campers. They charge in four hours of sunlight.";
        upload("lanterns.txt", document.getBytes(StandardCharsets.UTF_8));
        waitLong(d -> text(By.id("documentsForm:documents")).contains("Ready"));

        List<JsonNode> sent = ItServices.openAi().requests().subList(openAiBefore, ItServices.openAi().requests().size());
        assertEquals(1, sent.size(), "one call to OpenAI");
        assertEquals("gpt-4o-mini", sent.get(0).path("model").asText());
        assertTrue(sent.get(0).toString().contains("solar lanterns for campers"), "the document went to OpenAI");
        assertEquals(anthropicBefore, ItServices.anthropic().requests().size(), "nothing went to Anthropic");

        String context = text(By.id("contextForm:context"));
        assertTrue(context.contains("Stand-in product: Remote Brand sells solar lanterns for campers."), context);
        assertTrue(context.contains("Stand-in fact with an invented citation"), context);
        assertFalse(context.contains(ModelVendorStandIn.INVENTED_QUOTE), "an invented quote is not shown as a citation");
        assertTrue(text(By.id("documentsForm:documents")).contains("Analysed with openai/gpt-4o-mini"));

        try (Connection db = Database.asSuperuser(); PreparedStatement s = db.prepareStatement("""
                select c.provider || '/' || c.model || ':' || c.purpose || ':' || c.succeeded
                  from ai_call c join brand b on b.workspace_id = c.workspace_id
                 where b.id = ? order by c.started_at""")) {
            s.setObject(1, java.util.UUID.fromString(brandId));
            var calls = new ArrayList<String>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    calls.add(rs.getString(1));
                }
            }
            assertTrue(calls.contains("openai/gpt-4o-mini:document-analysis:true"), calls.toString());
            assertTrue(calls.contains("local/all-minilm-l6-v2-q:document-analysis:true"), "chunks embedded locally: " + calls);
            assertFalse(calls.stream().anyMatch(c -> c.startsWith("anthropic/")), calls.toString());
        }
    }

    private void upload(String name, byte[] content) throws Exception {
        uploadFiles(FILE_INPUT, write(name, content));
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(downloads.resolve(name), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long failedRows() {
        return browser.findElements(By.cssSelector("[id='documentsForm:documents'] .document-problem")).size();
    }


    private <T> T waitLong(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, ANALYSIS).until(condition);
    }

    private static ChromiumNetworkConditions slowUpload(int bytesPerSecond) {
        var conditions = new ChromiumNetworkConditions();
        conditions.setLatency(Duration.ofMillis(5));
        conditions.setUploadThroughput(bytesPerSecond);
        conditions.setDownloadThroughput(10 * 1024 * 1024);
        return conditions;
    }

    /** A brand page padded with an HTML comment, so the upload takes a while on a slow line. */
    private static String northwindPage(int size) {
        var padding = new StringBuilder();
        var random = new java.util.Random(7);
        while (padding.length() < size) {
            padding.append(Long.toString(random.nextLong(), 36));
        }
        return """
                <!DOCTYPE html>
                <html><head><title>Northwind Coffee</title><style>body { color: #333; }</style></head>
                <body>
                <h1>Northwind Coffee</h1>
                <p>Northwind roasts every bean in Lisbon on Monday mornings, and ships them the same day.</p>
                <p>Our subscription helps busy teams keep great coffee in the office without ever running out.</p>
                <p>Designed for small offices and remote teams who care about what they drink.</p>
                <p>Founded in 2014, we now serve 3,200 offices across 12 countries.</p>
                <p>You'll taste the difference in your first cup. We promise!</p>
                <!-- %s -->
                </body></html>
                """.formatted(padding);
    }

    /** A DOCX whose document.xml inflates to 300 MB from well under a megabyte. */
    private static byte[] zipBombDocx() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'A');
            for (int i = 0; i < 300; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws java.io.IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
