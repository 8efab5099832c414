package com.mitpo.platform.ai.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.CreativeBrief;
import com.mitpo.platform.ai.ProviderFailure;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real renders, decoded back and inspected pixel by pixel. */
class LocalImagesTest {

    static final List<String> BRAND = List.of("#264653", "#E9C46A", "#F4A261");
    private static final byte[] LOGO = logo();

    private final LocalImages images = new LocalImages();

    static CreativeBrief brief(int width, int height, String headline, List<String> colours, byte[] logo) {
        return new CreativeBrief("Autumn launch of our cold brew subscription for remote teams", headline, "Start your trial",
                width, height, colours, "Inter", "DejaVu Serif", logo);
    }

    @ParameterizedTest
    @CsvSource({"1080, 1080, SQUARE", "1080, 1350, PORTRAIT", "1080, 1920, STORY", "1200, 628, LANDSCAPE"})
    void eachChannelSizeIsAPngOfExactlyThatSizeOnTheBrandColour(int width, int height, CreativeCanvas.Layout layout)
            throws IOException {
        byte[] png = images.render("brand-canvas", brief(width, height, "Fresh roast, every Monday", BRAND, LOGO));

        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        assertEquals(layout, CreativeCanvas.Layout.forSize(width, height));
        assertClose(new Color(0x264653), new Color(image.getRGB(3, 3)), 4);
    }

    @ParameterizedTest
    @CsvSource({"1080, 1080", "1080, 1350", "1080, 1920", "1200, 628"})
    void theLogoChangesItsCornerAndNothingElse(int width, int height) throws IOException {
        BufferedImage with = decode(images.render("brand-canvas", brief(width, height, "Fresh roast", BRAND, LOGO)));
        BufferedImage without = decode(images.render("brand-canvas", brief(width, height, "Fresh roast", BRAND, null)));
        Rectangle2D area = new CreativeCanvas(brief(width, height, "Fresh roast", BRAND, LOGO), width, height).logoArea();
        assertFalse(area.isEmpty());

        Rectangle2D slack = new Rectangle2D.Double(area.getX() - 2, area.getY() - 2, area.getWidth() + 4, area.getHeight() + 4);
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    if (slack.contains(x, y)) {
                        inside++;
                    } else {
                        outside++;
                    }
                }
            }
        }
        assertTrue(inside > area.getWidth() * area.getHeight() / 3, "the logo covers its box: " + inside);
        assertEquals(0, outside);
    }

    @Test
    void theLogoGoesTopLeftOnSquaresAndOnTheRightOfLandscapes() {
        var square = new CreativeCanvas(brief(1080, 1080, "Fresh roast", BRAND, LOGO), 1080, 1080);
        assertTrue(square.logoArea().getMaxX() < 540 && square.logoArea().getMaxY() < 300, square.logoArea().toString());
        var landscape = new CreativeCanvas(brief(1200, 628, "Fresh roast", BRAND, LOGO), 1200, 628);
        assertTrue(landscape.logoArea().getMinX() > landscape.headlineArea().getMaxX(), "text left, logo right");
        assertTrue(landscape.buttonArea().getMaxX() < 600);
    }

    @Test
    void theHeadlineIsDrawnInTheBrandsTextColour() throws IOException {
        CreativeBrief withText = brief(1080, 1080, "Fresh roast, every Monday", BRAND, null);
        CreativeBrief noText = new CreativeBrief("", " ", "Go", 1080, 1080, BRAND, "Inter", "DejaVu Serif", null);
        Rectangle2D area = new CreativeCanvas(withText, 1080, 1080).headlineArea();
        Color ink = new Color(0xE9C46A); // the secondary colour reads well on #264653

        int inked = countNear(decode(images.render("brand-canvas", withText)), area, ink);
        int blank = countNear(decode(images.render("brand-canvas", noText)), area, ink);
        assertTrue(inked > 10_000, "headline pixels: " + inked);
        assertEquals(0, blank);
    }

    @Test
    void aLongHeadlineShrinksToStayAboveTheButton() {
        String words = "Fresh roast every Monday morning delivered straight to your office by people who care about coffee "
                + "as much as you do, with free returns and no contract whatsoever";
        var shortOne = new CreativeCanvas(brief(1080, 1080, "Fresh roast", BRAND, LOGO), 1080, 1080);
        var longOne = new CreativeCanvas(brief(1080, 1080, words, BRAND, LOGO), 1080, 1080);
        assertTrue(longOne.headlineArea().getMaxY() < longOne.buttonArea().getMinY());
        assertTrue(longOne.headlineArea().getMinY() > longOne.logoArea().getMaxY());
        assertTrue(longOne.headlineArea().getHeight() > shortOne.headlineArea().getHeight());
    }

    @Test
    void storiesKeepTheirWordsOutOfTheTopAndBottom250Pixels() {
        var story = new CreativeCanvas(brief(1080, 1920, "Fresh roast, every single Monday of the year", BRAND, LOGO), 1080, 1920);
        assertEquals(CreativeCanvas.Layout.STORY, story.layout);
        for (Rectangle2D area : List.of(story.logoArea(), story.headlineArea(), story.buttonArea())) {
            assertTrue(area.getMinY() >= 250 && area.getMaxY() <= 1920 - 250, area.toString());
        }
    }

    @Test
    void invalidOrMissingColoursFallBackToTheHouseColours() throws IOException {
        var invalid = List.of("navy", "#12345G", "E07A5F");
        BufferedImage image = decode(images.render("brand-canvas", brief(1080, 1080, "Fresh roast", invalid, null)));
        assertClose(Palette.DEFAULT_PRIMARY, new Color(image.getRGB(3, 3)), 4);
        Rectangle2D button = new CreativeCanvas(brief(1080, 1080, "Fresh roast", invalid, null), 1080, 1080).buttonArea();
        int x = (int) (button.getX() + button.getHeight() * 0.3);
        assertClose(Palette.DEFAULT_ACCENT, new Color(image.getRGB(x, (int) button.getCenterY())), 4);

        BufferedImage none = decode(images.render("brand-canvas",
                new CreativeBrief(null, null, null, 640, 360, null, null, null, null)));
        assertClose(Palette.DEFAULT_PRIMARY, new Color(none.getRGB(3, 3)), 4);
    }

    @Test
    void theButtonTextIsBlackOrWhiteWhicheverReads() {
        assertEquals(Color.BLACK, Palette.blackOrWhiteOn(new Color(0xF4A261)));
        assertEquals(Color.WHITE, Palette.blackOrWhiteOn(new Color(0x1F3A5F)));
        // Secondary on primary when it contrasts enough, else black or white.
        assertEquals(new Color(0xF4F1EA), Palette.of(List.of("#1F3A5F", "#F4F1EA", "#E07A5F")).textOnPrimary());
        assertEquals(Color.WHITE, Palette.of(List.of("#1F3A5F", "#2A4A70", "#E07A5F")).textOnPrimary());
    }

    @Test
    void missingFontsFallBackToTheLogicalFamilies() {
        assertEquals(Font.SANS_SERIF, BrandFonts.heading("No Such Grotesk").getFamily());
        assertEquals(Font.SERIF, BrandFonts.body("No Such Serif").getFamily());
        assertEquals(Font.SANS_SERIF, BrandFonts.body(null).getFamily());
        assertEquals("DejaVu Serif", BrandFonts.body("DejaVu Serif").getFamily());
        assertTrue(BrandFonts.heading("Liberation Sans").isBold());
    }

    @Test
    void anyOtherSizeGetsTheNearestLayout() throws IOException {
        for (int[] size : new int[][] {{333, 777}, {1500, 500}, {64, 64}, {4096, 256}}) {
            BufferedImage image = decode(images.render("brand-canvas", brief(size[0], size[1], "Fresh roast", BRAND, LOGO)));
            assertEquals(size[0], image.getWidth());
            assertEquals(size[1], image.getHeight());
        }
        assertEquals(CreativeCanvas.Layout.STORY, CreativeCanvas.Layout.forSize(333, 777));
        assertEquals(CreativeCanvas.Layout.LANDSCAPE, CreativeCanvas.Layout.forSize(1500, 500));
    }

    @Test
    void refusesOtherModelsAndSizesOutsideTheRange() {
        assertThrows(ProviderFailure.class, () -> images.render("dall-e-3", brief(1080, 1080, "x", BRAND, null)));
        assertThrows(ProviderFailure.class, () -> images.render("brand-canvas", brief(63, 1080, "x", BRAND, null)));
        assertThrows(ProviderFailure.class, () -> images.render("brand-canvas", brief(1080, 4097, "x", BRAND, null)));
        assertThrows(ProviderFailure.class, () -> images.render("brand-canvas", null));
    }

    @Test
    void aLongCallToActionStaysInsideTheColumn() {
        var canvas = new CreativeCanvas(new CreativeBrief("", "Fresh roast",
                "Subscribe today and get your first three bags of freshly roasted coffee for free", 1080, 1080, BRAND,
                "Inter", "DejaVu Serif", null), 1080, 1080);
        assertTrue(canvas.buttonArea().getMaxX() <= 1080 - 0.08 * 1080 + 1, canvas.buttonArea().toString());
    }

    @Test
    void anUnreadableLogoIsLeftOut() throws IOException {
        byte[] png = images.render("brand-canvas", brief(1080, 1080, "Fresh roast", BRAND, new byte[] {1, 2, 3}));
        assertEquals(1080, decode(png).getWidth());
    }

    static void assertClose(Color expected, Color actual, int tolerance) {
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) <= tolerance
                && Math.abs(expected.getGreen() - actual.getGreen()) <= tolerance
                && Math.abs(expected.getBlue() - actual.getBlue()) <= tolerance, "expected " + expected + " but was " + actual);
    }

    private static int countNear(BufferedImage image, Rectangle2D area, Color ink) {
        int count = 0;
        for (int y = (int) area.getMinY(); y < area.getMaxY(); y++) {
            for (int x = (int) area.getMinX(); x < area.getMaxX(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - ink.getRed()) + Math.abs(c.getGreen() - ink.getGreen())
                        + Math.abs(c.getBlue() - ink.getBlue()) < 24) {
                    count++;
                }
            }
        }
        return count;
    }

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** A two-colour mark with transparency, like an uploaded logo after cleaning. */
    static byte[] logo() {
        var image = new BufferedImage(400, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2A9D8F));
        g.fillOval(0, 0, 160, 160);
        g.setColor(new Color(0x101010));
        g.fillRect(180, 40, 200, 80);
        g.dispose();
        return LocalImages.png(image);
    }
}
