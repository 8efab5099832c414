package com.mitpo.creative.control;

import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.creative.entity.GenerationKind;
import java.util.UUID;

/** Where a generation's outputs live in the private bucket: under its workspace, never shown to the browser. */
public final class CreativeFiles {

    private CreativeFiles() {
    }

    public static String workspacePrefix(UUID workspaceId) {
        return ObjectStore.workspacePrefix(workspaceId) + "generations/";
    }

    public static String generationPrefix(UUID workspaceId, UUID generationId) {
        return workspacePrefix(workspaceId) + generationId + "/";
    }

    public static String outputKey(UUID workspaceId, UUID generationId, int variant, GenerationKind kind) {
        return generationPrefix(workspaceId, generationId) + variant + "." + kind.extension();
    }
}
