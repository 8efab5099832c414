package com.mitpo.account.control;

import com.mitpo.account.boundary.ExportContribution;
import com.mitpo.account.boundary.ExportContribution.Part;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a data export: every part into the zip (records and text as they are, stored files
 * copied from the bucket), then {@code manifest.json}, which names each file with its category,
 * workspace, type, size and SHA-256 (measured while copying), and counts the records of every
 * category; {@code manifest.schema.json} describes it. A file whose object is gone is listed
 * as missing rather than failing the whole export.
 */
public final class ExportArchive {

    public static final int SCHEMA_VERSION = 1;
    static final String SCHEMA = "manifest.schema.json";

    /** A part and the workspace it belongs to (none for the account's own files). */
    public record Entry(UUID workspaceId, Part part) {
        String zipPath() {
            return workspaceId == null ? part.path() : com.mitpo.platform.storage.ObjectStore.workspacePrefix(workspaceId) + part.path();
        }
    }

    /** Opens a stored object; empty when it is no longer there. */
    @FunctionalInterface
    public interface StoredFiles {
        Optional<InputStream> open(String objectKey) throws IOException;
    }

    private ExportArchive() {
    }

    /**
     * Writes the zip to {@code out} and reports {@code progress} (0–100) as parts are done;
     * returns how many files it holds. {@code header} opens the manifest (who, when).
     */
    public static int write(OutputStream out, JsonObject header, byte[] schema, List<Entry> entries,
            StoredFiles files, IntConsumer progress) throws IOException {
        JsonArrayBuilder listed = Json.createArrayBuilder();
        Map<String, Integer> items = new LinkedHashMap<>(); // "{workspace}/{category}" → records
        int written = 0;
        try (var zip = new ZipOutputStream(out)) {
            put(zip, SCHEMA, schema);
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                Part part = entry.part();
                JsonObjectBuilder file = Json.createObjectBuilder().add("path", entry.zipPath())
                        .add("category", part.category()).add("contentType", part.contentType());
                if (entry.workspaceId() != null) {
                    file.add("workspaceId", entry.workspaceId().toString());
                }
                Optional<InputStream> content = part.content() != null
                        ? Optional.of(new java.io.ByteArrayInputStream(part.content())) : files.open(part.objectKey());
                if (content.isPresent()) {
                    try (InputStream in = content.get()) {
                        Measured measured = copy(zip, entry.zipPath(), in);
                        file.add("sizeBytes", measured.bytes()).add("sha256", measured.sha256());
                    }
                    written++;
                } else {
                    file.add("missing", true);
                }
                listed.add(file);
                items.merge(entry.workspaceId() + "/" + part.category(), part.items(), Integer::sum);
                progress.accept(100 * (i + 1) / entries.size());
            }
            JsonArrayBuilder summary = Json.createArrayBuilder();
            items.forEach((key, count) -> summary.add(category(key, count)));
            JsonObject manifest = Json.createObjectBuilder(header).add("schemaVersion", SCHEMA_VERSION)
                    .add("schema", SCHEMA).add("categories", summary).add("files", listed).build();
            put(zip, "manifest.json", ExportContribution.json(manifest));
        }
        return written + 2;
    }

    private static JsonObjectBuilder category(String key, int count) {
        String workspace = key.substring(0, key.indexOf('/'));
        JsonObjectBuilder category = Json.createObjectBuilder().add("category", key.substring(key.indexOf('/') + 1))
                .add("items", count);
        return "null".equals(workspace) ? category : category.add("workspaceId", workspace);
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    private record Measured(long bytes, String sha256) {
    }

    private static Measured copy(ZipOutputStream zip, String path, InputStream in) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            zip.write(buffer, 0, n);
            sha.update(buffer, 0, n);
            bytes += n;
        }
        zip.closeEntry();
        return new Measured(bytes, HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
        }
    }
}
