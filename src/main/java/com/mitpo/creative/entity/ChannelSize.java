package com.mitpo.creative.entity;

import java.util.Arrays;
import java.util.Optional;

/** The channel formats images and videos are made in. */
public enum ChannelSize {
    SQUARE(1080, 1080, "Square post"),
    PORTRAIT(1080, 1350, "Portrait post"),
    STORY(1080, 1920, "Story / Reel"),
    LANDSCAPE(1200, 628, "Link / ad banner");

    private final int width;
    private final int height;
    private final String label;

    ChannelSize(int width, int height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** For Faces' EL. */
    public String getLabel() {
        return label + " · " + width + "×" + height;
    }

    public String getName() {
        return name();
    }

    public static Optional<ChannelSize> of(int width, int height) {
        return Arrays.stream(values()).filter(s -> s.width == width && s.height == height).findFirst();
    }
}
