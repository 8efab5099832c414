package com.mitpo.creative.entity;

import com.mitpo.platform.ai.Modality;
import java.util.Locale;

/** What a generation makes, the catalog modality that makes it, and what its outputs are. */
public enum GenerationKind {
    COPY(Modality.TEXT, "text/plain; charset=utf-8", "txt"),
    IMAGE(Modality.IMAGE, "image/png", "png"),
    VIDEO(Modality.VIDEO, "video/mp4", "mp4"),
    SPEECH(Modality.SPEECH, "audio/wav", "wav");

    private final Modality modality;
    private final String contentType;
    private final String extension;

    GenerationKind(Modality modality, String contentType, String extension) {
        this.modality = modality;
        this.contentType = contentType;
        this.extension = extension;
    }

    public Modality modality() {
        return modality;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Images and video are made for a channel size; copy and speech are not. */
    public boolean sized() {
        return this == IMAGE || this == VIDEO;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GenerationKind of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
