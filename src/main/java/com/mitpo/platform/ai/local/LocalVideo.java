package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.CreativeBrief;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.VideoProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * The offline video model ("local/brand-motion"): the brand-canvas creative animated in (the
 * headline slides up, the accent bar grows, the button appears, a disc drifts) for 6 to 10 s,
 * encoded to H.264/MP4 in pure Java. Silent: there is no browser-playable audio encoder in pure
 * Java, and the voice-over is a separate file.
 *
 * <p>Runs in the caller's thread. 12 frames a second during the entrance (6 once it holds): a
 * 6 s 1080×1920 render takes about 4 s on one core (about 10 s for the first in a JVM, while the
 * JIT compiles the encoder), and the eased motion still reads as smooth.
 */
@ApplicationScoped
public class LocalVideo implements VideoProvider {

    public static final String MODEL = "brand-motion";

    static final int FPS = 12;
    static final int MIN_SECONDS = 6;
    static final int MAX_SECONDS = 10;

    /** H.264 level 4.0 (what JCodec declares) allows 8,192 macroblocks a frame: 1080×1920 fits. */
    static final int MAX_MACROBLOCKS = 8192;

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public byte[] render(String model, CreativeBrief brief, int seconds) {
        if (!MODEL.equals(model)) {
            throw new ProviderFailure("the local video provider has no model " + model);
        }
        if (brief == null) {
            throw new ProviderFailure("the local video provider needs a brief");
        }
        CreativeCanvas.checkSize(brief.width(), brief.height());
        // 4:2:0 needs even sides; every channel size is even, others lose one pixel.
        int width = brief.width() & ~1;
        int height = brief.height() & ~1;
        if (((width + 15) / 16) * ((height + 15) / 16) > MAX_MACROBLOCKS) {
            throw new ProviderFailure("the local video provider makes frames up to 1080×1920 or 1920×1080 pixels, not "
                    + brief.width() + "×" + brief.height());
        }
        var canvas = new CreativeCanvas(brief, width, height);
        int ticks = clamp(seconds) * FPS;
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = CreativeCanvas.hinted(frame);
        try {
            var mp4 = new Mp4Writer(width, height, FPS, ticks);
            for (int tick = 0; tick < ticks; ) {
                double t = Math.min(1, tick / (ticks - 1.0));
                // Once the entrance is over only the slow drift moves: half the frames, each shown
                // twice as long, look the same and save a quarter of the (slow) encoding.
                int hold = t < CreativeCanvas.ENTRANCE || tick + 1 == ticks ? 1 : 2;
                canvas.draw(g, t);
                mp4.add(frame, hold);
                tick += hold;
            }
            return mp4.finish();
        } catch (IOException e) {
            throw new ProviderFailure("the local video provider could not encode the MP4", e);
        } finally {
            g.dispose();
        }
    }

    static int clamp(int seconds) {
        return Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds));
    }
}
