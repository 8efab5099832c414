package com.mitpo.account.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The contribution point of a user's data export: fired once per workspace, inside a
 * transaction acting as that workspace, and observed by every feature that keeps data there.
 * Each adds its records ({@link #records}, one JSON file per category) and the files those
 * records point at ({@link #file}, streamed from the bucket later, outside the transaction).
 * Paths are relative to the workspace's folder in the zip.
 */
public final class ExportContribution {

    /** Lower-case words and digits with hyphens, folders separated by "/": safe in any zip tool. */
    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    /**
     * One entry of the zip: written {@code content} (records, extracted text) or a stored object
     * ({@code objectKey}), whose size and SHA-256 are measured as it is copied.
     */
    public record Part(String category, String path, int items, String contentType, byte[] content, String objectKey) {
    }

    private final UUID workspaceId;
    private final List<Part> parts = new ArrayList<>();

    public ExportContribution(UUID workspaceId) {
        this.workspaceId = workspaceId;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    /** A category's records, as {@code {category}.json}. */
    public void records(String category, JsonArray records) {
        add(new Part(category, category + ".json", records.size(), "application/json", json(records), null));
    }

    /** Text the product made from the user's material (a document's extracted text). */
    public void text(String category, String path, String text) {
        add(new Part(category, path, 1, "text/plain", text.getBytes(StandardCharsets.UTF_8), null));
    }

    /** A stored object, copied from the bucket into the zip. */
    public void file(String category, String path, String objectKey, String contentType) {
        add(new Part(category, path, 1, contentType, null, objectKey));
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    private void add(Part part) {
        if (!PATH.matcher(part.path()).matches() || parts.stream().anyMatch(p -> p.path().equals(part.path()))) {
            throw new IllegalArgumentException("not a safe, unique export path: " + part.path());
        }
        parts.add(part);
    }

    /** A value as an export record writes it: JSON has no place for a Java null in a text field. */
    public static String text(String value) {
        return value == null ? "" : value;
    }

    /** Pretty-printed UTF-8 JSON, as every JSON file of the export is written. */
    public static byte[] json(JsonStructure json) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = PRETTY.createWriter(bytes)) {
            writer.write(json);
        }
        return bytes.toByteArray();
    }
}
