package com.mitpo.account.boundary;

import jakarta.json.JsonStructure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Fired once per workspace while a user's data export is assembled; each feature that keeps
 * data in the workspace observes it and adds its part (say "brands.json").
 */
public final class DataExport {

    private final UUID workspaceId;
    private final Map<String, JsonStructure> parts = new LinkedHashMap<>();

    public DataExport(UUID workspaceId) {
        this.workspaceId = workspaceId;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public void add(String fileName, JsonStructure content) {
        parts.put(fileName, content);
    }

    Map<String, JsonStructure> parts() {
        return parts;
    }
}
