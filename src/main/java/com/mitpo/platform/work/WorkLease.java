package com.mitpo.platform.work;

import com.mitpo.platform.persistence.Actor;
import java.util.UUID;

/**
 * A worker's hold on one item while it runs: who the work acts as, what it is about, which
 * attempt this is, and the way to report progress. The engine extends the lease in the
 * background; once another worker has taken the item over, every call here answers false.
 */
public final class WorkLease {

    private final WorkClaims claims;
    private final WorkClaims.Claimed item;
    private final UUID token;
    private volatile boolean lost;

    WorkLease(WorkClaims claims, WorkClaims.Claimed item, UUID token) {
        this.claims = claims;
        this.item = item;
        this.token = token;
    }

    public Actor actor() {
        return item.actor();
    }

    public UUID subjectId() {
        return item.subjectId();
    }

    /** 1 for the first worker; more after takeovers. */
    public int attempt() {
        return item.attempts();
    }

    /** Records progress (0–100); false when this worker no longer holds the item and must stop. */
    public boolean progress(int percent) {
        return renew(clamped(percent), null);
    }

    /**
     * Records progress and the step the work has reached (a code the subject's page words, such
     * as {@code extracting}); false when this worker no longer holds the item and must stop.
     */
    public boolean progress(int percent, String step) {
        return renew(clamped(percent), step);
    }

    /** Whether this worker still holds the item (asking the database). */
    public boolean held() {
        return renew(null, null);
    }

    boolean renew(Integer percent, String step) {
        if (!lost && !claims.renew(item, token, percent, step)) {
            lost = true;
        }
        return !lost;
    }

    private static int clamped(int percent) {
        return Math.max(0, Math.min(100, percent));
    }

    UUID token() {
        return token;
    }

    WorkClaims.Claimed item() {
        return item;
    }
}
