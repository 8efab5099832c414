package com.mitpo.account.entity;

import com.mitpo.platform.text.Names;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The tenant: everything a team makes lives in one workspace. */
@Entity
@Table(name = "workspace")
public class Workspace {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Workspace() {
    }

    public Workspace(UUID id, String name, Instant now) {
        this.id = id;
        this.name = Names.shown(name);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String name, Instant now) {
        this.name = Names.shown(name);
        this.updatedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
