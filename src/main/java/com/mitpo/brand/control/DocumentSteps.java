package com.mitpo.brand.control;

import com.mitpo.brand.entity.BrandDocument;
import com.mitpo.brand.entity.ContextItem;
import com.mitpo.brand.entity.DocumentChunk;
import com.mitpo.brand.entity.DocumentStatus;
import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.Modality;
import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The short transactions of a document's background work, each acting for the workspace and
 * user that uploaded it. Slow work (reading the bucket, parsing, model calls) happens between
 * them, outside any transaction. Every step first finds the document again: one deleted
 * meanwhile ends the work quietly.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DocumentSteps {

    /** What the work needs to know about the document. */
    public record Work(UUID brandId, String objectKey, String contentType, String analysisModel) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AiModels ai;

    @Inject
    Clock clock;

    /**
     * Starts the document afresh (a retry drops earlier results). The step it is on (extracting,
     * analysing, embedding) is the work item's, not the document's: it stays queued until ready.
     */
    public Optional<Work> begin(Actor who, UUID documentId) {
        return change(who, documentId, document -> dropResults(documentId)).map(d -> new Work(d.getBrandId(), d.getObjectKey(), d.getContentType(), d.getAnalysisModel()));
    }

    public boolean extracted(Actor who, UUID documentId, String text) {
        return change(who, documentId, document -> {
            document.keepText(text, clock.instant());
        }).isPresent();
    }

    /** The model, if this workspace may (still) use it. */
    public Optional<CatalogModel> model(Actor who, String modelId, Modality modality) {
        tenancy.actAs(who);
        return ai.find(modelId, modality);
    }

    public CatalogModel embeddingModel(Actor who) {
        tenancy.actAs(who);
        return ai.preselected(Modality.EMBEDDING);
    }

    public boolean proposed(Actor who, UUID documentId, List<ContextProposals.Proposal> proposals) {
        return change(who, documentId, document -> {
            for (ContextProposals.Proposal p : proposals) {
                em.persist(new ContextItem(document.getBrandId(), documentId, p.kind(), p.text(), p.quote(), clock.instant()));
            }
        }).isPresent();
    }

    /**
     * Keeps a batch of embedded chunks; {@code pages} and {@code vectors} go with {@code chunks}
     * one for one (a page is null for a document without pages).
     */
    public boolean embedded(Actor who, UUID documentId, String model, List<Chunker.Chunk> chunks,
            List<Integer> pages, List<float[]> vectors) {
        if (pages.size() != chunks.size()) {
            throw new IllegalArgumentException("one page for each chunk");
        }
        return change(who, documentId, document -> {
            for (int i = 0; i < chunks.size(); i++) {
                Chunker.Chunk chunk = chunks.get(i);
                em.persist(new DocumentChunk(document.getBrandId(), documentId, chunk.ordinal(), pages.get(i), chunk.text(),
                        model, vectors.get(i)));
            }
        }).isPresent();
    }

    public void ready(Actor who, UUID documentId) {
        change(who, documentId, document -> document.moveTo(DocumentStatus.READY, clock.instant()));
    }

    public void failed(Actor who, UUID documentId) {
        change(who, documentId, document -> document.fail(clock.instant()));
    }

    private Optional<BrandDocument> change(Actor who, UUID documentId, Consumer<BrandDocument> change) {
        tenancy.actAs(who);
        Optional<BrandDocument> document = Optional.ofNullable(em.find(BrandDocument.class, documentId));
        document.ifPresent(change);
        return document;
    }

    private void dropResults(UUID documentId) {
        em.createQuery("delete from DocumentChunk c where c.documentId = :d").setParameter("d", documentId).executeUpdate();
        em.createQuery("delete from ContextItem i where i.documentId = :d").setParameter("d", documentId).executeUpdate();
    }
}
