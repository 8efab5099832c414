package com.mitpo.creative.boundary;

import com.mitpo.billing.boundary.Credits;
import com.mitpo.brand.boundary.Brands;
import com.mitpo.creative.control.GenerationWork;
import com.mitpo.creative.entity.ChannelSize;
import com.mitpo.creative.entity.Generation;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.refusal.Refusal;
import com.mitpo.platform.work.WorkPriority;
import com.mitpo.platform.work.WorkQueue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Making creative: a request is checked, paid for and recorded in one transaction, and its work
 * starts in the background once that has committed. A request the balance cannot pay for is
 * refused before anything is written.
 */
@Stateless
public class Studio {

    /** What the marketer asks for; {@code size} only for images and video, {@code modelId} null for the default. */
    public record Request(UUID brandId, GenerationKind kind, ChannelSize size, String prompt, int variants,
            String modelId) {
    }

    /** Why a request may be refused, each with the request's field it concerns (none: the request as a whole). */
    public enum Problem {
        NO_KIND("kind"), NO_BRAND("brand"), NO_PROMPT("prompt"), PROMPT_TOO_LONG("prompt"), BAD_VARIANTS("variants"),
        NO_SIZE("size"), NO_MODEL("model"), NOT_ENOUGH_CREDITS(null);

        private final String field;

        Problem(String field) {
            this.field = field;
        }

        Refusal refusal() {
            Object[] params = switch (this) {
                case PROMPT_TOO_LONG -> new Object[] {Generation.MAX_PROMPT};
                case BAD_VARIANTS -> new Object[] {CopyBrief.MAX_VARIANTS};
                default -> new Object[0];
            };
            Refusal refusal = Refusal.of(name(), "studio.refusal." + name(), params);
            return field == null ? refusal : refusal.on(field);
        }
    }

    /** The accepted generation, or why there is none. */
    public record Outcome(Generation generation, Refusal refusal) {
        public boolean accepted() {
            return generation != null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Brands brands;

    @Inject
    AiModels ai;

    @Inject
    Credits credits;

    @Inject
    WorkQueue work;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    /** The models this workspace may make this kind with, the preselected first. */
    public List<CatalogModel> models(GenerationKind kind) {
        return ai.choices(kind.modality());
    }

    public Outcome start(Request request) {
        Optional<Problem> invalid = check(request);
        if (invalid.isPresent()) {
            return refused(invalid.get());
        }
        Optional<CatalogModel> model = request.modelId() == null || request.modelId().isBlank()
                ? models(request.kind()).stream().findFirst()
                : ai.find(request.modelId(), request.kind().modality());
        if (model.isEmpty()) {
            return refused(Problem.NO_MODEL);
        }
        CatalogModel m = model.get();
        int cost = m.creditCost() * request.variants();
        UUID id = UUID.randomUUID();
        if (cost > 0 && !credits.debit(cost, id, "studio:" + request.kind().code() + "×" + request.variants() + ":" + m.id())) {
            return refused(Problem.NOT_ENOUGH_CREDITS);
        }
        var generation = new Generation(id, request.brandId(), tenant.userId().orElse(null), request.kind(),
                request.prompt().strip(), request.kind().sized() ? request.size() : null, request.variants(), m.id(),
                m.provider(), m.model(), cost, clock.instant());
        em.persist(generation);
        work.enqueue(GenerationWork.KIND, id, WorkPriority.INTERACTIVE);
        return new Outcome(generation, null);
    }

    private Optional<Problem> check(Request request) {
        if (request.kind() == null) {
            return Optional.of(Problem.NO_KIND);
        }
        if (request.brandId() == null || brands.find(request.brandId()).isEmpty()) {
            return Optional.of(Problem.NO_BRAND);
        }
        if (request.prompt() == null || request.prompt().isBlank()) {
            return Optional.of(Problem.NO_PROMPT);
        }
        if (request.prompt().strip().length() > Generation.MAX_PROMPT) {
            return Optional.of(Problem.PROMPT_TOO_LONG);
        }
        if (request.variants() < 1 || request.variants() > CopyBrief.MAX_VARIANTS) {
            return Optional.of(Problem.BAD_VARIANTS);
        }
        if (request.kind().sized() && request.size() == null) {
            return Optional.of(Problem.NO_SIZE);
        }
        return Optional.empty();
    }

    private static Outcome refused(Problem problem) {
        return new Outcome(null, problem.refusal());
    }
}
