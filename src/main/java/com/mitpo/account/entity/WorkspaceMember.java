package com.mitpo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's membership, with a role, in one workspace. */
@Entity
@Table(name = "workspace_member")
public class WorkspaceMember {

    @Id
    private UUID id;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WorkspaceMember() {
    }

    public WorkspaceMember(UUID workspaceId, UUID userId, WorkspaceRole role, Instant now) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.role = role.dbValue();
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getWorkspaceId() {
        return workspaceId;
    }

    public UUID getUserId() {
        return userId;
    }

    public void setRole(WorkspaceRole role) {
        this.role = role.dbValue();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public WorkspaceRole getRole() {
        return WorkspaceRole.valueOf(role.toUpperCase(java.util.Locale.ROOT));
    }
}
