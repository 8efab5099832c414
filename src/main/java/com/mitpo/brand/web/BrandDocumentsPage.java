package com.mitpo.brand.web;

import com.mitpo.brand.boundary.BrandDocuments;
import com.mitpo.brand.boundary.Brands;
import com.mitpo.brand.boundary.KnowledgeHit;
import com.mitpo.brand.boundary.UploadResult;
import com.mitpo.brand.control.DocumentFiles;
import com.mitpo.brand.entity.BrandDocument;
import com.mitpo.brand.entity.ContextItem;
import com.mitpo.brand.entity.DocumentStatus;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.web.Feedback;
import com.mitpo.platform.web.Messages;
import com.mitpo.platform.web.ModelOption;
import com.mitpo.platform.work.WorkState;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.RowEditEvent;

/**
 * brand/documents.xhtml: upload a brand's documents, watch their analysis, edit the context
 * proposed from them, and search their passages.
 */
@Named
@ViewScoped
public class BrandDocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Brands brands;

    @Inject
    BrandDocuments documents;

    private String idParam;
    private UUID id;
    private String brandName;
    private String modelId;
    private List<ModelOption> models;
    private List<DocumentRow> rows;
    private List<ContextRow> context;
    private String newKind = ContextItem.Kind.PRODUCT.code();
    private String newText;
    private String query;
    private List<KnowledgeHit> hits;
    /** What happened to the files of the latest upload (see {@link #upload}). */
    private final List<UploadNote> uploadNotes = new ArrayList<>();

    /** One file's outcome, as the message the page shows. */
    private record UploadNote(java.time.Instant at, FacesMessage message) implements Serializable {
    }

    private static final java.time.Duration SAME_BATCH = java.time.Duration.ofSeconds(30);

    /** One document as the table shows it. */
    public record DocumentRow(UUID id, String fileName, String size, String status, int progress, boolean busy,
            boolean failed, String problem, String model) implements Serializable {
        public UUID getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public String getSize() {
            return size;
        }

        public String getStatus() {
            return status;
        }

        public int getProgress() {
            return progress;
        }

        public boolean isBusy() {
            return busy;
        }

        public boolean isFailed() {
            return failed;
        }

        public String getProblem() {
            return problem;
        }

        public String getModel() {
            return model;
        }
    }

    /** One context item, editable in place. */
    public static class ContextRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UUID id;
        private String kind;
        private String text;
        private final String source;
        private final String quote;

        ContextRow(UUID id, String kind, String text, String source, String quote) {
            this.id = id;
            this.kind = kind;
            this.text = text;
            this.source = source;
            this.quote = quote;
        }

        public UUID getId() {
            return id;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getKindLabel() {
            return Messages.get("context.kind." + kind);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getSource() {
            return source;
        }

        public String getQuote() {
            return quote;
        }
    }

    /** Runs on GET (view action): loads the brand named by ?id; anything else answers 404. */
    public void load() throws IOException {
        var brand = BrandFromUrl.load(brands, idParam);
        if (brand.isEmpty()) {
            return;
        }
        id = brand.get().getId();
        brandName = brand.get().getName();
        List<CatalogModel> choices = documents.analysisModels();
        models = choices.stream().map(m -> ModelOption.of(m,
                Messages.format("documents.model.option", m.label()))).toList();
        modelId = choices.isEmpty() ? null : choices.get(0).id();
        reload();
    }

    public void upload(FileUploadEvent event) throws IOException {
        var file = event.getFile();
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            // Reads one byte past the cap, enough to tell "too large" without holding more.
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, documents.maxBytes() + 1));
        }
        UploadResult result = documents.upload(id, file.getFileName(), content, modelId);
        note(result.problem() != null
                ? org.omnifaces.util.Messages.createError("documents.fileProblem",
                        BrandDocuments.shownName(file.getFileName()), Messages.get("documents.problem." + result.problem().name()))
                : org.omnifaces.util.Messages.createInfo("documents.accepted", result.document().getFileName()));
        reload();
    }

    /**
     * Each file is its own request, and each answer replaces the page's messages: so every answer
     * repeats the outcomes of the files chosen with it, or a refused file's message would vanish
     * behind the next file's "uploaded".
     */
    private void note(FacesMessage message) {
        java.time.Instant now = java.time.Instant.now();
        uploadNotes.removeIf(earlier -> earlier.at().isBefore(now.minus(SAME_BATCH)));
        uploadNotes.add(new UploadNote(now, message));
        uploadNotes.forEach(note -> org.omnifaces.util.Messages.addGlobal(note.message()));
    }

    /**
     * The poll (which the page starts while a document is busy and stops once none is): the
     * context list is re-rendered only when a document changed, so an edit being typed there
     * is not wiped every second.
     */
    public void refresh() {
        List<DocumentRow> before = rows;
        reloadDocuments();
        if (!rows.equals(before)) {
            reloadContext();
            PrimeFaces.current().ajax().update("documentsForm", "contextForm");
        }
    }

    public void retry(UUID documentId) {
        documents.retry(documentId, modelId);
        reload();
    }

    public void delete(UUID documentId) {
        if (documents.delete(documentId)) {
            Feedback.info("documents.deleted");
        }
        reload();
    }

    public void saveItem(RowEditEvent<ContextRow> event) {
        ContextRow row = event.getObject();
        if (documents.saveContextItem(id, row.getId(), ContextItem.Kind.of(row.getKind()), row.getText()).isEmpty()) {
            Feedback.pageError("context.invalid");
        } else {
            Feedback.info("context.saved");
        }
        reloadContext();
    }

    public void addItem() {
        if (documents.saveContextItem(id, null, ContextItem.Kind.of(newKind), newText).isEmpty()) {
            Feedback.error("newText", "context.invalid");
            return;
        }
        newText = null;
        reloadContext();
    }

    public void removeItem(UUID itemId) {
        documents.deleteContextItem(itemId);
        reloadContext();
    }

    public void search() {
        hits = documents.search(id, query, 3);
    }

    private void reload() {
        reloadDocuments();
        reloadContext();
    }

    private void reloadDocuments() {
        List<BrandDocument> found = documents.list(id);
        Map<UUID, WorkState> work = documents.work(found.stream().map(BrandDocument::getId).toList());
        rows = found.stream().map(d -> row(d, work.getOrDefault(d.getId(), WorkState.NONE))).toList();
    }

    private void reloadContext() {
        Map<UUID, String> names = rows.stream().collect(Collectors.toMap(DocumentRow::id, DocumentRow::fileName));
        context = new ArrayList<>();
        for (ContextItem item : documents.context(id)) {
            String source = item.getDocumentId() == null ? Messages.get("context.handWritten")
                    : names.getOrDefault(item.getDocumentId(), "");
            context.add(new ContextRow(item.getId(), item.getKind().code(), item.getText(),
                    item.isEdited() && item.getDocumentId() != null ? source + " (" + Messages.get("context.edited") + ")" : source,
                    item.getQuote()));
        }
    }

    /** A document as listed, with how its analysis stands as the engine records it. */
    private static DocumentRow row(BrandDocument d, WorkState work) {
        String problem = work.failed() ? Messages.format("documents.problem." + work.outcomeCode(), work.arguments()) : null;
        return new DocumentRow(d.getId(), d.getFileName(), com.mitpo.platform.text.Sizes.shown(d.getSizeBytes()),
                Messages.get("documents.status." + step(work)), work.progress(), work.busy(), work.failed(), problem,
                Messages.format("documents.analysedWith", d.getAnalysisModel()));
    }

    /** The step a document's analysis is on, in the words of its status labels. */
    private static String step(WorkState work) {
        return switch (work.status()) {
            case QUEUED -> DocumentStatus.QUEUED.code();
            case RUNNING -> work.step() == null ? DocumentStatus.EXTRACTING.code() : work.step();
            case DONE -> DocumentStatus.READY.code();
            case FAILED -> DocumentStatus.FAILED.code();
        };
    }

    public boolean isBusy() {
        return rows != null && rows.stream().anyMatch(DocumentRow::busy);
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(ContextItem.Kind.values()).map(ContextItem.Kind::code).toList();
    }

    public String kindLabel(String kind) {
        return Messages.get("context.kind." + kind);
    }

    public String getMaxMegabytes() {
        return String.valueOf(documents.maxBytes() / (1024 * 1024));
    }

    public String getAccept() {
        return ".pdf,.docx,.txt,.md,.markdown,.html,.htm," + java.util.Arrays.stream(DocumentFiles.Kind.values())
                .map(kind -> kind.contentType).collect(Collectors.joining(","));
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public UUID getId() {
        return id;
    }

    public String getBrandName() {
        return brandName;
    }

    public String getModelId() {
        return modelId;
    }

    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public List<ModelOption> getModels() {
        return models;
    }

    public List<DocumentRow> getRows() {
        return rows;
    }

    public List<ContextRow> getContext() {
        return context;
    }

    public String getNewKind() {
        return newKind;
    }

    public void setNewKind(String newKind) {
        this.newKind = newKind;
    }

    public String getNewText() {
        return newText;
    }

    public void setNewText(String newText) {
        this.newText = newText;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<KnowledgeHit> getHits() {
        return hits;
    }
}
