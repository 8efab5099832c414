package com.mitpo.assistant.entity;

import com.mitpo.platform.persistence.NullableUuidConverter;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A conversation of one user with the assistant in one workspace, optionally about one brand
 * (whose knowledge then grounds the replies). Only its user reads it: row-level security asks
 * for the workspace and the user.
 */
@Entity
@Table(name = "assistant_thread")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class AssistantThread {

    public static final int MAX_TITLE = 120;

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "brand_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID brandId;

    @Column(nullable = false)
    private String title;

    @Column(name = "model_id", nullable = false)
    private String modelId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AssistantThread() {
    }

    public AssistantThread(UUID userId, UUID brandId, String title, String modelId, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.brandId = brandId;
        this.title = title;
        this.modelId = modelId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newTitle, Instant now) {
        this.title = newTitle;
        this.updatedAt = now;
    }

    /** Another model for the replies from now on (earlier replies keep the one that wrote them). */
    public void useModel(String newModelId) {
        this.modelId = newModelId;
    }

    /** A message was added: the thread moves to the top of its user's list. */
    public void touched(Instant now) {
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public String getTitle() {
        return title;
    }

    public String getModelId() {
        return modelId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
