package com.mitpo.creative.web;

import com.mitpo.brand.boundary.Brands;
import com.mitpo.creative.boundary.Gallery;
import com.mitpo.creative.boundary.Studio;
import com.mitpo.creative.entity.ChannelSize;
import com.mitpo.creative.entity.Generation;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.web.Feedback;
import com.mitpo.platform.web.Messages;
import com.mitpo.platform.web.ModelOption;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * creative/studio.xhtml: choose brand, kind, size, prompt, variants and model; see what it will
 * cost; start it; watch it run and preview what it made.
 */
@Named
@ViewScoped
public class StudioPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT = 6;

    @Inject
    Studio studio;

    @Inject
    Gallery gallery;

    @Inject
    Brands brands;

    /** A brand in the picker. */
    public record BrandOption(UUID id, String name) implements Serializable {
        public UUID getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    private List<BrandOption> brandOptions;
    private UUID brandId;
    private String kind = GenerationKind.IMAGE.code();
    private String size = ChannelSize.SQUARE.name();
    private String prompt;
    private int variants = 1;
    private String modelId;
    private List<ModelOption> models;
    private List<GenerationRow> recent;

    @PostConstruct
    void init() {
        brandOptions = brands.names().stream().map(b -> new BrandOption(b.id(), b.name())).toList();
        brandId = brandOptions.isEmpty() ? null : brandOptions.get(0).id();
        loadModels();
        refresh();
    }

    /** The kind changed: its models, with the plan's default preselected. */
    public void loadModels() {
        models = studio.models(GenerationKind.of(kind)).stream()
                .map(m -> ModelOption.of(m, optionLabel(m))).toList();
        modelId = models.isEmpty() ? null : models.get(0).id();
    }

    public void generate() {
        Studio.Outcome outcome = studio.start(new Studio.Request(brandId, GenerationKind.of(kind),
                ChannelSize.valueOf(size), prompt, variants, modelId));
        if (!outcome.accepted()) {
            Feedback.refused(outcome.refusal(), "cost"); // a request refused as a whole is about its cost
            return;
        }
        Feedback.info("studio.started", outcome.generation().getCreditCost());
        refresh();
    }

    /** Re-reads the recent generations (the poll calls this every second while one is running). */
    public void refresh() {
        List<Generation> latest = gallery.generations(new Gallery.Filter(null, null, null, null, false, false), RECENT);
        List<UUID> ids = latest.stream().map(Generation::getId).toList();
        Map<UUID, String> names = brandOptions.stream().collect(Collectors.toMap(BrandOption::id, BrandOption::name));
        recent = GenerationRow.of(latest, gallery.assets(ids), gallery.work(ids), names, brands);
    }

    public boolean isBusy() {
        return recent.stream().anyMatch(GenerationRow::busy);
    }

    public int getCost() {
        return models.stream().filter(m -> m.id().equals(modelId)).mapToInt(ModelOption::cost).findFirst().orElse(0)
                * variants;
    }

    public boolean isSized() {
        return GenerationKind.of(kind).sized();
    }

    public List<String> getKinds() {
        return Arrays.stream(GenerationKind.values()).map(GenerationKind::code).toList();
    }

    public String kindLabel(String code) {
        return Messages.get("studio.kind." + code);
    }

    public List<ChannelSize> getSizes() {
        return List.of(ChannelSize.values());
    }

    public List<Integer> getVariantChoices() {
        var choices = new ArrayList<Integer>();
        for (int i = 1; i <= CopyBrief.MAX_VARIANTS; i++) {
            choices.add(i);
        }
        return choices;
    }

    private static String optionLabel(CatalogModel m) {
        return Messages.format("studio.model.option", m.provider(), m.label(), m.creditCost());
    }

    public List<BrandOption> getBrandOptions() {
        return brandOptions;
    }

    public boolean isHasBrands() {
        return !brandOptions.isEmpty();
    }

    public UUID getBrandId() {
        return brandId;
    }

    public void setBrandId(UUID brandId) {
        this.brandId = brandId;
    }

    public String getKind() {
        return kind;
    }

    /** A kind that is not one (an un-selected button, a forged request) leaves the current one. */
    public void setKind(String kind) {
        if (kind != null && getKinds().contains(kind)) {
            this.kind = kind;
        }
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public int getVariants() {
        return variants;
    }

    /** A count that is not on offer (nothing chosen arrives as 0) leaves the current one. */
    public void setVariants(int variants) {
        if (getVariantChoices().contains(variants)) {
            this.variants = variants;
        }
    }

    public String getModelId() {
        return modelId;
    }

    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public List<ModelOption> getModels() {
        return models;
    }

    public List<GenerationRow> getRecent() {
        return recent;
    }
}
