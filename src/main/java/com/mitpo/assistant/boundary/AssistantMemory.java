package com.mitpo.assistant.boundary;

import com.mitpo.assistant.control.MemoryPreferences;
import com.mitpo.assistant.entity.AssistantMessage;
import com.mitpo.assistant.entity.MemoryItem;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.refusal.Refusal;
import com.mitpo.platform.text.Names;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The memory the current user owns in the current workspace: what the assistant proposed from
 * their messages (when automatic memory is on), what they asked it to remember, and what they
 * wrote themselves; each can be edited, pinned (never forgotten), kept (its 365 days start
 * again) or deleted. Nobody else reads it, in this workspace or any other.
 */
@Stateless
public class AssistantMemory {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    /** Pinned first, then the newest. */
    public List<MemoryItem> items() {
        return em.createQuery("select m from MemoryItem m order by m.pinned desc, m.createdAt desc", MemoryItem.class)
                .getResultList();
    }

    /** The items that came from these messages (what a reply's question proposed). */
    public List<MemoryItem> from(Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from MemoryItem m where m.sourceMessageId in :ids order by m.createdAt",
                MemoryItem.class).setParameter("ids", messageIds).getResultList();
    }

    public Optional<MemoryItem> item(UUID itemId) {
        return Optional.ofNullable(itemId == null ? null : em.find(MemoryItem.class, itemId));
    }

    /** A thing to remember, in the user's own words; the refusal when blank or too long. */
    public Optional<Refusal> write(String text) {
        Optional<Refusal> refused = check(text);
        if (refused.isEmpty()) {
            em.persist(new MemoryItem(tenant.userId().orElseThrow(), clean(text), MemoryItem.Origin.WRITTEN, null,
                    clock.instant()));
        }
        return refused;
    }

    /** Remembers a message of the user's ("Remember this"), linked to it. */
    public Optional<Refusal> remember(UUID messageId) {
        Optional<AssistantMessage> message = Optional.ofNullable(messageId == null ? null
                : em.find(AssistantMessage.class, messageId)).filter(AssistantMessage::isFromUser);
        if (message.isEmpty()) {
            return Optional.of(Refusal.of("NO_MESSAGE", "memory.refusal.NO_MESSAGE"));
        }
        String text = clean(message.get().getBody());
        String kept = text.length() <= MemoryItem.MAX_TEXT ? text : text.substring(0, MemoryItem.MAX_TEXT - 1) + "…";
        em.persist(new MemoryItem(tenant.userId().orElseThrow(), kept, MemoryItem.Origin.REMEMBERED, messageId,
                clock.instant()));
        return Optional.empty();
    }

    public Optional<Refusal> edit(UUID itemId, String text) {
        Optional<Refusal> refused = check(text);
        if (refused.isEmpty()) {
            item(itemId).ifPresent(m -> m.edit(clean(text), clock.instant()));
        }
        return refused;
    }

    public void pin(UUID itemId, boolean pinned) {
        item(itemId).ifPresent(m -> m.pin(pinned));
    }

    /** Keeps an item that was about to be forgotten: its 365 days start again. */
    public void keep(UUID itemId) {
        item(itemId).ifPresent(m -> m.keep(clock.instant()));
    }

    public boolean delete(UUID itemId) {
        return em.createQuery("delete from MemoryItem m where m.id = :id").setParameter("id", itemId).executeUpdate() == 1;
    }

    /** Whether the assistant proposes memory itself (on unless the user turned it off). */
    public boolean automatic() {
        return MemoryPreferences.automatic(em);
    }

    public void setAutomatic(boolean automatic) {
        MemoryPreferences.setAutomatic(em, automatic);
    }

    private static Optional<Refusal> check(String text) {
        String clean = clean(text);
        if (clean.isEmpty()) {
            return Optional.of(Refusal.of("EMPTY", "memory.refusal.EMPTY").on("memoryText"));
        }
        if (clean.length() > MemoryItem.MAX_TEXT) {
            return Optional.of(Refusal.of("TOO_LONG", "memory.refusal.TOO_LONG", MemoryItem.MAX_TEXT).on("memoryText"));
        }
        return Optional.empty();
    }

    private static String clean(String text) {
        return Names.shown(text == null ? "" : text.replaceAll("\\s+", " "));
    }
}
