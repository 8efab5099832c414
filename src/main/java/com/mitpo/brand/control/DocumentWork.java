package com.mitpo.brand.control;

import com.mitpo.brand.entity.DocumentStatus;
import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.Attribution;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.Modality;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.platform.work.WorkHandler;
import com.mitpo.platform.work.WorkLease;
import com.mitpo.platform.work.WorkOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A document's way from upload to ready, as work of the engine: extract the text, have the
 * chosen text model propose brand context, embed the chunks for retrieval. Progress and the
 * outcome are written as it goes; a problem stops the work with a code the page explains. Taken
 * over after its node died, the analysis starts again from the stored file.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentWork implements WorkHandler {

    public static final String KIND = "document-analysis";
    private static final Logger LOG = Logger.getLogger(DocumentWork.class.getName());

    /** The text kept of one document (about 500 pages); the rest is not analysed. */
    static final int MAX_TEXT_CHARS = 1_000_000;
    static final int CHUNK_CHARS = 800;
    static final int CHUNK_OVERLAP = 100;
    static final int EMBEDDING_BATCH = 32;

    @Inject
    DocumentSteps steps;

    @Inject
    AiModels ai;

    @Inject
    ObjectStore store;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkOutcome perform(WorkLease lease) {
        Actor actor = lease.actor();
        UUID documentId = lease.subjectId();
        Attribution who = Attribution.of(actor, KIND); // the model calls are recorded under the work's kind
        try {
            Optional<DocumentSteps.Work> work = steps.begin(actor, documentId);
            return work.isEmpty() || !step(lease, DocumentStatus.EXTRACTING) ? WorkOutcome.gone()
                    : run(lease, who, work.get());
        } catch (ProviderFailure failure) {
            LOG.warning(() -> "document " + documentId + ": " + failure.getMessage());
            return WorkOutcome.failed("PROVIDER_FAILED");
        }
    }

    /** Fails the document; the page words the outcome (a crash or nodes that kept dying read as an internal problem). */
    @Override
    public void failed(Actor actor, UUID documentId, WorkOutcome outcome) {
        steps.failed(actor, documentId);
    }

    private WorkOutcome run(WorkLease lease, Attribution who, DocumentSteps.Work work) {
        Actor actor = lease.actor();
        UUID documentId = lease.subjectId();
        DocumentFiles.Kind kind = DocumentFiles.Kind.ofContentType(work.contentType());
        DocumentFiles.Extracted extracted = DocumentFiles.extract(store.get(work.objectKey()), kind, MAX_TEXT_CHARS);
        if (extracted.problem() != null) {
            return WorkOutcome.failed(extracted.problem().name());
        }
        String text = extracted.text();
        if (!steps.extracted(actor, documentId, text) || !step(lease, DocumentStatus.ANALYSING)) {
            return WorkOutcome.gone();
        }
        Optional<CatalogModel> textModel = steps.model(actor, work.analysisModel(), Modality.TEXT);
        if (textModel.isEmpty()) {
            return WorkOutcome.failed("MODEL_UNAVAILABLE");
        }
        String reply = ai.complete(who, textModel.get(),
                new TextRequest(TextTask.EXTRACT_CONTEXT, ContextProposals.INSTRUCTIONS, ContextProposals.input(text)));
        if (!steps.proposed(actor, documentId, ContextProposals.read(reply, text)) || !step(lease, DocumentStatus.EMBEDDING)) {
            return WorkOutcome.gone();
        }
        if (!embed(lease, who, extracted, Chunker.split(text, CHUNK_CHARS, CHUNK_OVERLAP))) {
            return WorkOutcome.gone();
        }
        steps.ready(actor, documentId);
        return WorkOutcome.done();
    }

    /** Records the step reached, on the work item the page reads; false when another worker has the item now. */
    private static boolean step(WorkLease lease, DocumentStatus step) {
        return lease.progress(step.progress(), step.code());
    }

    /**
     * Embeds in batches, moving the progress bar from 70 to 99 as it goes, each chunk with the
     * page it starts on (chunks are cut from the extracted text, so their offsets are its own);
     * false when the document went away.
     */
    private boolean embed(WorkLease lease, Attribution who, DocumentFiles.Extracted extracted, List<Chunker.Chunk> chunks) {
        Actor actor = lease.actor();
        UUID documentId = lease.subjectId();
        CatalogModel model = steps.embeddingModel(actor);
        for (int from = 0; from < chunks.size(); from += EMBEDDING_BATCH) {
            List<Chunker.Chunk> batch = chunks.subList(from, Math.min(chunks.size(), from + EMBEDDING_BATCH));
            List<float[]> vectors = ai.embed(who, model, batch.stream().map(Chunker.Chunk::text).toList());
            List<Integer> pages = batch.stream().map(chunk -> extracted.pageAt(chunk.start())).toList(); // nulls allowed
            int progress = 70 + 29 * (from + batch.size()) / chunks.size();
            if (!lease.progress(progress) || !steps.embedded(actor, documentId, model.id(), batch, pages, vectors)) {
                return false;
            }
        }
        return true;
    }

}
