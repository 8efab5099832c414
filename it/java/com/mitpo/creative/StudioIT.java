package com.mitpo.creative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mitpo.it.Bucket;
import com.mitpo.it.Database;
import com.mitpo.it.Deployments;
import com.mitpo.it.Http;
import com.mitpo.it.ItClock;
import com.mitpo.it.ItUsers;
import com.mitpo.it.ItWorkspaces;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Creative Studio over HTTP with the local providers: every kind made and stored, credits
 * debited once and never overdrawn, failures refunded, and the signed asset links as a browser
 * or an attacker would use them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudioIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @ArquillianResource
    URL base;

    private String token;
    private ItWorkspaces.Member member;
    private UUID brand;

    @BeforeEach
    void aSignedInMarketerWithABrand() throws Exception {
        ItClock.advance(Duration.ofSeconds(61));
        token = ItUsers.signedIn(base);
        member = ItWorkspaces.of(base, token);
        brand = ItWorkspaces.brand(member, "Northwind Coffee");
    }

    @Test
    void aNewWorkspaceStartsWithDemoCreditsShownInTheTopBar() throws Exception {
        assertEquals(100, balance());
        String home = Http.get(base, "/creative/studio", ItUsers.cookieHeader(token)).body();
        assertTrue(home.contains("100 credits"), "the top bar shows the balance");
    }

    @Test
    void everyKindIsMadeByTheLocalProvidersStoredAndServed() throws Exception {
        JsonNode copy = finished(start("copy", null, "Launch of our winter blend", 2, null));
        JsonNode image = finished(start("image", "PORTRAIT", "Winter blend launch", 2, null));
        JsonNode video = finished(start("video", "STORY", "Winter blend teaser", 1, null));
        JsonNode speech = finished(start("speech", null, "Winter blend radio spot", 1, null));

        assertOutputs(copy, 2, "text/plain", new byte[0]);
        assertOutputs(image, 2, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertOutputs(video, 1, "video/mp4", null);
        assertOutputs(speech, 1, "audio/wav", new byte[] {'R', 'I', 'F', 'F'});
        byte[] mp4 = fetch(video.path("outputs").get(0).path("url").asText()).body();
        assertEquals("ftyp", new String(mp4, 4, 4, StandardCharsets.US_ASCII));
        String text = new String(fetch(copy.path("outputs").get(0).path("url").asText()).body(), StandardCharsets.UTF_8);
        assertFalse(text.isBlank());

        // local models: brand-writer 1 × 2, canvas 2 × 2, motion 5 × 1, voice 1 × 1 = 12
        assertEquals(100 - 12, balance());
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(
                "select provider || '/' || model, modality from ai_call where workspace_id = ? and purpose like 'studio-%'")) {
            q.setObject(1, member.workspace());
            List<String> calls = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    calls.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
            assertTrue(calls.contains("local/brand-canvas:image") && calls.contains("local/brand-motion:video")
                    && calls.contains("local/freetts-kevin16:speech") && calls.contains("local/brand-writer:text"), calls.toString());
        }
    }

    @Test
    void aHundredParallelRequestsAgainstABalanceForTenSucceedExactlyTenTimes() throws Exception {
        ItWorkspaces.setBalance(member.workspace(), 10);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            bodies.add(startBody("copy", null, "Race " + i, 1, null));
        }
        // All 100 in flight at once (25 from each of four loopback addresses, under the cap of
        // 32 requests in progress per address): the ledger's lock, not the timing, decides.
        List<Integer> statuses = Http.postAllAtOnce(base, "/api/studio/generations", bodies, 25,
                ItUsers.cookieHeader(token));
        assertEquals(10, statuses.stream().filter(status -> status == 202).count(), statuses.toString());
        assertEquals(90, statuses.stream().filter(status -> status == 402).count(), statuses.toString());
        assertEquals(0, balance());
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(
                "select count(*), min(balance_after) from credit_ledger where workspace_id = ? and entry = 'debit'")) {
            q.setObject(1, member.workspace());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(10, rs.getInt(1));
                assertEquals(0, rs.getInt(2));
            }
        }
    }

    @Test
    void aGenerationWhoseModelFailsIsShownAsFailedAndRefunded() throws Exception {
        // The OpenAI stand-in answers every chat call with brand-context JSON, which is not copy.
        JsonNode failed = finished(start("copy", null, "Winter blend", 3, "openai/gpt-4o-mini"));
        assertEquals("failed", failed.path("status").asText());
        assertFalse(failed.path("error").asText().isBlank());
        assertEquals(0, failed.path("outputs").size());
        assertEquals(100, balance(), "the 6 credits came back");
        try (Connection db = Database.asSuperuser(); PreparedStatement q = db.prepareStatement(
                "select entry, amount from credit_ledger where workspace_id = ? and paid_for = ? order by seq")) {
            q.setObject(1, member.workspace());
            q.setObject(2, UUID.fromString(failed.path("id").asText()));
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("debit", rs.getString(1));
                assertEquals(-6, rs.getInt(2));
                assertTrue(rs.next());
                assertEquals("refund", rs.getString(1));
                assertEquals(6, rs.getInt(2));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndCostNothing() throws Exception {
        HttpResponse<String> noPrompt = startResponse("image", "SQUARE", "  ", 1, null);
        assertEquals(400, noPrompt.statusCode());
        JsonNode refusal = JSON.readTree(noPrompt.body());
        assertEquals("NO_PROMPT", refusal.path("code").asText());
        assertEquals("prompt", refusal.path("field").asText(), "the refusal names the field it concerns");
        assertEquals("Describe what you want to make.", refusal.path("message").asText());
        HttpResponse<String> tooMany = startResponse("image", "SQUARE", "x", 5, null);
        assertEquals(400, tooMany.statusCode());
        assertEquals("variants", JSON.readTree(tooMany.body()).path("field").asText());
        assertEquals("Choose between 1 and 4 variants.", JSON.readTree(tooMany.body()).path("message").asText(),
                "the limit is filled in from the code");
        assertEquals(400, startResponse("image", "HUGE", "x", 1, null).statusCode());
        assertEquals(400, startResponse("hologram", null, "x", 1, null).statusCode());
        assertEquals(400, startResponse("image", null, "x", 1, null).statusCode(), "images need a size");
        assertEquals(400, startResponse("copy", null, "x", 1, "openai/gpt-4.1").statusCode(), "not on the free plan");
        assertEquals(100, balance());
    }

    @Test
    void signedLinksOpenOnlyForTheirUserAndOnlyForSixtySeconds() throws Exception {
        JsonNode image = finished(start("image", "SQUARE", "Winter blend", 1, null));
        JsonNode output = image.path("outputs").get(0);
        String url = output.path("url").asText();
        assertTrue(url.matches("/assets/[0-9a-f-]{36}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}"), url);

        HttpResponse<byte[]> ok = fetch(url);
        assertEquals(200, ok.statusCode());
        assertEquals("image/png", ok.headers().firstValue("Content-Type").orElseThrow(), "bytes carry no charset");
        assertEquals("nosniff", ok.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(ok.headers().firstValue("Cache-Control").orElseThrow().startsWith("private"));
        assertEquals("same-origin", ok.headers().firstValue("Cross-Origin-Resource-Policy").orElseThrow());
        assertTrue(ok.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        assertTrue(ok.headers().firstValue("Content-Security-Policy").filter(c -> c.contains("sandbox")).isEmpty(),
                "images are not sandboxed");
        assertEquals(output.path("sha256").asText(), sha256(ok.body()));
        assertFalse(new String(ok.body(), StandardCharsets.ISO_8859_1).contains("workspaces/"));

        String sig = url.substring(url.indexOf("sig=") + 4);
        char flipped = sig.charAt(10) == 'A' ? 'B' : 'A';
        String tampered = url.substring(0, url.indexOf("sig=") + 4) + sig.substring(0, 10) + flipped + sig.substring(11);
        assertEquals(403, fetch(tampered).statusCode(), "one character of the signature changed");
        assertEquals(403, fetch(url.substring(0, url.length() - 1)).statusCode(), "truncated");
        assertEquals(403, fetch(url + "&sig=" + sig).statusCode(), "signature given twice");
        assertEquals(403, fetch(url.replace("sig=" + sig, "sig=%" + Integer.toHexString(sig.charAt(0)).toUpperCase()
                + sig.substring(1))).statusCode(), "the same signature percent-encoded");
        String exp = url.replaceAll(".*exp=(\\d+).*", "$1");
        assertEquals(403, fetch(url.replace("exp=" + exp, "exp=" + (Long.parseLong(exp) + 1))).statusCode());

        assertEquals(401, fetch(url, (String) null).statusCode(), "no session");

        String intruder = ItUsers.signedIn(base);
        assertEquals(403, fetch(url, intruder).statusCode(), "another workspace's session with the owner's link");
        String assetId = output.path("id").asText();
        assertEquals(404, Http.get(base, "/api/assets/" + assetId + "/link", ItUsers.cookieHeader(intruder)).statusCode(),
                "another workspace cannot have a link signed");

        ItClock.advance(Duration.ofSeconds(61));
        HttpResponse<byte[]> expired = fetch(url);
        assertEquals(403, expired.statusCode(), "expired at 61 s");
        assertTrue(new String(expired.body(), StandardCharsets.UTF_8).contains("LINK_EXPIRED"));
        HttpResponse<String> fresh = Http.get(base, "/api/assets/" + assetId + "/link", ItUsers.cookieHeader(token));
        assertEquals(200, fresh.statusCode());
        assertEquals(200, fetch(JSON.readTree(fresh.body()).path("url").asText()).statusCode());
    }

    @Test
    void rangesAreServedCheckedAndBounded() throws Exception {
        JsonNode speech = finished(start("speech", null, "Winter blend", 1, null));
        JsonNode output = speech.path("outputs").get(0);
        String url = output.path("url").asText();
        long size = output.path("size").asLong();
        byte[] whole = fetch(url).body();
        assertEquals(size, whole.length);

        HttpResponse<byte[]> first = fetch(url, token, "Range", "bytes=0-9");
        assertEquals(206, first.statusCode());
        assertEquals("bytes 0-9/" + size, first.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOf(whole, 10), first.body());

        HttpResponse<byte[]> tail = fetch(url, token, "Range", "bytes=-4");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 4, whole.length), tail.body());

        HttpResponse<byte[]> beyond = fetch(url, token, "Range", "bytes=" + size + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + size, beyond.headers().firstValue("Content-Range").orElseThrow());

        StringBuilder many = new StringBuilder("bytes=");
        for (int i = 0; i < 9; i++) {
            many.append(i == 0 ? "" : ",").append(i * 10).append('-').append(i * 10 + 5);
        }
        assertEquals(416, fetch(url, token, "Range", many.toString()).statusCode(), "too many ranges");
        assertEquals(200, fetch(url, token, "Range", "bytes=0-1,5-6").statusCode(), "two ranges: the whole file");

        // Ownership is looked up on every request, ranged ones included: once the rows are gone,
        // the still-valid link opens nothing.
        try (Connection db = Database.asSuperuser(); PreparedStatement delete = db.prepareStatement(
                "delete from generation where id = ?")) {
            delete.setObject(1, UUID.fromString(speech.path("id").asText()));
            delete.executeUpdate();
        }
        assertEquals(404, fetch(url, token, "Range", "bytes=0-9").statusCode());
    }

    @Test
    void copyIsSandboxedAndDownloadsAreAttachments() throws Exception {
        JsonNode copy = finished(start("copy", null, "Winter blend", 1, null));
        HttpResponse<byte[]> text = fetch(copy.path("outputs").get(0).path("url").asText() + "&download=1");
        assertEquals(200, text.statusCode());
        String sandbox = text.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(sandbox.contains("sandbox") && sandbox.contains("frame-ancestors 'none'"), sandbox);
        assertTrue(text.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        String prefix = "workspaces/" + member.workspace() + "/generations/" + copy.path("id").asText() + "/";
        assertEquals(List.of(prefix + "1.txt"), Bucket.keys(prefix));
    }

    @Test
    void anAssetWhoseFileIsGoneAnswers404NeverA500() throws Exception {
        JsonNode copy = finished(start("copy", null, "Winter blend", 1, null));
        String url = copy.path("outputs").get(0).path("url").asText();
        String prefix = "workspaces/" + member.workspace() + "/generations/" + copy.path("id").asText() + "/";
        Bucket.delete(prefix + "1.txt"); // what a purge killed between objects and rows leaves behind

        HttpResponse<byte[]> whole = fetch(url);
        assertEquals(404, whole.statusCode());
        assertTrue(new String(whole.body(), StandardCharsets.UTF_8).contains("\"code\":\"NOT_FOUND\""));
        assertEquals(404, fetch(url, token, "Range", "bytes=0-3").statusCode(), "a ranged request too");
    }

    // --- helpers ---------------------------------------------------------------------------

    private JsonNode start(String kind, String size, String prompt, int variants, String model) throws Exception {
        HttpResponse<String> response = startResponse(kind, size, prompt, variants, model);
        assertEquals(202, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> startResponse(String kind, String size, String prompt, int variants, String model)
            throws Exception {
        return Http.json(base, "POST", "/api/studio/generations", startBody(kind, size, prompt, variants, model),
                ItUsers.cookieHeader(token));
    }

    private String startBody(String kind, String size, String prompt, int variants, String model) {
        var body = JSON.createObjectNode().put("brandId", brand.toString()).put("kind", kind).put("prompt", prompt)
                .put("variants", variants);
        if (size != null) {
            body.put("size", size);
        }
        if (model != null) {
            body.put("model", model);
        }
        return body.toString();
    }

    private JsonNode finished(JsonNode started) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonNode now = JSON.readTree(Http.get(base, "/api/studio/generations/" + started.path("id").asText(),
                    ItUsers.cookieHeader(token)).body());
            if (now.path("status").asText().matches("succeeded|failed")) {
                return now;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("generation did not finish: " + started);
    }

    private void assertOutputs(JsonNode generation, int count, String contentType, byte[] magic) throws Exception {
        assertEquals("succeeded", generation.path("status").asText(), generation.toString());
        assertNull(generation.get("error").textValue());
        assertEquals(count, generation.path("outputs").size());
        String prefix = "workspaces/" + member.workspace() + "/generations/" + generation.path("id").asText() + "/";
        assertEquals(count, Bucket.keys(prefix).size());
        for (JsonNode output : generation.path("outputs")) {
            assertTrue(output.path("contentType").asText().startsWith(contentType));
            HttpResponse<byte[]> served = fetch(output.path("url").asText());
            assertEquals(200, served.statusCode());
            assertEquals(output.path("size").asLong(), served.body().length);
            assertEquals(output.path("sha256").asText(), sha256(served.body()));
            if (magic != null && magic.length > 0) {
                assertArrayEquals(magic, java.util.Arrays.copyOf(served.body(), magic.length));
            }
        }
    }

    private int balance() throws Exception {
        return JSON.readTree(Http.get(base, "/api/credits", ItUsers.cookieHeader(token)).body()).path("balance").asInt();
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return fetch(path, token);
    }

    private HttpResponse<byte[]> fetch(String path, String session, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getAuthority() + path)).GET();
        if (session != null) {
            request.header("Cookie", ItUsers.COOKIE + "=" + session);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }
}
