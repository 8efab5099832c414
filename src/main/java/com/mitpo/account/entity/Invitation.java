package com.mitpo.account.entity;

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

/** An invitation to join a workspace, sent by mail; only the SHA-256 of its token is stored. */
@Entity
@Table(name = "invitation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class Invitation {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String role;

    @Column(name = "token_hash", nullable = false)
    private byte[] tokenHash;

    @Column(name = "invited_by")
    private UUID invitedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Invitation() {
    }

    public Invitation(String email, WorkspaceRole role, byte[] tokenHash, UUID invitedBy,
            Instant expiresAt, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.role = role.dbValue();
        this.tokenHash = tokenHash.clone();
        this.invitedBy = invitedBy;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public WorkspaceRole getRole() {
        return WorkspaceRole.valueOf(role.toUpperCase(java.util.Locale.ROOT));
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
