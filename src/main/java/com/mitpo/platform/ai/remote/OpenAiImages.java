package com.mitpo.platform.ai.remote;

import com.mitpo.platform.ai.CreativeBrief;
import com.mitpo.platform.ai.ImageProvider;
import com.mitpo.platform.ai.ProviderFailure;
import dev.langchain4j.model.image.ImageModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * OpenAI's GPT Image models (images/generations), configured like {@link OpenAiText}. The model
 * only paints a few fixed sizes, so it is asked for the one closest to the brief's aspect and
 * its answer is scaled to cover the brief's size and centre-cropped to exactly that.
 */
@ApplicationScoped
public class OpenAiImages extends OpenAiProvider implements ImageProvider {

    /** The sizes gpt-image-1 accepts, as {width, height}: square, portrait, landscape. */
    static final List<int[]> SIZES = List.of(new int[] { 1024, 1024 }, new int[] { 1024, 1536 },
            new int[] { 1536, 1024 });

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    // One client per model id and size: the size is fixed when a client is built, and each client
    // holds an HTTP client, so building one per call would waste connections. At most three sizes.
    private final Map<String, ImageModel> models = new ConcurrentHashMap<>();

    /** For CDI. */
    protected OpenAiImages() {
    }

    public OpenAiImages(String baseUrl, Optional<String> apiKey, int timeoutSeconds) {
        super(baseUrl, apiKey, timeoutSeconds);
    }

    @Override
    public byte[] render(String model, CreativeBrief brief) {
        requireConfigured();
        if (brief.width() <= 0 || brief.height() <= 0) {
            throw new IllegalArgumentException("a brief needs a positive size");
        }
        String size = requestSize(brief.width(), brief.height());
        dev.langchain4j.data.image.Image answer;
        try {
            answer = models.computeIfAbsent(model + " " + size, key -> api.images(model, size))
                    .generate(prompt(brief)).content();
        } catch (RuntimeException e) {
            throw RemoteTextProvider.failure(name(), e);
        }
        // LangChain4j 1.19's image client has no response_format setting, and none is needed: the
        // GPT Image models always answer base64 (OpenAI documents response_format as unsupported
        // for them). A URL alone would come from another model or an
        // OpenAI-compatible service; it is refused rather than fetched, because the address is
        // whatever the answer says (not necessarily the configured provider), and a call goes to
        // the catalog row's provider and to no other. The URL itself is not quoted: it may be signed.
        if (answer == null || answer.base64Data() == null || answer.base64Data().isBlank()) {
            throw new ProviderFailure(name() + " answered without image data"
                    + (answer != null && answer.url() != null ? " (a URL only, which is not fetched)" : ""));
        }
        BufferedImage painted;
        try {
            painted = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(answer.base64Data())));
        } catch (IllegalArgumentException | IOException e) {
            throw new ProviderFailure(name() + " answered with unreadable image data", e);
        }
        if (painted == null) {
            throw new ProviderFailure(name() + " answered with an image format that cannot be read");
        }
        return png(cover(painted, brief.width(), brief.height()));
    }

    /** The accepted size closest to the brief's aspect (compared as log ratios, so 2:1 and 1:2 weigh alike). */
    static String requestSize(int width, int height) {
        double aspect = Math.log((double) width / height);
        int[] best = SIZES.stream()
                .min(Comparator.comparingDouble(s -> Math.abs(Math.log((double) s[0] / s[1]) - aspect)))
                .orElseThrow();
        return best[0] + "x" + best[1];
    }

    /** What the model is asked to paint: short, and only what the brief says. */
    static String prompt(CreativeBrief brief) {
        var parts = new ArrayList<String>();
        parts.add("An on-brand social media creative, " + aspect(brief.width(), brief.height()) + ".");
        if (present(brief.prompt())) {
            parts.add(sentence(brief.prompt().strip()));
        }
        List<String> colours = brief.colours() == null ? List.of()
                : brief.colours().stream().filter(c -> c != null && HEX_COLOUR.matcher(c.strip()).matches())
                        .map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        if (!colours.isEmpty()) {
            parts.add("Use the brand colours " + String.join(", ", colours) + ".");
        }
        if (present(brief.headline())) {
            parts.add("Show the headline \"" + brief.headline().strip() + "\" as large, legible text.");
        }
        if (present(brief.callToAction())) {
            parts.add("Show the call to action \"" + brief.callToAction().strip() + "\" as a clear button or label.");
        }
        parts.add(present(brief.headline()) || present(brief.callToAction()) ? "No other text." : "No text.");
        return String.join(" ", parts);
    }

    /** "square (1:1)", "portrait (9:16)", "landscape (1.91:1)". */
    static String aspect(int width, int height) {
        String shape = width == height ? "square" : width < height ? "portrait" : "landscape";
        int gcd = gcd(width, height);
        int w = width / gcd;
        int h = height / gcd;
        String ratio = w <= 32 && h <= 32 ? w + ":" + h
                : width >= height ? String.format(Locale.ROOT, "%.2f:1", (double) width / height)
                        : String.format(Locale.ROOT, "1:%.2f", (double) height / width);
        return shape + " (" + ratio + ")";
    }

    /** Scaled to fill {@code width} × {@code height}, then the overflow cut off evenly on both sides. */
    static BufferedImage cover(BufferedImage source, int width, int height) {
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int scaledWidth = Math.max(width, (int) Math.ceil(source.getWidth() * scale));
        int scaledHeight = Math.max(height, (int) Math.ceil(source.getHeight() * scale));
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var target = new BufferedImage(width, height, type);
        var g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(source, (width - scaledWidth) / 2, (height - scaledHeight) / 2, scaledWidth, scaledHeight,
                    null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new ProviderFailure(name() + " image could not be encoded as PNG", e);
        }
        return out.toByteArray();
    }

    private static String sentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' ? text : text + ".";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
