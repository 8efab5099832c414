package com.mitpo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signed-in browser. Only the SHA-256 of its cookie token is stored. */
@Entity
@Table(name = "session")
public class Session {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false)
    private byte[] tokenHash;

    @Column(name = "active_workspace_id")
    private UUID activeWorkspaceId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ip_address")
    private String ipAddress;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Session() {
    }

    public Session(UUID userId, byte[] tokenHash, UUID activeWorkspaceId, Instant expiresAt, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.tokenHash = tokenHash.clone();
        this.activeWorkspaceId = activeWorkspaceId;
        this.expiresAt = expiresAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getActiveWorkspaceId() {
        return activeWorkspaceId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void switchTo(UUID workspaceId, Instant now) {
        this.activeWorkspaceId = workspaceId;
        this.updatedAt = now;
    }

    public void seenFrom(String ipAddress, String userAgent) {
        this.ipAddress = ipAddress;
        this.userAgent = userAgent == null || userAgent.length() <= 512 ? userAgent : userAgent.substring(0, 512);
    }

    /** Sliding expiry: the session lives {@code lifetime} from now. */
    public void extend(Instant now, java.time.Duration lifetime) {
        this.expiresAt = now.plus(lifetime);
        this.updatedAt = now;
    }
}
