package com.mitpo.assistant.boundary;

import com.mitpo.assistant.control.ReplyWork;
import com.mitpo.assistant.entity.AssistantMessage;
import com.mitpo.assistant.entity.AssistantThread;
import com.mitpo.assistant.entity.Citation;
import com.mitpo.billing.boundary.Credits;
import com.mitpo.brand.boundary.Brands;
import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.Modality;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.refusal.Refusal;
import com.mitpo.platform.text.Names;
import com.mitpo.platform.work.WorkPriority;
import com.mitpo.platform.work.WorkQueue;
import com.mitpo.platform.work.WorkState;
import com.mitpo.platform.work.WorkStates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Marketing Assistant's threads for the current user in the current workspace: list and
 * search them, start one (about a brand or not), rename, delete (at once, with every message,
 * citation and the work behind them), ask, and stop a reply. A question is checked, quoted,
 * paid for and recorded in one transaction, and its reply is written in the background once that
 * has committed; a reply that fails is refunded.
 */
@Stateless
public class Assistant {

    /** A thread's title until its first question names it. */
    public static final String UNTITLED = "";
    static final int SEARCH_RESULTS = 200;

    /** The answer to a question: the reply being written, or why there is none. */
    public record Asked(AssistantMessage reply, Refusal refusal) {
        public boolean accepted() {
            return reply != null;
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
    WorkStates workStates;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    /** The text models this workspace may reply with, the preselected first. */
    public List<CatalogModel> models() {
        return ai.choices(Modality.TEXT);
    }

    /** The user's threads, latest first; with a search, those whose title or messages hold it. */
    public List<AssistantThread> threads(String search) {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return em.createQuery("select t from AssistantThread t order by t.updatedAt desc", AssistantThread.class)
                    .setMaxResults(SEARCH_RESULTS).getResultList();
        }
        String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select t from AssistantThread t where lower(t.title) like :q escape '\\' "
                + "or exists (select m.id from AssistantMessage m where m.threadId = t.id and lower(m.body) like :q escape '\\') "
                + "order by t.updatedAt desc", AssistantThread.class)
                .setParameter("q", like).setMaxResults(SEARCH_RESULTS).getResultList();
    }

    public Optional<AssistantThread> thread(UUID threadId) {
        return Optional.ofNullable(threadId == null ? null : em.find(AssistantThread.class, threadId));
    }

    /** A new thread, about {@code brandId} when given (its knowledge grounds the replies). */
    public AssistantThread start(UUID brandId) {
        UUID brand = brandId != null && brands.find(brandId).isPresent() ? brandId : null;
        var thread = new AssistantThread(tenant.userId().orElseThrow(), brand, UNTITLED,
                ai.preselected(Modality.TEXT).id(), clock.instant());
        em.persist(thread);
        return thread;
    }

    /** Renames a thread; the refusal when the title is blank or too long. */
    public Optional<Refusal> rename(UUID threadId, String title) {
        String clean = Names.shown(title == null ? "" : title);
        if (clean.isEmpty()) {
            return Optional.of(Refusal.of("NO_TITLE", "assistant.refusal.NO_TITLE").on("title"));
        }
        if (clean.length() > AssistantThread.MAX_TITLE) {
            return Optional.of(Refusal.of("TITLE_TOO_LONG", "assistant.refusal.TITLE_TOO_LONG",
                    AssistantThread.MAX_TITLE).on("title"));
        }
        thread(threadId).ifPresent(t -> t.rename(clean, clock.instant()));
        return Optional.empty();
    }

    /**
     * Deletes the thread now, with its messages and their citations (the database cascades) and
     * their work items (a trigger); a reply still being written stops at its next piece, finding
     * its row gone. Memory items keep their text and lose the message they came from.
     */
    public boolean delete(UUID threadId) {
        return thread(threadId).map(t -> {
            em.remove(t);
            return true;
        }).orElse(false);
    }

    public List<AssistantMessage> messages(UUID threadId) {
        return em.createQuery("select m from AssistantMessage m where m.threadId = :t order by m.seq",
                AssistantMessage.class).setParameter("t", threadId).getResultList();
    }

    public Optional<AssistantMessage> message(UUID messageId) {
        return Optional.ofNullable(messageId == null ? null : em.find(AssistantMessage.class, messageId));
    }

    /** How each reply's writing stands, as the engine records it. */
    public Map<UUID, WorkState> replyStates(Collection<UUID> replyIds) {
        return workStates.of(ReplyWork.KIND, replyIds);
    }

    public WorkState replyState(UUID replyId) {
        return workStates.of(ReplyWork.KIND, replyId);
    }

    /** The sources each of these replies cited, by label. */
    public List<Citation> citations(Collection<UUID> replyIds) {
        if (replyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Citation c where c.messageId in :m order by c.messageId, c.label",
                Citation.class).setParameter("m", replyIds).getResultList();
    }

    public Optional<Citation> citation(UUID citationId) {
        return Optional.ofNullable(citationId == null ? null : em.find(Citation.class, citationId));
    }

    /**
     * Asks a question in a thread with the chosen model ({@code modelId} null: the thread's): the
     * question and an empty reply are recorded, the reply's credits debited, and the reply starts
     * once that has committed. Refused, nothing is written.
     */
    public Asked ask(UUID threadId, String text, String modelId) {
        Optional<AssistantThread> found = thread(threadId);
        if (found.isEmpty()) {
            return refused("NO_THREAD", null);
        }
        String question = text == null ? "" : text.strip();
        if (question.isEmpty()) {
            return refused("EMPTY_QUESTION", "question");
        }
        if (question.length() > AssistantMessage.MAX_QUESTION) {
            return new Asked(null, Refusal.of("QUESTION_TOO_LONG", "assistant.refusal.QUESTION_TOO_LONG",
                    AssistantMessage.MAX_QUESTION).on("question"));
        }
        AssistantThread thread = found.get();
        List<AssistantMessage> earlier = messages(threadId);
        if (earlier.stream().filter(m -> !m.isFromUser()).anyMatch(m -> replyState(m.getId()).busy())) {
            return refused("REPLY_IN_PROGRESS", "question");
        }
        String chosen = modelId == null || modelId.isBlank() ? thread.getModelId() : modelId;
        Optional<CatalogModel> model = ai.find(chosen, Modality.TEXT);
        if (model.isEmpty()) {
            return refused("NO_MODEL", "model");
        }
        CatalogModel m = model.get();
        UUID replyId = UUID.randomUUID();
        if (m.creditCost() > 0 && !credits.debit(m.creditCost(), replyId, "assistant:" + m.id())) {
            return refused("NOT_ENOUGH_CREDITS", null);
        }
        UUID user = tenant.userId().orElseThrow();
        int seq = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).getSeq() + 1;
        em.persist(AssistantMessage.question(user, threadId, seq, question, clock.instant()));
        AssistantMessage reply = AssistantMessage.reply(replyId, user, threadId, seq + 1, m.id(), m.provider(),
                m.model(), m.creditCost(), clock.instant());
        em.persist(reply);
        thread.useModel(m.id());
        if (UNTITLED.equals(thread.getTitle())) {
            thread.rename(ThreadTitles.from(question), clock.instant());
        } else {
            thread.touched(clock.instant());
        }
        work.enqueue(ReplyWork.KIND, replyId, WorkPriority.INTERACTIVE);
        return new Asked(reply, null);
    }

    /** Asks a reply being written to stop; what it wrote so far stays. False when there is no such reply. */
    public boolean stop(UUID replyId) {
        return message(replyId).filter(m -> !m.isFromUser()).map(m -> {
            m.requestStop(clock.instant());
            return true;
        }).orElse(false);
    }

    private static Asked refused(String code, String field) {
        Refusal refusal = Refusal.of(code, "assistant.refusal." + code);
        return new Asked(null, field == null ? refusal : refusal.on(field));
    }
}
