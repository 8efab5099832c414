package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.CreativeBrief;
import com.mitpo.platform.ai.ImageProvider;
import com.mitpo.platform.ai.ProviderFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The offline image model ("local/brand-canvas"): a designed layout in the brand's colours,
 * fonts and logo with the brief's words, drawn with Java2D. No picture is invented from the
 * prompt; a remote model does that, and the creative records which one made it.
 */
@ApplicationScoped
public class LocalImages implements ImageProvider {

    public static final String MODEL = "brand-canvas";

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public byte[] render(String model, CreativeBrief brief) {
        if (!MODEL.equals(model)) {
            throw new ProviderFailure("the local image provider has no model " + model);
        }
        if (brief == null) {
            throw new ProviderFailure("the local image provider needs a brief");
        }
        return png(new CreativeCanvas(brief, brief.width(), brief.height()).still());
    }

    /** Encoded in memory: ImageIO.write's default cache would go through a temp file. */
    static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), null);
        } catch (IOException e) {
            throw new ProviderFailure("the local image provider could not encode the PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
