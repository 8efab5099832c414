package com.mitpo.platform.ai.local;

import static com.mitpo.platform.ai.local.LocalImagesTest.BRAND;
import static com.mitpo.platform.ai.local.LocalImagesTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.CreativeBrief;
import com.mitpo.platform.ai.ProviderFailure;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.Codec;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.junit.jupiter.api.Test;

/** Real encodes, read back with JCodec's demuxer and decoder. */
class LocalVideoTest {

    private final LocalVideo video = new LocalVideo();

    private static CreativeBrief brief(int width, int height) {
        return LocalImagesTest.brief(width, height, "Fresh roast, every Monday", BRAND, LocalImagesTest.logo());
    }

    @Test
    void anH264Mp4OfTheBriefsSizeAndLength() throws Exception {
        byte[] mp4 = video.render("brand-motion", brief(320, 320), 7);

        assertEquals("ftyp", new String(Arrays.copyOfRange(mp4, 4, 8), StandardCharsets.US_ASCII));
        List<String> boxes = topLevelBoxes(mp4);
        assertTrue(boxes.indexOf("moov") > 0 && boxes.indexOf("moov") < boxes.indexOf("mdat"),
                "the index comes first, so playback can start early: " + boxes);
        DemuxerTrackMeta meta = meta(mp4);
        assertEquals(Codec.H264, meta.getCodec());
        assertEquals(7.0, meta.getTotalDuration(), 0.01);
        assertEquals(320, meta.getVideoCodecMeta().getSize().getWidth());
        assertEquals(320, meta.getVideoCodecMeta().getSize().getHeight());
    }

    @Test
    void theLengthIsClampedToSixToTenSeconds() throws Exception {
        assertEquals(6.0, meta(video.render("brand-motion", brief(320, 180), 3)).getTotalDuration(), 0.01);
        assertEquals(10.0, meta(video.render("brand-motion", brief(320, 180), 30)).getTotalDuration(), 0.01);
    }

    @Test
    void theHeadlineArrivesOnTheBrandBackground() throws Exception {
        CreativeBrief brief = brief(640, 360);
        byte[] mp4 = video.render("brand-motion", brief, 6);
        Picture first = frameAt(mp4, 0);
        Picture last = frameAt(mp4, 5.9);

        assertClose(new Color(0x264653), rgb(last, 4, 4), 8);
        Rectangle2D headline = new CreativeCanvas(brief, 640, 360).headlineArea();
        double change = meanLumaDifference(first, last, headline);
        assertTrue(change > 15, "the headline area changes as the text comes in: " + change);
    }

    @Test
    void oddSidesLoseOnePixelBecauseH264NeedsEvenOnes() throws Exception {
        DemuxerTrackMeta meta = meta(video.render("brand-motion", brief(321, 241), 6));
        assertEquals(320, meta.getVideoCodecMeta().getSize().getWidth());
        assertEquals(240, meta.getVideoCodecMeta().getSize().getHeight());
    }

    @Test
    void aFullSizeStoryRendersAtItsSizeAndLength() throws Exception {
        byte[] mp4 = video.render("brand-motion", brief(1080, 1920), 6);

        DemuxerTrackMeta meta = meta(mp4);
        assertEquals(1080, meta.getVideoCodecMeta().getSize().getWidth());
        assertEquals(1920, meta.getVideoCodecMeta().getSize().getHeight());
        assertEquals(6.0, meta.getTotalDuration(), 0.01);
    }

    @Test
    void refusesOtherModelsAndFramesBeyondFullHd() {
        assertThrows(ProviderFailure.class, () -> video.render("sora", brief(320, 320), 6));
        assertThrows(ProviderFailure.class, () -> video.render("brand-motion", brief(1920, 1920), 6));
        assertThrows(ProviderFailure.class, () -> video.render("brand-motion", brief(32, 32), 6));
    }

    private static List<String> topLevelBoxes(byte[] mp4) {
        var types = new ArrayList<String>();
        ByteBuffer in = ByteBuffer.wrap(mp4);
        while (in.remaining() >= 8) {
            int start = in.position();
            long size = in.getInt() & 0xFFFFFFFFL;
            types.add(new String(mp4, start + 4, 4, StandardCharsets.US_ASCII));
            in.position(start + 8);
            if (size == 1) {
                size = in.getLong();
            } else if (size == 0) {
                size = mp4.length - start;
            }
            in.position(Math.toIntExact(start + size));
        }
        assertEquals(mp4.length, in.position(), "the boxes fill the file exactly");
        return types;
    }

    private static DemuxerTrackMeta meta(byte[] mp4) throws Exception {
        try (var demuxer = MP4Demuxer.createMP4Demuxer(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)))) {
            assertEquals(1, demuxer.getVideoTracks().size());
            return demuxer.getVideoTrack().getMeta();
        }
    }

    private static Picture frameAt(byte[] mp4, double second) throws Exception {
        return FrameGrab.createFrameGrab(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)))
                .seekToSecondPrecise(second).getNativeFrame();
    }

    /** Limited-range BT.709 back to RGB, as the stream declares (JCodec stores samples minus 128). */
    private static Color rgb(Picture p, int x, int y) {
        double luma = 1.164 * (p.getPlaneData(0)[y * p.getPlaneWidth(0) + x] + 128 - 16);
        int c = (y / 2) * p.getPlaneWidth(1) + x / 2;
        double cb = p.getPlaneData(1)[c];
        double cr = p.getPlaneData(2)[c];
        return new Color(clip(luma + 1.793 * cr), clip(luma - 0.213 * cb - 0.533 * cr), clip(luma + 2.112 * cb));
    }

    private static int clip(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static double meanLumaDifference(Picture a, Picture b, Rectangle2D area) {
        long sum = 0;
        long n = 0;
        for (int y = (int) area.getMinY(); y < area.getMaxY(); y++) {
            for (int x = (int) area.getMinX(); x < area.getMaxX(); x++) {
                int i = y * a.getPlaneWidth(0) + x;
                sum += Math.abs(a.getPlaneData(0)[i] - b.getPlaneData(0)[i]);
                n++;
            }
        }
        return (double) sum / n;
    }
}
