package com.mitpo.platform.ai;

/** What a model produces; one small provider interface per modality. */
public enum Modality {
    TEXT, EMBEDDING, IMAGE, SPEECH, VIDEO;

    /** The value the catalog stores. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
