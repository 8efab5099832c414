package com.mitpo.creative.entity;

import java.util.Locale;

/** Where a generation stands: accepted and paid for, being made, done, or failed and refunded. */
public enum GenerationStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
