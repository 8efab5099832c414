package com.mitpo.creative.web;

import com.mitpo.creative.entity.Asset;
import com.mitpo.creative.entity.GenerationKind;
import java.io.Serializable;
import java.util.UUID;

/**
 * One output as a page shows it; the link is signed as the page renders
 * ({@code #{signedAssets.url(output.assetId)}}), never kept.
 */
public record OutputView(UUID assetId, String kind, int variant, String previewText, String size,
        int voiceIssues) implements Serializable {

    static OutputView of(Asset asset, GenerationKind kind, int voiceIssues) {
        return new OutputView(asset.getId(), kind.code(), asset.getVariant(), asset.getPreviewText(),
                com.mitpo.platform.text.Sizes.shown(asset.getSizeBytes()), voiceIssues);
    }

    public UUID getAssetId() {
        return assetId;
    }

    public String getKind() {
        return kind;
    }

    public int getVariant() {
        return variant;
    }

    public String getPreviewText() {
        return previewText;
    }

    public String getSize() {
        return size;
    }

    public int getVoiceIssues() {
        return voiceIssues;
    }
}
