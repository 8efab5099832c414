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

/** A brand the workspace markets; the root of everything MITPO learns and makes. */
@Entity
@Table(name = "brand")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class Brand {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    private String website;

    private String tagline;

    @Column(name = "primary_color", nullable = false)
    private String primaryColor = "#5B3DF5";

    @Column(name = "secondary_color", nullable = false)
    private String secondaryColor = "#1D2433";

    @Column(name = "accent_color", nullable = false)
    private String accentColor = "#F5B83D";

    @Column(name = "heading_font", nullable = false)
    private String headingFont = "Inter";

    @Column(name = "body_font", nullable = false)
    private String bodyFont = "Inter";

    @Column(name = "logo_key")
    private String logoKey;

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Brand() {
    }

    public Brand(String name, Instant now) {
        this.id = UUID.randomUUID();
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

    public String getWebsite() {
        return website;
    }

    public String getTagline() {
        return tagline;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public String getSecondaryColor() {
        return secondaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public String getHeadingFont() {
        return headingFont;
    }

    public String getBodyFont() {
        return bodyFont;
    }

    public String getLogoKey() {
        return logoKey;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void useLogo(String key, String contentType, Instant now) {
        this.logoKey = key;
        this.logoContentType = contentType;
        this.updatedAt = now;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Replaces the brand's identity; the values have been validated by the caller. */
    public void describe(BrandIdentity identity, Instant now) {
        this.name = Names.shown(identity.name());
        this.website = identity.website();
        this.tagline = identity.tagline();
        this.primaryColor = identity.primaryColor();
        this.secondaryColor = identity.secondaryColor();
        this.accentColor = identity.accentColor();
        this.headingFont = identity.headingFont();
        this.bodyFont = identity.bodyFont();
        this.updatedAt = now;
    }
}
