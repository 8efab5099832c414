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

/**
 * One output of a generation: the object in the private bucket (its key never leaves the
 * server), what it is, how big, its SHA-256, and for copy the text itself for previews.
 */
@Entity
@Table(name = "asset")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class Asset {

    @Id
    private UUID id;

    @Column(name = "generation_id", nullable = false)
    private UUID generationId;

    @Column(nullable = false)
    private int variant;

    @Column(name = "object_key", nullable = false)
    private String objectKey;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "preview_text")
    private String previewText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Asset() {
    }

    public Asset(UUID id, UUID generationId, int variant, String objectKey, String contentType, long sizeBytes,
            String sha256, String previewText, Instant now) {
        this.id = id;
        this.generationId = generationId;
        this.variant = variant;
        this.objectKey = objectKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.previewText = previewText;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getGenerationId() {
        return generationId;
    }

    public int getVariant() {
        return variant;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getPreviewText() {
        return previewText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
