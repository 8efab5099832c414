package com.mitpo.creative.entity;

import com.mitpo.platform.persistence.NullableUuidConverter;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One request to make creative: what was asked (kind, prompt, size, variants) of which model, what
 * it cost, whether it succeeded, and whether it sits in the trash (deleted_at) or is a favourite;
 * how its work goes (progress, why it failed) is the engine's record, read through WorkStates.
 */
@Entity
@Table(name = "generation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class Generation {

    /**
     * How long a deleted generation stays in the trash, restorable, before the purge removes it.
     * The purge's SQL function (V008) names the same 30 days by the database's clock.
     */
    public static final java.time.Duration TRASH_KEPT = java.time.Duration.ofDays(30);

    public static final int MAX_PROMPT = 2000;

    @Id
    private UUID id;

    @Column(name = "brand_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID brandId;

    @Column(name = "created_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID createdBy;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String prompt;

    @Column(name = "model_id")
    private String modelId;

    private String provider;

    private String model;

    private Integer width;

    private Integer height;

    @Column(nullable = false)
    private int variants;

    @Column(name = "credit_cost", nullable = false)
    private int creditCost;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private boolean favourite;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Generation() {
    }

    public Generation(UUID id, UUID brandId, UUID createdBy, GenerationKind kind, String prompt, ChannelSize size,
            int variants, String modelId, String provider, String model, int creditCost, Instant now) {
        this.id = id;
        this.brandId = brandId;
        this.createdBy = createdBy;
        this.kind = kind.code();
        this.prompt = prompt;
        this.width = size == null ? null : size.width();
        this.height = size == null ? null : size.height();
        this.variants = variants;
        this.modelId = modelId;
        this.provider = provider;
        this.model = model;
        this.creditCost = creditCost;
        this.status = GenerationStatus.QUEUED.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void start(Instant now) {
        status = GenerationStatus.RUNNING.code();
        updatedAt = now;
    }

    public void succeed(Instant now) {
        status = GenerationStatus.SUCCEEDED.code();
        updatedAt = now;
        finishedAt = now;
    }

    /** Stops as failed; why is the work's outcome ({@code work_item}), worded where it is shown. */
    public void fail(Instant now) {
        status = GenerationStatus.FAILED.code();
        updatedAt = now;
        finishedAt = now;
    }

    public void trash(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    public void restore() {
        deletedAt = null;
    }

    public void setFavourite(boolean favourite) {
        this.favourite = favourite;
    }

    public UUID getId() {
        return id;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public GenerationKind getKind() {
        return GenerationKind.of(kind);
    }

    public String getPrompt() {
        return prompt;
    }

    public String getModelId() {
        return modelId;
    }

    public String getProvider() {
        return provider;
    }

    public String getModel() {
        return model;
    }

    /** The channel size, or null for copy and speech. */
    public ChannelSize getSize() {
        return width == null || height == null ? null : ChannelSize.of(width, height).orElse(null);
    }

    public int getVariants() {
        return variants;
    }

    public int getCreditCost() {
        return creditCost;
    }

    public GenerationStatus getStatus() {
        return GenerationStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }

    public boolean isFavourite() {
        return favourite;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isTrashed() {
        return deletedAt != null;
    }
}
