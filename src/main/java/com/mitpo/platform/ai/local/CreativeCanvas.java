package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.CreativeBrief;
import com.mitpo.platform.ai.ProviderFailure;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * One on-brand creative, laid out once for its size and drawn at any point {@code t} of its
 * entrance animation (0 = nothing but the background, 1 = the finished still). The still image
 * is the last frame of the video, so both providers show the same design.
 *
 * <p>Four layouts, chosen by aspect ratio so any size gets the nearest one: square (text centred
 * in the middle band), portrait 4:5 (decoration above, text in the lower part), story 9:16 (all
 * centred inside the safe zone, clear of the top and bottom 250 px of 1920 that the apps cover)
 * and landscape 1.91:1 (text on the left, the logo on a disc on the right). Sizes are relative
 * to the short side so a 320 px test render looks like the 1080 px one.
 */
final class CreativeCanvas {

    static final int MIN_SIDE = 64;
    static final int MAX_SIDE = 4096;

    /** Share of the clip the entrance takes (logo, headline, bar, subline, button in turn); then it holds. */
    static final double ENTRANCE = 0.5;

    enum Layout {
        SQUARE, PORTRAIT, STORY, LANDSCAPE;

        static Layout forSize(int width, int height) {
            double aspect = (double) width / height;
            return aspect >= 1.3 ? LANDSCAPE : aspect >= 0.9 ? SQUARE : aspect >= 0.68 ? PORTRAIT : STORY;
        }
    }

    final int width;
    final int height;
    final Layout layout;
    final Palette palette;

    private final double s;
    private final double margin;
    private final boolean centred;
    private final Color ink;
    private final LogoMark logo;
    private final FittedText headline;
    private final FittedText subline;
    private final FittedText cta;
    private final Rectangle2D column;
    private final double headlineTop;
    private final double barTop;
    private final double sublineTop;
    private final RoundRectangle2D button;
    private BufferedImage background;

    CreativeCanvas(CreativeBrief brief, int width, int height) {
        checkSize(width, height);
        this.width = width;
        this.height = height;
        this.layout = Layout.forSize(width, height);
        this.palette = Palette.of(brief.colours());
        this.s = Math.min(width, height);
        this.margin = 0.08 * s;
        this.centred = layout == Layout.STORY;
        this.ink = palette.textOnPrimary();

        // The story safe zone: the top and bottom 250 of 1920 px sit under the apps' own controls.
        double safeTop = layout == Layout.STORY ? height * 250.0 / 1920 : margin;
        double safeBottom = layout == Layout.STORY ? height - safeTop : height - margin;

        Rectangle2D logoBox = switch (layout) {
            case SQUARE, PORTRAIT -> new Rectangle2D.Double(margin, margin, 0.30 * s, 0.12 * s);
            case STORY -> new Rectangle2D.Double((width - 0.34 * s) / 2, safeTop, 0.34 * s, 0.13 * s);
            case LANDSCAPE -> new Rectangle2D.Double(discX() - 0.62 * discR(), height / 2.0 - 0.45 * discR(),
                    1.24 * discR(), 0.9 * discR());
        };
        this.logo = LogoMark.of(brief.logoPng(), logoBox, layout != Layout.LANDSCAPE, centred, 0.02 * s);

        double columnRight = layout == Layout.LANDSCAPE ? discX() - discR() - 0.6 * margin : width - margin;
        this.column = new Rectangle2D.Double(margin, 0, columnRight - margin, height);

        Font headingFont = BrandFonts.heading(brief.headingFont());
        Font bodyFont = BrandFonts.body(brief.bodyFont());
        // The pill is 2.3 font sizes tall with 1.3 on each side of the words, all inside the column.
        double ctaMax = 0.042 * s;
        this.cta = FittedText.fit(BriefText.callToAction(brief.callToAction()), headingFont, ctaMax, 0.024 * s,
                column.getWidth() - 2.6 * ctaMax, 0.1 * s, 1, 1.2);
        double buttonHeight = cta.font.getSize2D() * 2.3;
        double buttonWidth = cta.width() + cta.font.getSize2D() * 2.6;
        double buttonTop = safeBottom - buttonHeight;
        double buttonLeft = centred ? (width - buttonWidth) / 2 : margin;
        this.button = new RoundRectangle2D.Double(buttonLeft, buttonTop, buttonWidth, buttonHeight, buttonHeight,
                buttonHeight);

        // The band between the logo (or the top) and the button holds headline, accent bar, subline.
        double bandTop = switch (layout) {
            case SQUARE, STORY -> logoBox.getMaxY() + 0.06 * s;
            case PORTRAIT -> Math.max(logoBox.getMaxY() + 0.06 * s, 0.40 * height);
            case LANDSCAPE -> margin;
        };
        double bandBottom = buttonTop - 0.06 * s;
        double band = Math.max(0, bandBottom - bandTop);
        String headlineText = BriefText.headline(brief.headline(), brief.prompt());
        this.subline = FittedText.fit(BriefText.subline(brief.headline(), brief.prompt()), bodyFont, 0.038 * s, 0.026 * s,
                column.getWidth(), band * 0.25, 2, 1.3);
        double gap = 0.035 * s;
        double barBlock = gap * 2 + barHeight();
        double sublineBlock = subline.lines.isEmpty() ? 0 : subline.height;
        this.headline = FittedText.fit(headlineText, headingFont, (layout == Layout.STORY ? 0.12 : 0.105) * s, 0.045 * s,
                column.getWidth(), band - barBlock - sublineBlock, 5, 1.08);
        double stack = headline.height + barBlock + sublineBlock;
        this.headlineTop = layout == Layout.PORTRAIT ? bandBottom - stack : bandTop + (band - stack) / 2;
        this.barTop = headlineTop + headline.height + gap;
        this.sublineTop = barTop + barHeight() + gap;
    }

    static void checkSize(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new ProviderFailure("the local renderer makes sizes from " + MIN_SIDE + " to " + MAX_SIDE
                    + " px, not " + width + "×" + height);
        }
    }

    /** The finished creative (the last frame of the animation). */
    BufferedImage still() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = hinted(image);
        draw(g, 1);
        g.dispose();
        return image;
    }

    /** Where the logo goes; empty when there is none. Package-visible for tests. */
    Rectangle2D logoArea() {
        return logo.area();
    }

    Rectangle2D headlineArea() {
        return new Rectangle2D.Double(column.getX(), headlineTop, column.getWidth(), headline.height);
    }

    Rectangle2D buttonArea() {
        return button.getBounds2D();
    }

    /**
     * Draws the frame at {@code t} in [0, 1] over the whole canvas. The entrance plays in the
     * first {@link #ENTRANCE} of the time and then holds; only the drifting disc moves all along.
     */
    void draw(Graphics2D g, double t) {
        g.drawImage(background(), 0, 0, null);
        Composite opaque = g.getComposite();
        drawDrift(g, t);
        double e = t / ENTRANCE;
        logo.draw(g, palette.secondary(), ease(e / 0.2));

        double in = ease((e - 0.05) / 0.4);
        fade(g, in);
        g.setColor(ink);
        headline.draw(g, column.getX(), headlineTop + (1 - in) * 0.05 * s, column.getWidth(), centred);
        g.setComposite(opaque);

        if (!headline.lines.isEmpty()) {
            double barWidth = 0.14 * s * ease((e - 0.35) / 0.25);
            double barLeft = centred ? (width - barWidth) / 2 : column.getX();
            g.setColor(palette.accent());
            g.fill(new RoundRectangle2D.Double(barLeft, barTop, barWidth, barHeight(), barHeight(), barHeight()));
        }

        fade(g, ease((e - 0.5) / 0.25));
        g.setColor(Palette.withAlpha(ink, 0.88));
        subline.draw(g, column.getX(), sublineTop, column.getWidth(), centred);
        g.setComposite(opaque);

        drawButton(g, ease((e - 0.7) / 0.3));
        g.setComposite(opaque);
    }

    /** The call to action as a pill in the accent colour, text black or white for contrast. */
    private void drawButton(Graphics2D g, double p) {
        if (p <= 0) {
            return;
        }
        fade(g, p);
        var saved = g.getTransform();
        double scale = 0.9 + 0.1 * p;
        g.translate(button.getCenterX(), button.getCenterY());
        g.scale(scale, scale);
        g.translate(-button.getCenterX(), -button.getCenterY());
        g.setColor(palette.accent());
        g.fill(button);
        g.setColor(Palette.blackOrWhiteOn(palette.accent()));
        double textTop = button.getY() + (button.getHeight() - cta.height) / 2;
        cta.draw(g, button.getX(), textTop, button.getWidth(), true);
        g.setTransform(saved);
    }

    /** The one moving decoration: an accent disc drifting slowly for the whole clip. */
    private void drawDrift(Graphics2D g, double t) {
        double drift = (t - 1) * 0.06 * s;
        g.setColor(palette.accent());
        switch (layout) {
            case SQUARE -> g.fill(disc(0.84 * width + drift, 0.17 * height - drift * 0.4, 0.075 * s));
            case PORTRAIT -> g.fill(disc(0.80 * width + drift, 0.28 * height - drift * 0.5, 0.07 * s));
            case STORY -> g.fill(disc(0.16 * width - drift, 0.07 * height + drift * 0.3, 0.06 * s));
            case LANDSCAPE -> {
                // Along the lower part of the ring, away from the text column on the left.
                double angle = Math.toRadians(140 - 40 * t);
                double ring = discR() * 1.12;
                g.fill(disc(discX() + ring * Math.cos(angle), height / 2.0 + ring * Math.sin(angle), 0.055 * s));
            }
        }
    }

    /** Gradient and static shapes: drawn once, then copied into every frame. */
    private BufferedImage background() {
        if (background != null) {
            return background;
        }
        background = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = hinted(background);
        Color primary = palette.primary();
        // From the exact brand colour at the top left to a deeper (or, on near-black, lighter) tone.
        Color far = Palette.luminance(primary) < 0.03 ? Palette.shade(primary, -0.14) : Palette.shade(primary, 0.22);
        g.setPaint(new GradientPaint(0, 0, primary, width, height, far));
        g.fillRect(0, 0, width, height);
        Color soft = Palette.withAlpha(palette.secondary(), 0.16);
        Color line = Palette.withAlpha(palette.secondary(), 0.22);
        g.setStroke(new BasicStroke((float) (0.006 * s)));
        switch (layout) {
            case SQUARE -> shapeWithRing(g, soft, line, 0.98 * width, 0.95 * height, 0.50 * s);
            case PORTRAIT -> shapeWithRing(g, soft, line, 0.94 * width, 0.10 * height, 0.48 * s);
            case STORY -> {
                shapeWithRing(g, soft, line, 0.92 * width, 0.0, 0.55 * width);
                g.setColor(Palette.withAlpha(palette.secondary(), 0.12));
                g.fill(disc(0.05 * width, height, 0.45 * width));
            }
            case LANDSCAPE -> {
                g.setColor(Palette.withAlpha(palette.accent(), 0.9));
                g.setStroke(new BasicStroke((float) (0.012 * s)));
                g.draw(disc(discX(), height / 2.0, discR() * 1.12));
                g.setColor(palette.secondary());
                g.fill(disc(discX(), height / 2.0, discR()));
            }
        }
        g.dispose();
        return background;
    }

    private static void shapeWithRing(Graphics2D g, Color fill, Color ring, double x, double y, double r) {
        g.setColor(fill);
        g.fill(disc(x, y, r));
        g.setColor(ring);
        g.draw(disc(x, y, r * 1.24));
    }

    private double discX() {
        return 0.80 * width;
    }

    private double discR() {
        return 0.40 * height;
    }

    private double barHeight() {
        return 0.012 * s;
    }

    static Graphics2D hinted(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }

    private static void fade(Graphics2D g, double alpha) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, Math.min(1, alpha))));
    }

    /** Ease-out cubic on a clamped progress: quick start, soft landing. */
    static double ease(double x) {
        double p = Math.max(0, Math.min(1, x));
        return 1 - Math.pow(1 - p, 3);
    }

    private static Ellipse2D disc(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }
}
