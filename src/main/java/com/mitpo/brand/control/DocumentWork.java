package com.mitpo.brand.control;

import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.Attribution;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.Modality;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A document's way from upload to ready, run in the background: extract the text, have the
 * chosen text model propose brand context, embed the chunks for retrieval. Progress and the
 * outcome are written as it goes; a problem stops the work with a code the page explains.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentProcessing {

    private static final Logger LOG = Logger.getLogger(DocumentProcessing.class.getName());

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

    public void process(Attribution who, UUID documentId) {
        try {
            steps.begin(who, documentId).ifPresent(work -> run(who, documentId, work));
        } catch (ProviderFailure failure) {
            LOG.warning(() -> "document " + documentId + ": " + failure.getMessage());
            steps.failed(who, documentId, "PROVIDER_FAILED");
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "document " + documentId + " could not be processed", unexpected);
            steps.failed(who, documentId, "INTERNAL");
        }
    }

    private void run(Attribution who, UUID documentId, DocumentSteps.Work work) {
        DocumentFiles.Kind kind = DocumentFiles.Kind.ofContentType(work.contentType());
        DocumentFiles.Extracted extracted = DocumentFiles.extract(store.get(work.objectKey()), kind, MAX_TEXT_CHARS);
        if (extracted.problem() != null) {
            steps.failed(who, documentId, extracted.problem().name());
            return;
        }
        String text = extracted.text();
        if (!steps.extracted(who, documentId, text)) {
            return;
        }
        Optional<CatalogModel> textModel = steps.model(who, work.analysisModel(), Modality.TEXT);
        if (textModel.isEmpty()) {
            steps.failed(who, documentId, "MODEL_UNAVAILABLE");
            return;
        }
        String reply = ai.complete(who, textModel.get(),
                new TextRequest(TextTask.EXTRACT_CONTEXT, ContextProposals.INSTRUCTIONS, ContextProposals.input(text)));
        if (!steps.proposed(who, documentId, ContextProposals.read(reply, text))) {
            return;
        }
        if (embed(who, documentId, Chunker.split(text, CHUNK_CHARS, CHUNK_OVERLAP))) {
            steps.ready(who, documentId);
        }
    }

    /** Embeds in batches, moving the progress bar from 70 to 99 as it goes; false when the document went away. */
    private boolean embed(Attribution who, UUID documentId, List<Chunker.Chunk> chunks) {
        CatalogModel model = steps.embeddingModel(who);
        for (int from = 0; from < chunks.size(); from += EMBEDDING_BATCH) {
            List<Chunker.Chunk> batch = chunks.subList(from, Math.min(chunks.size(), from + EMBEDDING_BATCH));
            List<float[]> vectors = ai.embed(who, model, batch.stream().map(Chunker.Chunk::text).toList());
            int progress = 70 + 29 * (from + batch.size()) / chunks.size();
            if (!steps.embedded(who, documentId, model.id(), batch, vectors, progress)) {
                return false;
            }
        }
        return true;
    }

}
