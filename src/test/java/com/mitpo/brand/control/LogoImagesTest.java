package com.mitpo.brand.control;

import com.mitpo.brand.boundary.LogoProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoImagesTest {

    @Test
    void aLargeJpegBecomesAPngOfAtMost512Pixels() throws Exception {
        LogoImages.Result result = LogoImages.toPng(image(1600, 800, "jpeg"));

        assertNull(result.problem());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertEquals(512, png.getWidth());
        assertEquals(256, png.getHeight());
        assertEquals((byte) 0x89, result.png()[0]);
        assertEquals("PNG", new String(result.png(), 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void whatIsNotAnImageIsRefusedWhateverItsName() {
        assertEquals(LogoProblem.NOT_AN_IMAGE,
                LogoImages.toPng("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)).problem());
        assertEquals(LogoProblem.EMPTY, LogoImages.toPng(new byte[0]).problem());
        assertEquals(LogoProblem.TOO_LARGE, LogoImages.toPng(new byte[LogoImages.MAX_BYTES + 1]).problem());
    }

    @Test
    void aPixelFloodIsRefusedBeforeDecoding() throws Exception {
        byte[] png = image(1, 1, "png");
        // Rewrite the header to claim 100000 x 100000 pixels (with a valid checksum).
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, 100_000);
        buffer.putInt(20, 100_000);
        var crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());

        assertEquals(LogoProblem.TOO_MANY_PIXELS, LogoImages.toPng(png).problem());
    }

    private static byte[] image(int width, int height, String format) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }
}
