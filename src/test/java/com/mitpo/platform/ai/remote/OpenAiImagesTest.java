package com.mitpo.platform.ai.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.CreativeBrief;
import com.mitpo.platform.ai.ProviderFailure;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiImagesTest {

    static final String KEY = "sk-test-image-7d2e";
    static final String MODEL = "gpt-image-1";
    static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private final VendorStandIn standIn = new VendorStandIn();
    private final OpenAiImages provider = new OpenAiImages(standIn.url("/v1"), Optional.of(KEY), 5);

    @AfterEach
    void stop() {
        standIn.close();
    }

    static CreativeBrief brief(int width, int height) {
        return new CreativeBrief("Alpine boots on a wet mountain trail at dawn", "Spring sale: 20% off",
                "Shop now", width, height, List.of("#1A73E8", "#f4b400"), "Inter", "Inter", null);
    }

    @Test
    void sendsOnePromptWithTheBriefToTheImagesRouteWithTheBearerKey() {
        provider.render(MODEL, brief(1080, 1080));

        var request = standIn.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/v1/images/generations", request.path());
        assertEquals("Bearer " + KEY, request.header("authorization"));
        var body = request.body();
        assertEquals(MODEL, body.path("model").asText());
        assertEquals("1024x1024", body.path("size").asText());
        var prompt = body.path("prompt").asText();
        assertTrue(prompt.contains("Alpine boots on a wet mountain trail at dawn"), prompt);
        assertTrue(prompt.contains("\"Spring sale: 20% off\""), prompt);
        assertTrue(prompt.contains("\"Shop now\""), prompt);
        assertTrue(prompt.contains("#1A73E8"), prompt);
        assertTrue(prompt.contains("#F4B400"), prompt);
        assertTrue(prompt.contains("square (1:1)"), prompt);
        assertFalse(body.has("response_format"), "the GPT Image models reject response_format");
    }

    @ParameterizedTest
    @CsvSource({ "1080, 1080, 1024x1024", "1080, 1920, 1024x1536", "1200, 628, 1536x1024" })
    void asksForTheClosestSizeAndReturnsAPngOfExactlyTheBriefsSize(int width, int height, String requested)
            throws IOException {
        byte[] png = provider.render(MODEL, brief(width, height));

        assertEquals(requested, standIn.onlyRequest().body().path("size").asText());
        assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(png, PNG_SIGNATURE.length));
        var image = read(png);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
    }

    @Test
    void aWiderBriefIsCentreCroppedNotSqueezed() throws IOException {
        // 1536x1024 covers 1200x628 at 1200x800: the 86 rows cut from the top and from the bottom
        // take the edge bands (80 rows once scaled) away; a squeeze would have kept 63 rows of them.
        var image = read(provider.render(MODEL, brief(1200, 628)));

        assertEquals(VendorStandIn.IMAGE_MIDDLE, pixel(image, 600, 2));
        assertEquals(VendorStandIn.IMAGE_MIDDLE, pixel(image, 600, 625));
        assertEquals(VendorStandIn.IMAGE_MIDDLE, pixel(image, 600, 314));
        // Nothing was cut from the sides: the left and right bands (120 columns) are still there.
        assertEquals(VendorStandIn.IMAGE_EDGE, pixel(image, 5, 314));
        assertEquals(VendorStandIn.IMAGE_EDGE, pixel(image, 1194, 314));
    }

    @Test
    void aClientPerSizeNeverServesAnotherSize() {
        provider.render(MODEL, brief(1080, 1080));
        provider.render(MODEL, brief(1080, 1920));
        provider.render(MODEL, brief(1080, 1080));

        var sizes = standIn.requests().stream().map(r -> r.body().path("size").asText()).toList();
        assertEquals(List.of("1024x1024", "1024x1536", "1024x1024"), sizes);
    }

    @Test
    void aServerErrorIsAProviderFailureWithoutPromptOrKeyAndIsNotRetried() {
        standIn.failWith(500);
        var brief = brief(1080, 1080);

        var failure = assertThrows(ProviderFailure.class, () -> provider.render(MODEL, brief));

        // The images client reports an HTTP status as a bare HttpException (chat maps it to InternalServerException).
        assertTrue(failure.getMessage().startsWith("openai could not answer: "), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertFalse(failure.getMessage().contains(brief.prompt()), failure.getMessage());
        assertFalse(failure.getMessage().contains(brief.headline()), failure.getMessage());
        assertEquals(1, standIn.requests().size(), "the client must not retry");
    }

    @Test
    void aUrlInsteadOfImageDataIsAProviderFailureAndIsNotFetched() {
        standIn.answerImagesWithUrl();

        var failure = assertThrows(ProviderFailure.class, () -> provider.render(MODEL, brief(1080, 1080)));

        assertTrue(failure.getMessage().startsWith("openai answered without image data"), failure.getMessage());
        assertFalse(failure.getMessage().contains(VendorStandIn.IMAGE_URL), failure.getMessage());
        assertEquals(1, standIn.requests().size());
    }

    @Test
    void anUnreachableServiceIsAProviderFailure() {
        var closed = standIn.url("/v1");
        standIn.close();

        var failure = assertThrows(ProviderFailure.class,
                () -> new OpenAiImages(closed, Optional.of(KEY), 5).render(MODEL, brief(1080, 1080)));

        assertEquals("openai could not answer: ConnectException", failure.getMessage());
    }

    @Test
    void configuredOnlyWithAKey() {
        assertEquals("openai", provider.name());
        assertTrue(provider.configured());
        assertFalse(new OpenAiImages(standIn.url("/v1"), Optional.empty(), 5).configured());
        assertFalse(new OpenAiImages(standIn.url("/v1"), Optional.of("  "), 5).configured());
    }

    @Test
    void withoutAKeyNothingIsSent() {
        var failure = assertThrows(ProviderFailure.class,
                () -> new OpenAiImages(standIn.url("/v1"), Optional.empty(), 5).render(MODEL, brief(1080, 1080)));

        assertEquals("openai is not configured", failure.getMessage());
        assertEquals(0, standIn.requests().size());
    }

    @Test
    void aBriefWithoutWordsOrColoursStillMakesAPrompt() {
        var bare = new CreativeBrief("Boots", null, " ", 1080, 1920, null, null, null, null);

        var prompt = OpenAiImages.prompt(bare);

        assertEquals("An on-brand social media creative, portrait (9:16). Boots. No text.", prompt);
        assertEquals("landscape (1.91:1)", OpenAiImages.aspect(1200, 628));
    }

    private static BufferedImage read(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "not a readable image");
        return image;
    }

    private static Color pixel(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y), false);
    }
}
