package com.mitpo.assistant.entity;

import com.mitpo.platform.persistence.NullableUuidConverter;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A source a reply cited, kept as it was when cited: the label the reply used ([S2] is 2), what
 * kind of source it was, its id, and for a document passage the document's name and page. The
 * excerpt stays readable when the document changes or goes later.
 */
@Entity
@Table(name = "assistant_citation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class Citation implements Serializable {

    public static final int MAX_EXCERPT = 2000;

    /** What a reply can cite: the brand's knowledge, and the user's own memory. */
    public enum SourceKind {
        PASSAGE, CONTEXT, VOICE, PERSONA, MEMORY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static SourceKind of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "message_id", nullable = false)
    private UUID messageId;

    @Column(nullable = false)
    private int label;

    @Column(name = "source_kind", nullable = false)
    private String sourceKind;

    @Column(name = "source_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID sourceId;

    @Column(name = "document_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID documentId;

    @Column(name = "document_name")
    private String documentName;

    private Integer page;

    @Column(nullable = false)
    private String excerpt;

    protected Citation() {
    }

    public Citation(UUID userId, UUID messageId, int label, SourceKind kind, UUID sourceId, UUID documentId,
            String documentName, Integer page, String excerpt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.messageId = messageId;
        this.label = label;
        this.sourceKind = kind.code();
        this.sourceId = sourceId;
        this.documentId = documentId;
        this.documentName = documentName;
        this.page = page;
        this.excerpt = excerpt.length() <= MAX_EXCERPT ? excerpt : excerpt.substring(0, MAX_EXCERPT);
    }

    public UUID getId() {
        return id;
    }

    public UUID getMessageId() {
        return messageId;
    }

    public int getLabel() {
        return label;
    }

    public SourceKind getKind() {
        return SourceKind.of(sourceKind);
    }

    public String getKindCode() {
        return sourceKind;
    }

    public UUID getSourceId() {
        return sourceId;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public String getDocumentName() {
        return documentName;
    }

    public Integer getPage() {
        return page;
    }

    public String getExcerpt() {
        return excerpt;
    }
}
