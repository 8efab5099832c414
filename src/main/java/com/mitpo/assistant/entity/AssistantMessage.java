package com.mitpo.assistant.entity;

import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One message of a thread. A reply starts empty and grows in its row while the model streams
 * (the worker appends in short transactions), so every reader sees it so far; how its work
 * stands (queued, streaming, done, failed, interrupted) is the engine's record. It names the
 * provider and model that wrote it and what it cost.
 */
@Entity
@Table(name = "assistant_message")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class AssistantMessage {

    /** The longest message a user may send. */
    public static final int MAX_QUESTION = 8000;
    /** The longest reply kept; a model that goes on is stopped there. */
    public static final int MAX_REPLY = 20000;

    public enum Role {
        USER, ASSISTANT;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "thread_id", nullable = false)
    private UUID threadId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String body;

    @Column(name = "model_id")
    private String modelId;

    private String provider;

    private String model;

    @Column(nullable = false)
    private int credits;

    @Column(name = "stop_requested_at")
    private Instant stopRequestedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AssistantMessage() {
    }

    private AssistantMessage(UUID id, UUID userId, UUID threadId, int seq, Role role, String body, Instant now) {
        this.id = id;
        this.userId = userId;
        this.threadId = threadId;
        this.seq = seq;
        this.role = role.code();
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static AssistantMessage question(UUID userId, UUID threadId, int seq, String text, Instant now) {
        return new AssistantMessage(UUID.randomUUID(), userId, threadId, seq, Role.USER, text, now);
    }

    /** An empty reply about to be written by {@code provider}'s {@code model}, paid {@code credits}. */
    public static AssistantMessage reply(UUID id, UUID userId, UUID threadId, int seq, String modelId, String provider,
            String model, int credits, Instant now) {
        var reply = new AssistantMessage(id, userId, threadId, seq, Role.ASSISTANT, "", now);
        reply.modelId = modelId;
        reply.provider = provider;
        reply.model = model;
        reply.credits = credits;
        return reply;
    }

    /** Adds a piece the model streamed; false once the reply is as long as it may be (the rest is cut). */
    public boolean grow(String piece, Instant now) {
        int room = MAX_REPLY - body.length();
        body = body + (piece.length() <= room ? piece : piece.substring(0, Math.max(0, room)));
        updatedAt = now;
        return piece.length() < room;
    }

    /** The reply's final text (its invented citations taken out). */
    public void rewrite(String text, Instant now) {
        body = text;
        updatedAt = now;
    }

    /** The user asked the reply to stop; the worker stops at its next piece. */
    public void requestStop(Instant now) {
        if (stopRequestedAt == null) {
            stopRequestedAt = now;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getThreadId() {
        return threadId;
    }

    public int getSeq() {
        return seq;
    }

    public boolean isFromUser() {
        return Role.USER.code().equals(role);
    }

    public String getBody() {
        return body;
    }

    public String getModelId() {
        return modelId;
    }

    public String getProvider() {
        return provider;
    }

    public String getModel() {
        return model;
    }

    public int getCredits() {
        return credits;
    }

    public boolean isStopRequested() {
        return stopRequestedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
