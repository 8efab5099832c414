package com.mitpo.assistant.control;

import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.work.WorkLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a streaming reply into its row: pieces are gathered and appended together every
 * {@link #EVERY} (one short transaction each, so readers see the reply grow at a steady pace
 * without a write per token), and the lease is renewed with the progress now and then. Stops the
 * stream when the user asked to, when the thread went, or when another worker has the item.
 */
final class ReplyWriter {

    static final Duration EVERY = Duration.ofMillis(120);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    /** Progress grows with the text toward 95 %: the length of a reply is not known in advance. */
    static final int CHARS_PER_PERCENT = 30;

    private final ReplySteps steps;
    private final Actor who;
    private final UUID replyId;
    private final WorkLease lease;
    private final Clock clock;
    private final StringBuilder pending = new StringBuilder();
    private Instant flushed;
    private Instant reported;
    private int written;
    private ReplySteps.Go go = ReplySteps.Go.ON;

    ReplyWriter(ReplySteps steps, Actor who, UUID replyId, WorkLease lease, Clock clock) {
        this.steps = steps;
        this.who = who;
        this.replyId = replyId;
        this.lease = lease;
        this.clock = clock;
        this.flushed = clock.instant();
        this.reported = flushed;
    }

    /** Takes a piece of the stream; false to stop it. */
    boolean accept(String piece) {
        pending.append(piece);
        Instant now = clock.instant();
        if (Duration.between(flushed, now).compareTo(EVERY) >= 0) {
            flush();
        }
        if (go == ReplySteps.Go.ON && Duration.between(reported, now).compareTo(PROGRESS_EVERY) >= 0) {
            reported = now;
            if (!lease.progress(Math.min(95, 10 + written / CHARS_PER_PERCENT), ReplyWork.WRITING)) {
                go = ReplySteps.Go.GONE; // another worker has it now
            }
        }
        return go == ReplySteps.Go.ON;
    }

    void flush() {
        flushed = clock.instant();
        if (pending.isEmpty() || go == ReplySteps.Go.GONE) {
            return;
        }
        String piece = pending.toString();
        pending.setLength(0);
        written += piece.length();
        ReplySteps.Go next = steps.append(who, replyId, piece);
        if (go == ReplySteps.Go.ON) {
            go = next;
        }
    }

    ReplySteps.Go go() {
        return go;
    }
}
