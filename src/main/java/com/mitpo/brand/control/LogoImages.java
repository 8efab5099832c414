package com.mitpo.brand.control;

import com.mitpo.brand.boundary.LogoProblem;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an uploaded logo into a clean PNG: the type is decided from the bytes (PNG, JPEG or
 * GIF), the declared size is checked before decoding (no pixel floods), and the image is
 * re-encoded at most 512 px wide or tall, which drops metadata and anything hidden in the file.
 */
public final class LogoImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final long MAX_PIXELS = 25_000_000L;
    static final int MAX_SIDE = 512;

    /** Either a PNG or the reason there is none. */
    public record Result(byte[] png, LogoProblem problem) {
    }

    private LogoImages() {
    }

    public static Result toPng(byte[] upload) {
        if (upload == null || upload.length == 0) {
            return new Result(null, LogoProblem.EMPTY);
        }
        if (upload.length > MAX_BYTES) {
            return new Result(null, LogoProblem.TOO_LARGE);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(in);
            Optional<ImageReader> reader = readers.hasNext() ? Optional.of(readers.next()) : Optional.empty();
            if (reader.isEmpty() || !java.util.Set.of("png", "jpeg", "gif")
                    .contains(reader.get().getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                return new Result(null, LogoProblem.NOT_AN_IMAGE);
            }
            ImageReader r = reader.get();
            try {
                r.setInput(in, true, true);
                long pixels = (long) r.getWidth(0) * r.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    return new Result(null, LogoProblem.TOO_MANY_PIXELS);
                }
                return new Result(encode(scaled(r.read(0))), null);
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return new Result(null, LogoProblem.NOT_AN_IMAGE);
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
