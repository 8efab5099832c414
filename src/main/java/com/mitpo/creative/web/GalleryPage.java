package com.mitpo.creative.web;

import com.mitpo.brand.boundary.Brands;
import com.mitpo.creative.boundary.Gallery;
import com.mitpo.creative.entity.Generation;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.web.Feedback;
import com.mitpo.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * creative/gallery.xhtml: everything the workspace made, filtered by kind, brand, date and
 * favourite, with previews and downloads; delete moves to the trash, restorable for 30 days.
 */
@Named
@ViewScoped
public class GalleryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 60;

    @Inject
    Gallery gallery;

    @Inject
    Brands brands;

    private Map<UUID, String> brandNames;
    private String kind;
    private UUID brandId;
    private LocalDate from;
    private LocalDate to;
    private boolean favouritesOnly;
    private boolean trash;
    private List<GenerationRow> rows;

    @PostConstruct
    void init() {
        brandNames = brands.names().stream().collect(Collectors.toMap(b -> b.id(), b -> b.name()));
        search();
    }

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Feedback.error("to", "gallery.datesReversed");
            return;
        }
        List<Generation> found = gallery.generations(new Gallery.Filter(kind == null || kind.isBlank() ? null
                : GenerationKind.of(kind), brandId, from, to, favouritesOnly, trash), PAGE);
        List<UUID> ids = found.stream().map(Generation::getId).toList();
        rows = GenerationRow.of(found, gallery.assets(ids), gallery.work(ids), brandNames, brands);
    }

    public void toggleFavourite(UUID generationId, boolean favourite) {
        gallery.favourite(generationId, favourite);
        search();
    }

    public void delete(UUID generationId) {
        if (gallery.trash(generationId)) {
            info("gallery.trashed");
        }
        search();
    }

    public void restore(UUID generationId) {
        if (gallery.restore(generationId)) {
            info("gallery.restored");
        } else {
            Feedback.pageError("gallery.notRestorable");
        }
        search();
    }

    public void showTrash(boolean trash) {
        this.trash = trash;
        search();
    }

    public boolean isBusy() {
        return rows.stream().anyMatch(GenerationRow::busy);
    }

    private static void info(String key) {
        Feedback.info(key);
    }

    public List<String> getKinds() {
        return Arrays.stream(GenerationKind.values()).map(GenerationKind::code).toList();
    }

    public String kindLabel(String code) {
        return Messages.get("studio.kind." + code);
    }

    public List<Map.Entry<UUID, String>> getBrands() {
        return brandNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public void setBrandId(UUID brandId) {
        this.brandId = brandId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isFavouritesOnly() {
        return favouritesOnly;
    }

    public void setFavouritesOnly(boolean favouritesOnly) {
        this.favouritesOnly = favouritesOnly;
    }

    public boolean isTrash() {
        return trash;
    }

    public List<GenerationRow> getRows() {
        return rows;
    }
}
