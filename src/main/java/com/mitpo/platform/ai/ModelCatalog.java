package com.mitpo.platform.ai;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The choice rules over a plan's catalog rows: only models whose provider is configured may be
 * picked, and the plan's default is preselected, or, when its provider is not configured here,
 * the first usable model (the local ones sort first, so an offline install always has one).
 */
public final class ModelCatalog {

    private ModelCatalog() {
    }

    /** The rows (already in catalog order) a workspace may pick, the preselected one first. */
    public static List<CatalogModel> usable(List<CatalogModel> planRows, Set<String> configuredProviders) {
        List<CatalogModel> usable = planRows.stream().filter(m -> configuredProviders.contains(m.provider())).toList();
        return usable.stream().filter(CatalogModel::planDefault).findFirst()
                .map(preselected -> Stream.concat(Stream.of(preselected), usable.stream().filter(m -> m != preselected)).toList())
                .orElse(usable);
    }
}
