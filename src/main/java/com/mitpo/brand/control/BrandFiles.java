package com.mitpo.brand.control;

import com.mitpo.platform.storage.ObjectStore;
import java.util.UUID;

/** Where a brand's files live in the private bucket: under its workspace, never shown to the browser. */
public final class BrandFiles {

    private BrandFiles() {
    }

    public static String workspacePrefix(UUID workspaceId) {
        return ObjectStore.workspacePrefix(workspaceId) + "brands/";
    }

    public static String brandPrefix(UUID workspaceId, UUID brandId) {
        return workspacePrefix(workspaceId) + brandId + "/";
    }

    public static String documentPrefix(UUID workspaceId, UUID brandId, UUID documentId) {
        return brandPrefix(workspaceId, brandId) + "documents/" + documentId + "/";
    }
}
