package com.mitpo.creative.control;

import com.mitpo.creative.entity.Asset;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.Attribution;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.CopyVariant;
import com.mitpo.platform.ai.CreativeBrief;
import com.mitpo.platform.ai.Modality;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.storage.Checksums;
import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.platform.work.WorkHandler;
import com.mitpo.platform.work.WorkLease;
import com.mitpo.platform.work.WorkOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A generation's way from accepted to done, as work of the engine: gather the brand, write the
 * words (the copy itself, or the headline and call to action that go on an image, into a video or
 * into a voice-over), make each variant with the chosen model, store it, record it. Taken over
 * after its node died, it makes only the variants not yet stored. A failure stops the work, is
 * shown with its reason, and refunds the credits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GenerationWork implements WorkHandler {

    public static final String KIND = "generation";
    private static final Logger LOG = Logger.getLogger(GenerationWork.class.getName());

    /** The words on images, in videos and voice-overs come from the offline writer, at no charge. */
    static final String WORDS_MODEL = "local/brand-writer";
    static final int VIDEO_SECONDS = 6;

    @Inject
    GenerationSteps steps;

    @Inject
    AiModels ai;

    @Inject
    ObjectStore store;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkOutcome perform(WorkLease lease) {
        Actor who = lease.actor();
        UUID generationId = lease.subjectId();
        try {
            Optional<GenerationSteps.Work> work = steps.begin(who, generationId);
            return work.isEmpty() ? WorkOutcome.gone() : make(lease, work.get());
        } catch (ProviderFailure failure) {
            LOG.warning(() -> "generation " + generationId + ": " + failure.getMessage());
            return WorkOutcome.failed("PROVIDER_FAILED", failure.getMessage());
        }
    }

    /** Fails the generation with its refund; the page words the outcome (nodes that kept dying read as interrupted). */
    @Override
    public void failed(Actor who, UUID generationId, WorkOutcome outcome) {
        steps.failed(who, generationId);
    }

    private WorkOutcome make(WorkLease lease, GenerationSteps.Work work) {
        Actor who = lease.actor();
        UUID generationId = lease.subjectId();
        Optional<CatalogModel> model = steps.model(who, work.modelId(), work.kind().modality());
        if (model.isEmpty()) {
            return WorkOutcome.failed("MODEL_UNAVAILABLE");
        }
        Optional<BrandMaterial> material = steps.material(who, work.brandId(), work.prompt());
        if (material.isEmpty()) {
            return WorkOutcome.failed("BRAND_GONE");
        }
        List<CopyVariant> words = words(who, work, model.get(), material.get());
        if (!lease.progress(20)) {
            return WorkOutcome.gone();
        }
        for (int variant = 1; variant <= work.variants(); variant++) {
            if (work.stored().contains(variant)) {
                continue;
            }
            CopyVariant copy = words.get(variant - 1);
            byte[] output = output(who, work, model.get(), material.get(), copy);
            int progress = 20 + 80 * variant / work.variants();
            if (!lease.progress(progress)) {
                return WorkOutcome.gone(); // another worker has it now and makes this variant itself
            }
            String key = CreativeFiles.outputKey(who.workspaceId(), generationId, variant, work.kind());
            store.put(key, output, work.kind().contentType());
            var asset = new Asset(UUID.randomUUID(), generationId, variant, key, work.kind().contentType(),
                    output.length, Checksums.sha256(output), work.kind() == GenerationKind.COPY ? CopyRequests.text(copy) : null,
                    clock.instant());
            if (!steps.stored(who, generationId, asset)) {
                store.deletePrefix(CreativeFiles.generationPrefix(who.workspaceId(), generationId));
                return WorkOutcome.gone();
            }
        }
        steps.succeeded(who, generationId);
        return WorkOutcome.done();
    }

    /** One set of words per variant: from the chosen model for copy, from the offline writer otherwise. */
    private List<CopyVariant> words(Actor who, GenerationSteps.Work work, CatalogModel model,
            BrandMaterial material) {
        CatalogModel writer = work.kind() == GenerationKind.COPY ? model
                : steps.model(who, WORDS_MODEL, Modality.TEXT).orElse(model);
        List<CopyVariant> words = CopyRequests.variants(ai.complete(attributed(who, GenerationKind.COPY), writer,
                CopyRequests.request(material, work.prompt(), work.variants(), work.kind())));
        if (words.size() < work.variants()) {
            throw new ProviderFailure("it wrote " + words.size() + " of " + work.variants() + " variants");
        }
        return words;
    }

    private byte[] output(Actor who, GenerationSteps.Work work, CatalogModel model, BrandMaterial material,
            CopyVariant copy) {
        Attribution call = attributed(who, work.kind());
        return switch (work.kind()) {
            case COPY -> CopyRequests.text(copy).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case IMAGE -> ai.image(call, model, brief(work, material, copy));
            case VIDEO -> ai.video(call, model, brief(work, material, copy), VIDEO_SECONDS);
            case SPEECH -> ai.speech(call, model, CopyRequests.spoken(copy));
        };
    }

    private static CreativeBrief brief(GenerationSteps.Work work, BrandMaterial material, CopyVariant copy) {
        return new CreativeBrief(work.prompt(), copy.headline(), copy.callToAction(), work.size().width(),
                work.size().height(), material.colours(), material.headingFont(), material.bodyFont(),
                material.logoPng());
    }

    private static Attribution attributed(Actor who, GenerationKind kind) {
        return Attribution.of(who, "studio-" + kind.code());
    }
}
