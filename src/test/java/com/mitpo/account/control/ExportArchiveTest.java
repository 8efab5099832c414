package com.mitpo.account.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.account.boundary.ExportContribution;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class ExportArchiveTest {

    private static final UUID WORKSPACE = UUID.fromString("7d1f8c1e-4e59-4f5a-9a43-64f3c8e5d2b1");
    private static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    @Test
    void everyPartIsWrittenAndTheManifestNamesItsSizeHashAndCategory() throws Exception {
        var account = new ExportContribution(null);
        account.records("profile", Json.createArrayBuilder().add(Json.createObjectBuilder().add("email", "a@b.c")).build());
        var workspace = new ExportContribution(WORKSPACE);
        workspace.records("brands", Json.createArrayBuilder().add(1).add(2).build());
        workspace.file("logos", "brands/b1/logo.png", "workspaces/x/brands/b1/logo", "image/png");
        workspace.file("logos", "brands/b2/logo.png", "workspaces/x/brands/b2/logo", "image/png");
        workspace.text("document-text", "brands/b1/documents/d1.extracted.txt", "Roasted in Lisbon.");
        var entries = new ArrayList<ExportArchive.Entry>();
        account.parts().forEach(p -> entries.add(new ExportArchive.Entry(null, p)));
        workspace.parts().forEach(p -> entries.add(new ExportArchive.Entry(WORKSPACE, p)));
        Map<String, byte[]> bucket = Map.of("workspaces/x/brands/b1/logo", LOGO); // b2's logo is gone
        var progress = new ArrayList<Integer>();

        var zip = new ByteArrayOutputStream();
        int files = ExportArchive.write(zip, Json.createObjectBuilder().add("format", "mitpo-data-export").build(),
                "{}".getBytes(StandardCharsets.UTF_8), entries,
                key -> Optional.ofNullable(bucket.get(key)).map(ByteArrayInputStream::new), progress::add);

        Map<String, byte[]> read = unzip(zip.toByteArray());
        assertEquals(List.of("manifest.schema.json", "profile.json", "workspaces/" + WORKSPACE + "/brands.json",
                "workspaces/" + WORKSPACE + "/brands/b1/logo.png",
                "workspaces/" + WORKSPACE + "/brands/b1/documents/d1.extracted.txt", "manifest.json"),
                List.copyOf(read.keySet()), "the missing logo is not in the zip");
        assertEquals(6, files);
        assertArrayEquals(LOGO, read.get("workspaces/" + WORKSPACE + "/brands/b1/logo.png"));
        assertEquals(100, progress.get(progress.size() - 1));

        JsonObject manifest = Json.createReader(new ByteArrayInputStream(read.get("manifest.json"))).readObject();
        assertEquals("mitpo-data-export", manifest.getString("format"));
        assertEquals(1, manifest.getInt("schemaVersion"));
        var listed = manifest.getJsonArray("files");
        assertEquals(5, listed.size(), "every part, the missing one too");
        JsonObject logo = listed.getJsonObject(2);
        assertEquals("logos", logo.getString("category"));
        assertEquals(WORKSPACE.toString(), logo.getString("workspaceId"));
        assertEquals(LOGO.length, logo.getInt("sizeBytes"));
        assertEquals(sha256(LOGO), logo.getString("sha256"));
        assertTrue(listed.getJsonObject(3).getBoolean("missing"));
        assertFalse(listed.getJsonObject(3).containsKey("sha256"));
        assertFalse(listed.getJsonObject(0).containsKey("workspaceId"), "the profile is the account's");

        Map<String, Integer> counts = new LinkedHashMap<>();
        manifest.getJsonArray("categories").getValuesAs(JsonObject.class)
                .forEach(c -> counts.put(c.getString("category"), c.getInt("items")));
        assertEquals(Map.of("profile", 1, "brands", 2, "logos", 2, "document-text", 1), counts);
    }

    @Test
    void pathsThatCouldEscapeTheFolderOrRepeatAreRefused() {
        var export = new ExportContribution(WORKSPACE);
        export.text("document-text", "brands/b1/a.txt", "x");
        for (String bad : List.of("../evil.txt", "/abs.txt", "brands//a.txt", "Brands/A.txt", "brands/b1/a.txt",
                "brands/b1/\u202etxt.exe", "brands\\a.txt")) {
            assertThrows(IllegalArgumentException.class, () -> export.text("document-text", bad, "x"), bad);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

}
