package com.mitpo.platform.ai;

import com.mitpo.platform.persistence.Queries;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The one door to AI models for every feature: which models the current workspace may pick
 * (its plan's catalog rows whose provider is configured), and the calls themselves. A call goes
 * to the provider named by the chosen model's catalog row and to no other, with no fallback, and
 * leaves an {@code ai_call} row naming that provider and model whether it worked or not.
 */
@Stateless
public class AiModels {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<TextProvider> textProviders;

    @Inject
    @Any
    Instance<EmbeddingProvider> embeddingProviders;

    @Inject
    @Any
    Instance<ImageProvider> imageProviders;

    @Inject
    @Any
    Instance<SpeechProvider> speechProviders;

    @Inject
    @Any
    Instance<VideoProvider> videoProviders;

    @Inject
    AiCallLog log;

    @Inject
    Clock clock;

    /** The models of this modality the current workspace may pick, the preselected one first. */
    public List<CatalogModel> choices(Modality modality) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.id, m.provider, m.model, m.label, m.credit_cost, pm.is_default
                  from ai_model m join ai_plan_model pm on pm.model_id = m.id
                 where pm.plan = (select w.plan from workspace w where w.id = app_workspace_id())
                   and m.modality = ?1 and m.enabled
                 order by m.sort_order, m.id""")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, modality.code())
                .getResultList();
        List<CatalogModel> planRows = rows.stream().map(r -> new CatalogModel((String) r[0], (String) r[1],
                (String) r[2], modality, (String) r[3], ((Number) r[4]).intValue(), (Boolean) r[5])).toList();
        return ModelCatalog.usable(planRows, configuredProviders(modality));
    }

    /** The model the workspace's plan preselects (a local one when nothing else is configured). */
    public CatalogModel preselected(Modality modality) {
        return choices(modality).stream().findFirst().orElseThrow(() -> noModel(modality));
    }

    /** The model with this id, if the current workspace may use it. */
    public Optional<CatalogModel> find(String modelId, Modality modality) {
        return choices(modality).stream().filter(m -> m.id().equals(modelId)).findFirst();
    }

    /** The model with this id if the workspace may use it, else the preselected one (one catalog read). */
    public CatalogModel findOrPreselected(String modelId, Modality modality) {
        List<CatalogModel> choices = choices(modality);
        return choices.stream().filter(m -> m.id().equals(modelId)).findFirst()
                .orElseGet(() -> choices.stream().findFirst().orElseThrow(() -> noModel(modality)));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String complete(Attribution who, CatalogModel model, TextRequest request) {
        TextProvider provider = provider(textProviders, TextProvider::name, model);
        return recorded(who, model, request.instructions().length() + request.input().length(), String::length,
                () -> provider.complete(model.model(), request));
    }

    /**
     * The model's reply to the conversation, handed to {@code sink} piece by piece on this thread
     * as it arrives; the sink answers false to stop it. Recorded like {@link #complete}: the
     * output is the text returned, which is what the sink took.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String stream(Attribution who, CatalogModel model, Conversation conversation, Predicate<String> sink) {
        TextProvider provider = provider(textProviders, TextProvider::name, model);
        return recorded(who, model, conversation.inputChars(), String::length,
                () -> provider.stream(model.model(), conversation, sink));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<float[]> embed(Attribution who, CatalogModel model, List<String> texts) {
        EmbeddingProvider provider = provider(embeddingProviders, EmbeddingProvider::name, model);
        return recorded(who, model, texts.stream().mapToInt(String::length).sum(), List::size,
                () -> provider.embed(model.model(), texts));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] image(Attribution who, CatalogModel model, CreativeBrief brief) {
        ImageProvider provider = provider(imageProviders, ImageProvider::name, model);
        return recorded(who, model, brief.prompt().length(), b -> b.length, () -> provider.render(model.model(), brief));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] speech(Attribution who, CatalogModel model, String text) {
        SpeechProvider provider = provider(speechProviders, SpeechProvider::name, model);
        return recorded(who, model, text.length(), b -> b.length, () -> provider.speak(model.model(), text));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] video(Attribution who, CatalogModel model, CreativeBrief brief, int seconds) {
        VideoProvider provider = provider(videoProviders, VideoProvider::name, model);
        return recorded(who, model, brief.prompt().length(), b -> b.length,
                () -> provider.render(model.model(), brief, seconds));
    }

    private static IllegalStateException noModel(Modality modality) {
        return new IllegalStateException("no usable " + modality.code() + " model in the catalog");
    }

    private <T> T recorded(Attribution who, CatalogModel model, int inputChars, ToIntFunction<T> outputSize,
            Supplier<T> call) {
        Instant started = clock.instant();
        try {
            T result = call.get();
            log.record(who, new AiCall(who, model, inputChars, outputSize.applyAsInt(result), null, started, clock.instant()));
            return result;
        } catch (RuntimeException failure) {
            String reason = failure instanceof ProviderFailure ? failure.getMessage() : failure.getClass().getSimpleName();
            log.record(who, new AiCall(who, model, inputChars, 0, reason, started, clock.instant()));
            throw failure instanceof ProviderFailure pf ? pf : new ProviderFailure(model.provider() + " failed: " + reason, failure);
        }
    }

    /** The provider the catalog row names, and only that one. */
    private static <P> P provider(Instance<P> providers, Function<P, String> name, CatalogModel model) {
        for (P provider : providers) {
            if (name.apply(provider).equals(model.provider())) {
                return provider;
            }
        }
        throw new ProviderFailure("no " + model.modality().code() + " provider named " + model.provider());
    }

    private Set<String> configuredProviders(Modality modality) {
        return switch (modality) {
            case TEXT -> configured(textProviders, TextProvider::name, TextProvider::configured);
            case EMBEDDING -> configured(embeddingProviders, EmbeddingProvider::name, EmbeddingProvider::configured);
            case IMAGE -> configured(imageProviders, ImageProvider::name, ImageProvider::configured);
            case SPEECH -> configured(speechProviders, SpeechProvider::name, SpeechProvider::configured);
            case VIDEO -> configured(videoProviders, VideoProvider::name, VideoProvider::configured);
        };
    }

    private static <P> Set<String> configured(Instance<P> providers, Function<P, String> name,
            Predicate<P> isConfigured) {
        return providers.stream().filter(isConfigured).map(name).collect(Collectors.toSet());
    }
}
