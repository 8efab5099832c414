package com.mitpo.brand.entity;

/** Where a document is on its way from upload to ready; each step has a progress figure. */
public enum DocumentStatus {
    QUEUED(5), EXTRACTING(15), ANALYSING(40), EMBEDDING(70), READY(100), FAILED(100);

    private final int progress;

    DocumentStatus(int progress) {
        this.progress = progress;
    }

    public int progress() {
        return progress;
    }

    public boolean finished() {
        return this == READY || this == FAILED;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
