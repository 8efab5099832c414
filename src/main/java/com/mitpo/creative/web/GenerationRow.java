package com.mitpo.creative.web;

import com.mitpo.brand.boundary.Brands;
import com.mitpo.brand.boundary.VoiceViolation;
import com.mitpo.creative.boundary.Gallery;
import com.mitpo.creative.entity.Asset;
import com.mitpo.creative.entity.Generation;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.text.Times;
import com.mitpo.platform.web.Messages;
import com.mitpo.platform.work.WorkState;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A generation as the Studio and the Gallery show it: what was asked, how it went, its outputs. */
public record GenerationRow(UUID id, String kind, String kindLabel, String brandName, String prompt, String model,
        int credits, String status, String statusLabel, int progress, boolean busy, boolean failed, String error,
        boolean favourite, String created, String purgeOn, List<OutputView> outputs) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    /**
     * Rows for these generations, with how their work stands as the engine records it; copy
     * outputs are checked against the brand's voice rules as they are shown.
     */
    static List<GenerationRow> of(List<Generation> generations, Map<UUID, List<Asset>> assets,
            Map<UUID, WorkState> work, Map<UUID, String> brandNames, Brands brands) {
        var voiceChecks = new HashMap<UUID, Function<String, List<VoiceViolation>>>(); // one read per brand
        return generations.stream().map(g -> {
            GenerationKind kind = g.getKind();
            List<OutputView> outputs = assets.getOrDefault(g.getId(), List.of()).stream()
                    .map(a -> OutputView.of(a, kind, kind == GenerationKind.COPY && g.getBrandId() != null
                            ? voiceChecks.computeIfAbsent(g.getBrandId(), brands::voiceCheck)
                                    .apply(a.getPreviewText()).size() : 0))
                    .toList();
            WorkState state = work.getOrDefault(g.getId(), WorkState.NONE);
            String status = status(state);
            return new GenerationRow(g.getId(), kind.code(), Messages.get("studio.kind." + kind.code()),
                    brandNames.getOrDefault(g.getBrandId(), Messages.get("gallery.noBrand")), g.getPrompt(),
                    g.getModelId(), g.getCreditCost(), status, Messages.get("studio.status." + status), state.progress(),
                    state.busy(), state.failed(), failure(state), g.isFavourite(),
                    Times.shown(g.getCreatedAt()),
                    g.getDeletedAt() == null ? null : DAY.format(Gallery.purgeAt(g.getDeletedAt())), outputs);
        }).toList();
    }

    /** The generation's words for its work's status (a finished item is a generation that succeeded). */
    static String status(WorkState state) {
        return state.status() == WorkState.Status.DONE ? "succeeded" : state.status().code();
    }

    /** Why a generation failed, in words; none while it has not. */
    static String failure(WorkState state) {
        return state.failed() ? Messages.format("generation.error." + state.outcomeCode(), state.arguments()) : null;
    }

    public UUID getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getBrandName() {
        return brandName;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getModel() {
        return model;
    }

    public int getCredits() {
        return credits;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public int getProgress() {
        return progress;
    }

    public boolean isBusy() {
        return busy;
    }

    public boolean isFailed() {
        return failed;
    }

    public String getError() {
        return error;
    }

    public boolean isFavourite() {
        return favourite;
    }

    public String getCreated() {
        return created;
    }

    public String getPurgeOn() {
        return purgeOn;
    }

    public List<OutputView> getOutputs() {
        return outputs;
    }
}
