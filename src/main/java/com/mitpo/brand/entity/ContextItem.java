package com.mitpo.brand.entity;

import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.persistence.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One thing MITPO knows about a brand: proposed from a document (which it cites, with the
 * sentence it came from) or written by hand. The marketer may edit or remove any of them.
 */
@Entity
@Table(name = "brand_context_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class ContextItem {

    public enum Kind {
        PRODUCT, VALUE_PROPOSITION, KEY_FACT, TONE, AUDIENCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind for a stored or proposed code, or null when there is none such. */
        public static Kind of(String code) {
            for (Kind kind : values()) {
                if (kind.code().equals(code)) {
                    return kind;
                }
            }
            return null;
        }
    }

    public static final int MAX_TEXT = 2000;

    @Id
    private UUID id;

    @Column(name = "brand_id", nullable = false)
    private UUID brandId;

    @Column(name = "document_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID documentId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String text;

    private String quote;

    @Column(nullable = false)
    private boolean edited;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContextItem() {
    }

    public ContextItem(UUID brandId, UUID documentId, Kind kind, String text, String quote, Instant now) {
        this.id = UUID.randomUUID();
        this.brandId = brandId;
        this.documentId = documentId;
        this.kind = kind.code();
        this.text = text;
        this.quote = quote;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(Kind newKind, String newText, Instant now) {
        this.kind = newKind.code();
        this.text = newText;
        this.edited = true;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public Kind getKind() {
        return Kind.of(kind);
    }

    public String getText() {
        return text;
    }

    public String getQuote() {
        return quote;
    }

    public boolean isEdited() {
        return edited;
    }
}
