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
import com.mitpo.platform.storage.Checksums;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A generation's way from accepted to done, in the background: gather the brand, write the words
 * (the copy itself, or the headline and call to action that go on an image, into a video or
 * into a voice-over), make each variant with the chosen model, store it, record it. A failure
 * stops the work, is shown with its reason, and refunds the credits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GenerationJob {

    private static final Logger LOG = Logger.getLogger(GenerationJob.class.getName());

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

    public void run(Attribution who, UUID generationId) {
        try {
            steps.begin(who, generationId).ifPresent(work -> make(who, generationId, work));
        } catch (ProviderFailure failure) {
            LOG.warning(() -> "generation " + generationId + ": " + failure.getMessage());
            steps.failed(who, generationId, "The model could not make this: " + failure.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "generation " + generationId + " failed", unexpected);
            steps.failed(who, generationId, "Something went wrong while making this. Your credits were refunded.");
        }
    }

    private void make(Attribution who, UUID generationId, GenerationSteps.Work work) {
        Optional<CatalogModel> model = steps.model(who, work.modelId(), work.kind().modality());
        if (model.isEmpty()) {
            steps.failed(who, generationId, "The chosen model is no longer available on this plan.");
            return;
        }
        Optional<BrandMaterial> material = steps.material(who, work.brandId(), work.prompt());
        if (material.isEmpty()) {
            steps.failed(who, generationId, "The brand was deleted.");
            return;
        }
        List<CopyVariant> words = words(who, work, model.get(), material.get());
        steps.advanced(who, generationId, 20);
        for (int variant = 1; variant <= work.variants(); variant++) {
            CopyVariant copy = words.get(variant - 1);
            byte[] output = output(who, work, model.get(), material.get(), copy);
            String key = CreativeFiles.outputKey(who.workspaceId(), generationId, variant, work.kind());
            store.put(key, output, work.kind().contentType());
            var asset = new Asset(UUID.randomUUID(), generationId, variant, key, work.kind().contentType(),
                    output.length, Checksums.sha256(output), work.kind() == GenerationKind.COPY ? CopyRequests.text(copy) : null,
                    clock.instant());
            if (!steps.stored(who, generationId, asset, 20 + 80 * variant / work.variants())) {
                store.deletePrefix(CreativeFiles.generationPrefix(who.workspaceId(), generationId));
                return;
            }
        }
        steps.succeeded(who, generationId);
    }

    /** One set of words per variant: from the chosen model for copy, from the offline writer otherwise. */
    private List<CopyVariant> words(Attribution who, GenerationSteps.Work work, CatalogModel model,
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

    private byte[] output(Attribution who, GenerationSteps.Work work, CatalogModel model, BrandMaterial material,
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

    private static Attribution attributed(Attribution who, GenerationKind kind) {
        return new Attribution(who.workspaceId(), who.userId(), "studio-" + kind.code());
    }
}
