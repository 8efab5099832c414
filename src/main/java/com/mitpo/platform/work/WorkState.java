package com.mitpo.platform.work;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * How a piece of work stands, as the engine records it: the one place pages (and the API) read
 * a subject's progress, the step it is on and how it ended. The outcome is a code with
 * parameters, worded by whoever shows it in the reader's language.
 */
public record WorkState(Status status, int progress, String step, String outcomeCode, List<String> outcomeParams,
        Instant createdAt, Instant finishedAt) implements Serializable {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A subject the engine holds no item for: work is queued in the same transaction that makes
     * its subject, so this is a subject written by other means (an import, a test), with nothing
     * left to do.
     */
    public static final WorkState NONE = new WorkState(Status.DONE, 100, null, WorkOutcome.DONE, List.of(), null, null);

    public WorkState {
        outcomeParams = outcomeParams == null ? List.of() : List.copyOf(outcomeParams);
    }

    /** Queued or running: a page keeps polling while any of its items is busy. */
    public boolean busy() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** The outcome's parameters as message arguments. */
    public Object[] arguments() {
        return outcomeParams.toArray();
    }

    /** A state as {@code work_item} stores it (status as its code, parameters as a JSON array). */
    static WorkState stored(String status, int progress, String step, String outcomeCode, String outcomeParams,
            Instant createdAt, Instant finishedAt) {
        return new WorkState(Status.of(status), progress, step, outcomeCode, params(outcomeParams), createdAt, finishedAt);
    }

    private static List<String> params(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
