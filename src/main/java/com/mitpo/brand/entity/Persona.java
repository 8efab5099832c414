package com.mitpo.brand.entity;

import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.text.Names;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Someone the brand speaks to: who they are, what hurts, what they want, where they listen. */
@Entity
@Table(name = "persona")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class Persona {

    @Id
    private UUID id;

    @Column(name = "brand_id", nullable = false)
    private UUID brandId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description = "";

    @Column(nullable = false)
    private String pains = "";

    @Column(nullable = false)
    private String goals = "";

    @Column(nullable = false)
    private String channels = "";

    @Column(nullable = false)
    private String demographics = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Persona() {
    }

    public Persona(UUID brandId, Instant now) {
        this.id = UUID.randomUUID();
        this.brandId = brandId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String name, String description, String pains, String goals, String channels,
            String demographics, Instant now) {
        this.name = Names.shown(name);
        this.description = nonNull(description);
        this.pains = nonNull(pains);
        this.goals = nonNull(goals);
        this.channels = nonNull(channels);
        this.demographics = nonNull(demographics);
        this.updatedAt = now;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }

    public UUID getId() {
        return id;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getPains() {
        return pains;
    }

    public String getGoals() {
        return goals;
    }

    public String getChannels() {
        return channels;
    }

    public String getDemographics() {
        return demographics;
    }
}
