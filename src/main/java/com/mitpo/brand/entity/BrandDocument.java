package com.mitpo.brand.entity;

import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Basic;
import com.mitpo.platform.persistence.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An uploaded document: the original in the private bucket, its extracted text here, and where
 * where it is on its way to ready (its status). How the work on it goes (progress, step, the
 * problem if it failed) is the engine's record, read through WorkStates.
 */
@Entity
@Table(name = "brand_document")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class BrandDocument {

    @Id
    private UUID id;

    @Column(name = "brand_id", nullable = false)
    private UUID brandId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "object_key", nullable = false)
    private String objectKey;

    @Column(name = "analysis_model", nullable = false)
    private String analysisModel;

    @Column(nullable = false)
    private String status;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "uploaded_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BrandDocument() {
    }

    public BrandDocument(UUID id, UUID brandId, String fileName, String contentType, long sizeBytes, String sha256,
            String objectKey, String analysisModel, UUID uploadedBy, Instant now) {
        this.id = id;
        this.brandId = brandId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.objectKey = objectKey;
        this.analysisModel = analysisModel;
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
        moveTo(DocumentStatus.QUEUED, now);
    }

    public void moveTo(DocumentStatus next, Instant now) {
        this.status = next.code();
        this.updatedAt = now;
    }

    /** Stops as failed; the problem is the work's outcome. */
    public void fail(Instant now) {
        moveTo(DocumentStatus.FAILED, now);
    }

    public void keepText(String text, Instant now) {
        this.extractedText = text;
        this.updatedAt = now;
    }

    /** Starts over from the original, e.g. after a failure or with another model. */
    public void requeue(String model, Instant now) {
        this.analysisModel = model;
        this.extractedText = null;
        moveTo(DocumentStatus.QUEUED, now);
    }

    public UUID getId() {
        return id;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public String getFileName() {
        return fileName;
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

    public String getObjectKey() {
        return objectKey;
    }

    public String getAnalysisModel() {
        return analysisModel;
    }

    public DocumentStatus getStatus() {
        return DocumentStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }

    public String getExtractedText() {
        return extractedText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
