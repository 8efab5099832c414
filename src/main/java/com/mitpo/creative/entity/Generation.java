package com.mitpo.creative.entity;

import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One request to make creative: what was asked, of which model, at what cost, and how it went. */
@Entity
@Table(name = "generation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class Generation {

    @Id
    private UUID id;

    @Column(name = "brand_id")
    private UUID brandId;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String prompt;

    private String provider;

    private String model;

    @Column(name = "credit_cost", nullable = false)
    private int creditCost;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Generation() {
    }

    public Generation(UUID brandId, UUID createdBy, String kind, String prompt, Instant now) {
        this.id = UUID.randomUUID();
        this.brandId = brandId;
        this.createdBy = createdBy;
        this.kind = kind;
        this.prompt = prompt;
        this.status = "queued";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public String getKind() {
        return kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getStatus() {
        return status;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
