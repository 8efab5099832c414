package com.mitpo.assistant.entity;

import com.mitpo.platform.persistence.NullableUuidConverter;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Something the assistant remembers for one user in one workspace, with where it came from (the
 * message, when it still exists), how it came (proposed by the assistant, remembered on request,
 * written by the user) and when it was created, last used, edited and kept. An unpinned item
 * neither used, edited nor kept for {@link MemoryRules#FORGOTTEN_AFTER} is forgotten.
 */
@Entity
@Table(name = "assistant_memory")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class MemoryItem {

    public static final int MAX_TEXT = 500;

    public enum Origin {
        /** The assistant proposed it from the conversation (automatic memory). */
        PROPOSED,
        /** The user asked for a message to be remembered. */
        REMEMBERED,
        /** The user wrote it on the memory page. */
        WRITTEN;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String origin;

    @Column(name = "source_message_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID sourceMessageId;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "kept_at")
    private Instant keptAt;

    protected MemoryItem() {
    }

    public MemoryItem(UUID userId, String text, Origin origin, UUID sourceMessageId, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.text = text;
        this.origin = origin.code();
        this.sourceMessageId = sourceMessageId;
        this.createdAt = now;
    }

    public void edit(String newText, Instant now) {
        this.text = newText;
        this.editedAt = now;
    }

    public void pin(boolean pin) {
        this.pinned = pin;
    }

    /** Handed to the model with a reply. */
    public void used(Instant now) {
        this.lastUsedAt = now;
    }

    /** The user chose to keep an item about to be forgotten. */
    public void keep(Instant now) {
        this.keptAt = now;
    }

    /** The last time the user or a reply touched it: what the 365 days run from. */
    public Instant lastTouched() {
        return Stream.of(createdAt, lastUsedAt, editedAt, keptAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(createdAt);
    }

    public UUID getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getOrigin() {
        return origin;
    }

    public UUID getSourceMessageId() {
        return sourceMessageId;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
