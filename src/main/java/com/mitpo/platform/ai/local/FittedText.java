package com.mitpo.platform.ai.local;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Text wrapped on word boundaries into a box, at the largest size (from {@code maxSize} down to
 * {@code minSize}) at which every line fits the width and all lines fit the height. Measured
 * with the same antialiasing and fractional metrics the canvas draws with, so what fits here
 * fits on the picture. When even the smallest size is too big, the last line that fits ends
 * with an ellipsis: a creative never shows text running off its edge.
 */
final class FittedText {

    /** Antialiased, fractional metrics: must match the canvas's rendering hints. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final double STEP = 0.93;

    final Font font;
    final List<String> lines;
    final double lineHeight;
    final double ascent;
    final double height;

    private FittedText(Font font, List<String> lines, double spacing) {
        this.font = font;
        this.lines = lines;
        LineMetrics metrics = font.getLineMetrics("Ag", FRC);
        this.ascent = metrics.getAscent();
        this.lineHeight = font.getSize2D() * spacing;
        this.height = lines.isEmpty() ? 0 : (lines.size() - 1) * lineHeight + ascent + metrics.getDescent();
    }

    static FittedText empty(Font font) {
        return new FittedText(font.deriveFont(1f), List.of(), 1);
    }

    /** {@code spacing} is the line pitch as a multiple of the font size. */
    static FittedText fit(String text, Font base, double maxSize, double minSize, double boxWidth, double boxHeight,
            int maxLines, double spacing) {
        if (text == null || text.isBlank()) {
            return empty(base);
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        for (double size = maxSize; ; size = Math.max(minSize, size * STEP)) {
            Font font = base.deriveFont((float) size);
            List<String> lines = wrap(flat, font, boxWidth);
            var fitted = new FittedText(font, lines, spacing);
            if (lines.size() <= maxLines && fitted.height <= boxHeight) {
                return fitted;
            }
            if (size <= minSize) {
                return truncated(font, lines, boxWidth, boxHeight, maxLines, spacing);
            }
        }
    }

    double width() {
        return lines.stream().mapToDouble(l -> width(l, font)).max().orElse(0);
    }

    /** Draws the lines with their first baseline at {@code top + ascent}; centred lines when asked. */
    void draw(Graphics2D g, double left, double top, double boxWidth, boolean centred) {
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            double x = centred ? left + (boxWidth - width(line, font)) / 2 : left;
            g.drawString(line, (float) x, (float) (top + ascent + i * lineHeight));
        }
    }

    static double width(String s, Font font) {
        return font.getStringBounds(s, FRC).getWidth();
    }

    /** Greedy wrapping; a word wider than the box is cut where it must be. */
    static List<String> wrap(String text, Font font, double boxWidth) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font) <= boxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font) > boxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font) > boxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static FittedText truncated(Font font, List<String> lines, double boxWidth, double boxHeight, int maxLines,
            double spacing) {
        var kept = new ArrayList<String>();
        for (String line : lines) {
            kept.add(line);
            if (kept.size() > maxLines || new FittedText(font, kept, spacing).height > boxHeight) {
                kept.remove(kept.size() - 1);
                break;
            }
        }
        if (kept.isEmpty()) {
            kept.add(lines.get(0));
        }
        if (kept.size() < lines.size()) {
            String last = kept.remove(kept.size() - 1);
            while (!last.isEmpty() && width(last + "…", font) > boxWidth) {
                last = last.substring(0, last.length() - 1).stripTrailing();
            }
            kept.add(last + "…");
        }
        return new FittedText(font, kept, spacing);
    }
}
