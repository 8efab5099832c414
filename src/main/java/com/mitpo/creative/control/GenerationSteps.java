package com.mitpo.creative.control;

import com.mitpo.billing.boundary.Credits;
import com.mitpo.brand.boundary.BrandDocuments;
import com.mitpo.brand.boundary.Brands;
import com.mitpo.brand.boundary.KnowledgeHit;
import com.mitpo.brand.boundary.BrandProfile;
import com.mitpo.creative.entity.Asset;
import com.mitpo.creative.entity.ChannelSize;
import com.mitpo.creative.entity.Generation;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.creative.entity.GenerationStatus;
import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.Modality;
import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.persistence.AfterCompletion;
import com.mitpo.platform.persistence.Tenancy;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The short transactions of a generation's background work, each acting for the workspace and
 * user that asked for it. Model calls and bucket writes happen between them, outside any
 * transaction. A generation deleted meanwhile ends the work quietly.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GenerationSteps {

    /** What the work needs to know about the generation. */
    public record Work(GenerationKind kind, UUID brandId, String prompt, ChannelSize size, int variants,
            String modelId, Set<Integer> stored) {
    }

    /** Facts from the brand's documents that are closest to the prompt. */
    static final int KNOWLEDGE_PASSAGES = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AiModels ai;

    @Inject
    Brands brands;

    @Inject
    BrandDocuments documents;

    @Inject
    Credits credits;

    @Inject
    ObjectStore store;

    @Inject
    AfterCompletion afterCompletion;

    @Inject
    Clock clock;

    /**
     * Marks a queued generation as running, or picks up a running one whose worker was lost, with
     * the variants it already stored; empty when it is gone or already finished.
     */
    public Optional<Work> begin(Actor who, UUID generationId) {
        Generation g = find(who, generationId);
        if (g == null || g.getStatus().finished()) {
            return Optional.empty();
        }
        if (g.getStatus() == GenerationStatus.QUEUED) {
            g.start(clock.instant());
        }
        Set<Integer> stored = Set.copyOf(em.createQuery(
                "select a.variant from Asset a where a.generationId = :g", Integer.class)
                .setParameter("g", generationId).getResultList());
        return Optional.of(new Work(g.getKind(), g.getBrandId(), g.getPrompt(), g.getSize(), g.getVariants(),
                g.getModelId(), stored));
    }

    /** The model, if this workspace may (still) use it. */
    public Optional<CatalogModel> model(Actor who, String modelId, Modality modality) {
        tenancy.actAs(who);
        return ai.find(modelId, modality);
    }

    /** The brand's look, voice, audience and the facts that ground the words; empty when the brand is gone. */
    public Optional<BrandMaterial> material(Actor who, UUID brandId, String prompt) {
        tenancy.actAs(who);
        Optional<BrandProfile> profile = brandId == null ? Optional.empty() : brands.profile(brandId);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        BrandProfile brand = profile.get();
        List<String> facts = new ArrayList<>(brand.context());
        documents.search(brandId, prompt, KNOWLEDGE_PASSAGES).stream().map(KnowledgeHit::text).forEach(facts::add);
        return Optional.of(new BrandMaterial(brand.name(), brand.tagline(), brand.colours(), brand.headingFont(),
                brand.bodyFont(), brand.logoPng(), brand.voice(), brand.audience(), facts));
    }

    /** Records an output already in the bucket; false when the generation went away meanwhile. */
    public boolean stored(Actor who, UUID generationId, Asset asset) {
        Generation g = find(who, generationId);
        if (g == null || g.getStatus() != GenerationStatus.RUNNING) {
            return false;
        }
        if (!em.createQuery("select a.id from Asset a where a.generationId = :g and a.variant = :v")
                .setParameter("g", generationId).setParameter("v", asset.getVariant()).getResultList().isEmpty()) {
            return true; // a worker that took over meanwhile stored this variant already
        }
        em.persist(asset);
        return true;
    }

    public void succeeded(Actor who, UUID generationId) {
        Optional.ofNullable(find(who, generationId)).ifPresent(g -> g.succeed(clock.instant()));
    }

    /**
     * Fails the generation (why is the work's outcome), refunds what it was debited, and drops
     * any outputs it made (rows now, bucket objects once that has committed).
     */
    public void failed(Actor who, UUID generationId) {
        Generation g = find(who, generationId);
        if (g == null || g.getStatus().finished()) {
            return;
        }
        g.fail(clock.instant());
        em.createQuery("delete from Asset a where a.generationId = :g").setParameter("g", generationId).executeUpdate();
        credits.refund(generationId, "generation-failed");
        String files = CreativeFiles.generationPrefix(who.workspaceId(), generationId);
        afterCompletion.onCommit(() -> store.deletePrefix(files));
    }

    private Generation find(Actor who, UUID generationId) {
        tenancy.actAs(who);
        return em.find(Generation.class, generationId);
    }
}
