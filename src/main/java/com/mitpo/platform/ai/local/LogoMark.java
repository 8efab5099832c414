package com.mitpo.platform.ai.local;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The brand's logo, scaled once to fit its box with its aspect kept, optionally on a rounded
 * plate in the secondary colour: a dark logo on a dark brand colour would vanish otherwise.
 * A missing or unreadable logo draws nothing; a creative without a logo beats no creative.
 */
final class LogoMark {

    /** Logos are stored at most 512 px wide; anything far larger is not a logo. */
    private static final long MAX_PIXELS = 4096L * 4096;

    private static final LogoMark NONE = new LogoMark(null, new Rectangle2D.Double(), new Rectangle2D.Double(), false);

    private final BufferedImage scaled;
    private final Rectangle2D at;
    private final Rectangle2D plate;
    private final boolean onPlate;

    private LogoMark(BufferedImage scaled, Rectangle2D at, Rectangle2D plate, boolean onPlate) {
        this.scaled = scaled;
        this.at = at;
        this.plate = plate;
        this.onPlate = onPlate;
    }

    static LogoMark of(byte[] png, Rectangle2D box, boolean onPlate, boolean centred, double padding) {
        BufferedImage image = decode(png);
        if (image == null) {
            return NONE;
        }
        double pad = onPlate ? padding : 0;
        double factor = Math.min((box.getWidth() - 2 * pad) / image.getWidth(), (box.getHeight() - 2 * pad) / image.getHeight());
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        double plateWidth = w + 2 * pad;
        double left = centred || !onPlate ? box.getCenterX() - plateWidth / 2 : box.getX();
        double top = onPlate ? box.getY() : box.getCenterY() - h / 2.0;
        var plate = new Rectangle2D.Double(left, top, plateWidth, h + 2 * pad);
        var at = new Rectangle2D.Double(left + pad, top + pad, w, h);
        return new LogoMark(scale(image, w, h), at, plate, onPlate);
    }

    Rectangle2D area() {
        return plate;
    }

    void draw(Graphics2D g, Color plateColour, double alpha) {
        if (scaled == null || alpha <= 0) {
            return;
        }
        Composite saved = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.min(1, alpha)));
        if (onPlate) {
            double r = Math.min(plate.getHeight(), plate.getWidth()) * 0.3;
            g.setColor(plateColour);
            g.fill(new RoundRectangle2D.Double(plate.getX(), plate.getY(), plate.getWidth(), plate.getHeight(), r, r));
        }
        g.drawImage(scaled, (int) Math.round(at.getX()), (int) Math.round(at.getY()), null);
        g.setComposite(saved);
    }

    /** Reads in memory (ImageIO's default cache would write a temp file) and checks the size first. */
    private static BufferedImage decode(byte[] png) {
        if (png == null || png.length == 0) {
            return null;
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Halving steps then one bicubic step: a single big bilinear shrink would look jagged. */
    private static BufferedImage scale(BufferedImage source, int w, int h) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resize(current, w, h);
    }

    private static BufferedImage resize(BufferedImage source, int w, int h) {
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
