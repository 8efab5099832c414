package com.mitpo.brand.entity;

import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A passage of a document with its embedding, for retrieval. The vector is kept as
 * little-endian float32 bytes (no vector extension needed) together with the model that made it.
 * The page (1-based, where the passage starts) lets a citation name it; it is null for kinds
 * without pages and for passages embedded before pages were recorded.
 */
@Entity
@Table(name = "document_chunk")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class DocumentChunk {

    @Id
    private UUID id;

    @Column(name = "brand_id", nullable = false)
    private UUID brandId;

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "page")
    private Integer page;

    @Column(nullable = false)
    private String text;

    @Column(name = "embedding_model", nullable = false)
    private String embeddingModel;

    @Column(nullable = false)
    private byte[] embedding;

    protected DocumentChunk() {
    }

    public DocumentChunk(UUID brandId, UUID documentId, int ordinal, Integer page, String text, String embeddingModel,
            float[] vector) {
        this.id = UUID.randomUUID();
        this.brandId = brandId;
        this.documentId = documentId;
        this.ordinal = ordinal;
        this.page = page;
        this.text = text;
        this.embeddingModel = embeddingModel;
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        this.embedding = bytes.array();
    }

    public float[] vector() {
        float[] vector = new float[embedding.length / Float.BYTES];
        ByteBuffer.wrap(embedding).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
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

    public int getOrdinal() {
        return ordinal;
    }

    public Integer getPage() {
        return page;
    }

    public String getText() {
        return text;
    }
}
