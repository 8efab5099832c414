package com.mitpo.platform.ai.local;

import java.awt.Color;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The brand's three colours for a creative, with a house default for each one that is missing or
 * not #RRGGBB: a render never fails over a colour, it falls back to a calm navy, cream and coral.
 */
record Palette(Color primary, Color secondary, Color accent) {

    static final Color DEFAULT_PRIMARY = new Color(0x1F3A5F);
    static final Color DEFAULT_SECONDARY = new Color(0xF4F1EA);
    static final Color DEFAULT_ACCENT = new Color(0xE07A5F);

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    static Palette of(List<String> colours) {
        return new Palette(colour(colours, 0, DEFAULT_PRIMARY), colour(colours, 1, DEFAULT_SECONDARY),
                colour(colours, 2, DEFAULT_ACCENT));
    }

    private static Color colour(List<String> colours, int index, Color fallback) {
        if (colours == null || colours.size() <= index) {
            return fallback;
        }
        String value = colours.get(index);
        return value != null && HEX.matcher(value.strip()).matches()
                ? new Color(Integer.parseInt(value.strip().substring(1), 16)) : fallback;
    }

    /** Text on the background: the secondary colour when it reads well, else black or white. */
    Color textOnPrimary() {
        return contrast(secondary, primary) >= 4.5 ? secondary : blackOrWhiteOn(primary);
    }

    /** Whichever of black and white contrasts more with the colour (WCAG relative luminance). */
    static Color blackOrWhiteOn(Color background) {
        return contrast(Color.BLACK, background) >= contrast(Color.WHITE, background) ? Color.BLACK : Color.WHITE;
    }

    /** The WCAG contrast ratio, 1 (same) to 21 (black on white). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** The colour moved towards black (amount > 0) or white (amount < 0) by |amount| (0..1). */
    static Color shade(Color c, double amount) {
        int target = amount > 0 ? 0 : 255;
        double k = Math.abs(amount);
        return new Color(mix(c.getRed(), target, k), mix(c.getGreen(), target, k), mix(c.getBlue(), target, k));
    }

    private static int mix(int from, int to, double k) {
        return (int) Math.round(from + (to - from) * k);
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }
}
