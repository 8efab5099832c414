package com.mitpo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One "export my data" request of a user: whether it is being prepared, then the zip in the
 * bucket until it expires. How its work goes (progress, why it failed) is the engine's record.
 */
@Entity
@Table(name = "data_export")
public class DataExport {

    /** Where a request is; stored lower-case. */
    public enum Status { QUEUED, RUNNING, READY, FAILED }

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String status;

    @Column(name = "object_key")
    private String objectKey;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    private int files;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected DataExport() {
    }

    public DataExport(UUID userId, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.status = "queued";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void running(Instant now) {
        status = "running";
        updatedAt = now;
    }

    public void ready(String key, long size, String sha, int fileCount, Instant now, Instant expiry) {
        status = "ready";
        objectKey = key;
        sizeBytes = size;
        sha256 = sha;
        files = fileCount;
        updatedAt = now;
        finishedAt = now;
        expiresAt = expiry;
    }

    public void failed(Instant now, Instant expiry) {
        status = "failed";
        updatedAt = now;
        finishedAt = now;
        expiresAt = expiry;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public Status getStatus() {
        return Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isBusy() {
        return getStatus() == Status.QUEUED || getStatus() == Status.RUNNING;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public long getSizeBytes() {
        return sizeBytes == null ? 0 : sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public int getFiles() {
        return files;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
