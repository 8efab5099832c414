package com.mitpo.assistant.control;

import com.mitpo.assistant.entity.AssistantMessage;
import com.mitpo.assistant.entity.AssistantThread;
import com.mitpo.assistant.entity.Citation;
import com.mitpo.assistant.entity.Citation.SourceKind;
import com.mitpo.assistant.entity.MemoryItem;
import com.mitpo.billing.boundary.Credits;
import com.mitpo.brand.boundary.BrandDocuments;
import com.mitpo.brand.boundary.BrandProfile;
import com.mitpo.brand.boundary.Brands;
import com.mitpo.brand.boundary.KnowledgeHit;
import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.ChatTurn;
import com.mitpo.platform.ai.Modality;
import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short transactions of a reply's background work, each acting as the user who asked: read
 * the thread, gather the sources, append what the model streamed, finish (invented citations out,
 * memory proposed), or fail with the refund. The model's call happens between them, outside any
 * transaction. A thread deleted meanwhile ends the work quietly.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReplySteps {

    /** What the work needs of the thread. */
    public record Job(UUID threadId, UUID brandId, String modelId, String body, UUID questionId, String question,
            List<ChatTurn> history) {
    }

    /** Whether the writer may go on after a piece. */
    public enum Go { ON, STOP, GONE }

    static final int PASSAGES = 4;
    /** Passages less similar to the question than this are not about it (all-MiniLM cosine). */
    static final double MIN_SIMILARITY = 0.25;
    static final int CONTEXT_ITEMS = 3;
    static final int PERSONAS = 2;
    /** Earlier turns sent along, newest kept: enough for a conversation, bounded for the model's window. */
    static final int HISTORY_CHARS = 16_000;

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
    Clock clock;

    @Inject
    @ConfigProperty(name = "mitpo.assistant.memory-budget-tokens", defaultValue = "400")
    int memoryBudgetTokens;

    public Optional<Job> begin(Actor who, UUID replyId) {
        AssistantMessage reply = find(who, replyId);
        if (reply == null) {
            return Optional.empty();
        }
        AssistantThread thread = em.find(AssistantThread.class, reply.getThreadId());
        List<AssistantMessage> before = em.createQuery("select m from AssistantMessage m where m.threadId = :t "
                + "and m.seq < :seq order by m.seq desc", AssistantMessage.class)
                .setParameter("t", reply.getThreadId()).setParameter("seq", reply.getSeq()).getResultList();
        if (thread == null || before.isEmpty() || !before.get(0).isFromUser()) {
            return Optional.empty();
        }
        AssistantMessage question = before.get(0);
        List<ChatTurn> history = new ArrayList<>();
        int room = HISTORY_CHARS;
        for (AssistantMessage m : before.subList(1, before.size())) {
            if (m.getBody().isBlank() || m.getBody().length() > room) {
                continue;
            }
            room -= m.getBody().length();
            history.add(0, m.isFromUser() ? ChatTurn.user(m.getBody()) : ChatTurn.assistant(m.getBody()));
        }
        while (!history.isEmpty() && history.get(0).role() == ChatTurn.Role.ASSISTANT) {
            history.remove(0); // a conversation sent to a model opens with the user
        }
        return Optional.of(new Job(thread.getId(), thread.getBrandId(), reply.getModelId(), reply.getBody(),
                question.getId(), question.getBody(), history));
    }

    /** The model, if this workspace may (still) use it. */
    public Optional<CatalogModel> model(Actor who, String modelId) {
        tenancy.actAs(who);
        return ai.find(modelId, Modality.TEXT);
    }

    /**
     * Gathers the sources for the question (the brand's passages closest in meaning, its context,
     * personas and voice; the user's memory within its budget, which counts as using it) and keeps
     * each as a candidate citation of the reply, so a reader of the growing reply knows the labels.
     */
    public Grounding ground(Actor who, UUID replyId, UUID brandId, String question) {
        tenancy.actAs(who);
        em.createQuery("delete from Citation c where c.messageId = :m").setParameter("m", replyId).executeUpdate();
        List<Source> sources = new ArrayList<>();
        Optional<BrandProfile> brand = brandId == null ? Optional.empty() : brands.profile(brandId);
        if (brand.isPresent()) {
            for (KnowledgeHit hit : documents.search(brandId, question, PASSAGES)) {
                if (hit.score() >= MIN_SIMILARITY) {
                    sources.add(new Source(sources.size() + 1, SourceKind.PASSAGE, hit.passageId(), hit.documentId(),
                            hit.documentName(), hit.page(), hit.text()));
                }
            }
            Set<String> asked = Relevance.words(question);
            best(asked, brand.get().context(), CONTEXT_ITEMS)
                    .forEach(text -> sources.add(new Source(sources.size() + 1, SourceKind.CONTEXT, null, null, null, null, text)));
            best(asked, brand.get().audience(), PERSONAS)
                    .forEach(text -> sources.add(new Source(sources.size() + 1, SourceKind.PERSONA, null, null, null, null, text)));
            sources.add(new Source(sources.size() + 1, SourceKind.VOICE, null, null, null, null,
                    AssistantPrompt.voiceLine(brand.get().voice())));
        }
        List<MemoryItem> memory = em.createQuery("select m from MemoryItem m order by m.createdAt", MemoryItem.class)
                .getResultList();
        for (MemoryItem item : MemoryRecall.recall(memory, question, memoryBudgetTokens)) {
            item.used(clock.instant());
            sources.add(new Source(sources.size() + 1, SourceKind.MEMORY, item.getId(), null, null, null, item.getText()));
        }
        UUID user = who.userId();
        for (Source s : sources) {
            em.persist(new Citation(user, replyId, s.label(), s.kind(), s.id(), s.documentId(), s.documentName(),
                    s.page(), s.text()));
        }
        return new Grounding(brand.map(BrandProfile::name).orElse(null), brand.map(BrandProfile::voice).orElse(null),
                sources);
    }

    /** Appends a piece of the reply; whether to go on (the user asked to stop, or the thread went). */
    public Go append(Actor who, UUID replyId, String piece) {
        AssistantMessage reply = find(who, replyId);
        if (reply == null) {
            return Go.GONE;
        }
        boolean full = !reply.grow(piece, clock.instant());
        return reply.isStopRequested() || full ? Go.STOP : Go.ON;
    }

    /**
     * Ends the reply: the text without invented citations, only cited sources kept, and, with
     * automatic memory on, what the question said worth remembering proposed as memory.
     */
    public void finish(Actor who, UUID replyId, UUID questionId, Set<Integer> retrieved) {
        AssistantMessage reply = find(who, replyId);
        if (reply == null) {
            return;
        }
        Citations.Checked checked = Citations.check(reply.getBody(), retrieved);
        reply.rewrite(checked.text(), clock.instant());
        em.createQuery("select c from Citation c where c.messageId = :m", Citation.class).setParameter("m", replyId)
                .getResultList().stream().filter(c -> !checked.cited().contains(c.getLabel())).forEach(em::remove);
        AssistantMessage question = em.find(AssistantMessage.class, questionId);
        if (question != null && MemoryPreferences.automatic(em)) {
            List<MemoryItem> existing = em.createQuery("select m from MemoryItem m", MemoryItem.class).getResultList();
            for (String text : MemoryProposals.from(question.getBody(), existing)) {
                em.persist(new MemoryItem(who.userId(), text, MemoryItem.Origin.PROPOSED, questionId, clock.instant()));
            }
        }
    }

    /** A reply that failed or was cut off keeps what it said and gives its credits back. */
    public void failed(Actor who, UUID replyId) {
        AssistantMessage reply = find(who, replyId);
        if (reply != null) {
            credits.refund(replyId, "assistant-reply-failed");
        }
    }

    private static List<String> best(Set<String> asked, List<String> texts, int most) {
        return texts.stream().filter(t -> Relevance.score(asked, t) > 0)
                .sorted(Comparator.comparingInt((String t) -> -Relevance.score(asked, t))).limit(most).toList();
    }

    private AssistantMessage find(Actor who, UUID replyId) {
        tenancy.actAs(who);
        return em.find(AssistantMessage.class, replyId);
    }
}
