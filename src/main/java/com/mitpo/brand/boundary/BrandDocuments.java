package com.mitpo.brand.boundary;

import com.mitpo.brand.control.BrandReceipts;
import com.mitpo.brand.control.BrandFiles;
import com.mitpo.brand.control.DocumentFiles;
import com.mitpo.brand.control.DocumentWork;
import com.mitpo.brand.entity.Brand;
import com.mitpo.brand.entity.BrandDocument;
import com.mitpo.brand.entity.ContextItem;
import com.mitpo.brand.entity.DocumentChunk;
import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.Attribution;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.Modality;
import com.mitpo.platform.persistence.AfterCompletion;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.storage.Checksums;
import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.platform.text.Names;
import com.mitpo.platform.work.WorkPriority;
import com.mitpo.platform.work.WorkQueue;
import com.mitpo.platform.work.WorkState;
import com.mitpo.platform.work.WorkStates;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A brand's documents and what MITPO learned from them: upload (type decided from the bytes,
 * size capped, the original kept in the private bucket), background analysis with the chosen
 * text model, the proposed context items the marketer edits, and retrieval over the embedded
 * chunks for the features that write with the brand's knowledge. Deleting a document removes
 * its rows now and its bucket objects as soon as that has committed.
 */
@Stateless
public class BrandDocuments {

    private static final int MAX_IDS_PER_QUERY = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Brands brands;

    @Inject
    AiModels ai;

    @Inject
    ObjectStore store;

    @Inject
    TenantContext tenant;

    @Inject
    AfterCompletion afterCompletion;

    @Inject
    BrandReceipts brandReceipts;

    @Inject
    WorkQueue work;

    @Inject
    WorkStates workStates;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mitpo.documents.max-bytes")
    long maxBytes;

    /** The largest document accepted, in bytes (MITPO_DOCUMENTS_MAX_BYTES, 20 MB by default). */
    public long maxBytes() {
        return maxBytes;
    }

    /** The text models this workspace may analyse documents with, the preselected first. */
    public List<CatalogModel> analysisModels() {
        return ai.choices(Modality.TEXT);
    }

    public List<BrandDocument> list(UUID brandId) {
        return em.createQuery("select d from BrandDocument d where d.brandId = :brand order by d.createdAt desc",
                BrandDocument.class).setParameter("brand", brandId).getResultList();
    }

    /** How the analysis of each of these documents stands (step, progress, problem), as the engine records it. */
    public Map<UUID, WorkState> work(Collection<UUID> documentIds) {
        return workStates.of(DocumentWork.KIND, documentIds);
    }

    /**
     * Checks and stores an upload, then starts its analysis once the row has committed. Refused
     * uploads (empty, too large, not one of the accepted types by their content) store nothing.
     */
    public UploadResult upload(UUID brandId, String fileName, byte[] content, String modelId) {
        Optional<Brand> brand = brands.find(brandId);
        DocumentFiles.Detected detected = DocumentFiles.detect(content, fileName, maxBytes);
        if (brand.isEmpty() || detected.problem() != null) {
            return UploadResult.refused(brand.isEmpty() ? DocumentProblem.UNSUPPORTED_TYPE : detected.problem());
        }
        CatalogModel model = ai.findOrPreselected(modelId, Modality.TEXT);
        UUID workspace = tenant.workspaceId().orElseThrow();
        UUID documentId = UUID.randomUUID();
        String key = BrandFiles.documentPrefix(workspace, brandId, documentId) + "original";
        var document = new BrandDocument(documentId, brandId, shownName(fileName), detected.kind().contentType,
                content.length, Checksums.sha256(content), key, model.id(), tenant.userId().orElse(null), clock.instant());
        em.persist(document);
        store.put(key, content, detected.kind().contentType);
        afterCompletion.onRollback(() -> store.deletePrefix(BrandFiles.documentPrefix(workspace, brandId, documentId)));
        startAfterCommit(documentId);
        return new UploadResult(document, null);
    }

    /** Runs the analysis again (after a failure, or with another model). */
    public boolean retry(UUID documentId, String modelId) {
        BrandDocument document = em.find(BrandDocument.class, documentId);
        if (document == null || !document.getStatus().finished()) {
            return false;
        }
        CatalogModel model = ai.findOrPreselected(modelId, Modality.TEXT);
        document.requeue(model.id(), clock.instant());
        startAfterCommit(documentId);
        return true;
    }

    public boolean delete(UUID documentId) {
        BrandDocument document = em.find(BrandDocument.class, documentId);
        if (document == null) {
            return false;
        }
        UUID workspace = tenant.workspaceId().orElseThrow();
        String files = BrandFiles.documentPrefix(workspace, document.getBrandId(), documentId);
        brandReceipts.documentDeleted(document, files);
        em.remove(document); // its context items and chunks follow by cascade
        afterCompletion.onCommit(() -> store.deletePrefix(files));
        return true;
    }

    public List<ContextItem> context(UUID brandId) {
        return em.createQuery("select i from ContextItem i where i.brandId = :brand order by i.kind, i.createdAt",
                ContextItem.class).setParameter("brand", brandId).getResultList();
    }

    /** Adds ({@code itemId} null) or edits a context item; empty when the text is blank or too long. */
    public Optional<ContextItem> saveContextItem(UUID brandId, UUID itemId, ContextItem.Kind kind, String text) {
        String clean = text == null ? "" : text.strip();
        if (kind == null || clean.isEmpty() || clean.length() > ContextItem.MAX_TEXT || brands.find(brandId).isEmpty()) {
            return Optional.empty();
        }
        if (itemId == null) {
            var item = new ContextItem(brandId, null, kind, clean, null, clock.instant());
            em.persist(item);
            return Optional.of(item);
        }
        return Optional.ofNullable(em.find(ContextItem.class, itemId)).map(item -> {
            item.edit(kind, clean, clock.instant());
            return item;
        });
    }

    public void deleteContextItem(UUID itemId) {
        em.createQuery("delete from ContextItem i where i.id = :id").setParameter("id", itemId).executeUpdate();
    }

    /** The passages of the brand's documents closest in meaning to the query, best first. */
    public List<KnowledgeHit> search(UUID brandId, String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        CatalogModel model = ai.preselected(Modality.EMBEDDING);
        List<DocumentChunk> chunks = em.createQuery(
                "select c from DocumentChunk c where c.brandId = :brand and c.embeddingModel = :model", DocumentChunk.class)
                .setParameter("brand", brandId).setParameter("model", model.id()).getResultList();
        if (chunks.isEmpty()) {
            return List.of();
        }
        Embedding asked = Embedding.from(ai.embed(attribution("document-search"), model, List.of(query.strip())).get(0));
        Map<UUID, String> names = list(brandId).stream()
                .collect(Collectors.toMap(BrandDocument::getId, BrandDocument::getFileName));
        return chunks.stream()
                .map(c -> new KnowledgeHit(c.getId(), c.getDocumentId(), names.get(c.getDocumentId()), c.getOrdinal(),
                        c.getPage(), c.getText(), CosineSimilarity.between(asked, Embedding.from(c.vector()))))
                .sorted(Comparator.comparingDouble(KnowledgeHit::score).reversed())
                .limit(limit)
                .toList();
    }

    /**
     * Opens a passage a citation points at ({@link KnowledgeHit#passageId()}), with its neighbours.
     * Empty for an unknown id, and for another workspace's: the tenant filter hides its rows.
     */
    public Optional<Passage> passage(UUID passageId) {
        return passageId == null ? Optional.empty() : Optional.ofNullable(passages(List.of(passageId)).get(passageId));
    }

    /**
     * The passages of these ids that this workspace has, in the order asked; ids it does not have
     * are simply missing, so a caller can tell which citations of a reply were really retrieved.
     */
    public Map<UUID, Passage> passages(Collection<UUID> passageIds) {
        List<UUID> ids = passageIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, DocumentChunk> found = new HashMap<>();
        for (List<UUID> slice : slices(ids)) {
            em.createQuery("select c from DocumentChunk c where c.id in :ids", DocumentChunk.class)
                    .setParameter("ids", slice).getResultList().forEach(c -> found.put(c.getId(), c));
        }
        if (found.isEmpty()) {
            return Map.of();
        }
        List<DocumentChunk> wanted = ids.stream().map(found::get).filter(Objects::nonNull).toList();
        Map<UUID, Set<Integer>> neighbours = new HashMap<>();
        for (DocumentChunk c : wanted) {
            Set<Integer> ordinals = neighbours.computeIfAbsent(c.getDocumentId(), d -> new HashSet<>());
            ordinals.add(c.getOrdinal() - 1);
            ordinals.add(c.getOrdinal() + 1);
        }
        // One query per document cited (a reply cites a handful), each reading just the neighbours.
        List<DocumentChunk> nearby = new ArrayList<>();
        neighbours.forEach((document, ordinals) -> nearby.addAll(em.createQuery(
                "select c from DocumentChunk c where c.documentId = :document and c.ordinal in :ordinals", DocumentChunk.class)
                .setParameter("document", document).setParameter("ordinals", List.copyOf(ordinals)).getResultList()));
        Map<UUID, String> names = em.createQuery("select d from BrandDocument d where d.id in :documents", BrandDocument.class)
                .setParameter("documents", List.copyOf(neighbours.keySet())).getResultStream()
                .collect(Collectors.toMap(BrandDocument::getId, BrandDocument::getFileName));
        return Passages.assemble(wanted, nearby, names);
    }

    /** Keeps each IN list well below PostgreSQL's limit on bind parameters, however many ids a reply holds. */
    private static List<List<UUID>> slices(List<UUID> ids) {
        List<List<UUID>> slices = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_QUERY) {
            slices.add(ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_QUERY)));
        }
        return slices;
    }

    /** Analysis starts once the upload (or the retry) has committed, on whichever node has a worker free. */
    private void startAfterCommit(UUID documentId) {
        work.enqueue(DocumentWork.KIND, documentId, WorkPriority.INTERACTIVE);
    }

    private Attribution attribution(String purpose) {
        return new Attribution(tenant.workspaceId().orElseThrow(), tenant.userId().orElse(null), purpose);
    }

    /** The name as shown (and stored), without any path a browser may send along. */
    public static String shownName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = Names.shown(name.substring(name.lastIndexOf('/') + 1));
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }
}
