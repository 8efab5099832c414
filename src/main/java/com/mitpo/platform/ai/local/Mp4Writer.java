package com.mitpo.platform.ai.local;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.encode.DumbRateControl;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.VUIParameters;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.Brand;
import org.jcodec.containers.mp4.WebOptimizedMP4Muxer;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * H.264 (Baseline, JCodec's pure-Java encoder) in an MP4, in memory; time counts in frame
 * periods of 1/fps s, and a frame may last several.
 *
 * <p>Two choices make it fast and correct: motion search is off (the frames are a static
 * background with text fading in, and JCodec's default ±16 search doubled the encode time
 * without making the file smaller), and the RGB frames are converted here straight from the int
 * raster to limited-range BT.709, which the stream then declares in its VUI. JCodec's own
 * conversion is full-range but its stream says nothing, so players would read it as limited
 * range and stretch the brand colours; declared, Chromium shows them within a few levels.
 */
final class Mp4Writer {

    private final int width;
    private final int height;
    private final int fps;
    private final MemoryChannel file = new MemoryChannel();
    private final MP4Muxer muxer;
    private final MuxerTrack track;
    private final H264Encoder encoder = new Bt709Encoder();
    private final Picture picture;
    private final ByteBuffer scratch;
    private int frame;
    private long pts;

    /** {@code maxFrames} sizes the room kept for the index at the start of the file. */
    Mp4Writer(int width, int height, int fps, int maxFrames) throws IOException {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("4:2:0 video needs even sides");
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
        encoder.setMotionSearchRange(0);
        // The index (moov) goes before the frames, so a browser can start playing before it has
        // the whole file; it needs a few bytes a frame, and what is left over becomes a 'free' box.
        this.muxer = new WebOptimizedMP4Muxer(file, Brand.MP4, 4096 + 64 * maxFrames);
        this.track = muxer.addVideoTrack(Codec.H264,
                VideoCodecMeta.createSimpleVideoCodecMeta(new Size(width, height), ColorSpace.YUV420J));
        this.picture = Picture.create(width, height, ColorSpace.YUV420J);
        this.scratch = ByteBuffer.allocate(encoder.estimateBufferSize(picture));
    }

    /** Adds a frame shown for {@code ticks} frame periods (MP4 allows each sample its own duration). */
    void add(BufferedImage rgb, int ticks) throws IOException {
        toYuv(rgb);
        scratch.clear();
        VideoEncoder.EncodedFrame encoded = encoder.encodeFrame(picture, scratch);
        // A copy: the muxer keeps the parameter sets it finds in the data until finish().
        ByteBuffer data = ByteBuffer.allocate(encoded.getData().remaining());
        data.put(encoded.getData()).flip();
        track.addFrame(Packet.createPacket(data, pts, fps, ticks, frame,
                encoded.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null));
        frame++;
        pts += ticks;
    }

    byte[] finish() throws IOException {
        muxer.finish();
        return file.toByteArray();
    }

    /** RGB to limited-range BT.709 4:2:0 (JCodec stores samples minus 128), two rows at a time. */
    private void toYuv(BufferedImage image) {
        int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] y = picture.getPlaneData(0);
        byte[] u = picture.getPlaneData(1);
        byte[] v = picture.getPlaneData(2);
        int lumaStride = picture.getPlaneWidth(0);
        int chromaStride = picture.getPlaneWidth(1);
        for (int row = 0; row < height; row += 2) {
            int in = row * width;
            int out = row * lumaStride;
            int c = (row >> 1) * chromaStride;
            for (int col = 0; col < width; col += 2, in += 2, out += 2, c++) {
                int p0 = rgb[in];
                int p1 = rgb[in + 1];
                int p2 = rgb[in + width];
                int p3 = rgb[in + width + 1];
                y[out] = luma(p0);
                y[out + 1] = luma(p1);
                y[out + lumaStride] = luma(p2);
                y[out + lumaStride + 1] = luma(p3);
                int r = ((p0 >> 16 & 0xFF) + (p1 >> 16 & 0xFF) + (p2 >> 16 & 0xFF) + (p3 >> 16 & 0xFF) + 2) >> 2;
                int g = ((p0 >> 8 & 0xFF) + (p1 >> 8 & 0xFF) + (p2 >> 8 & 0xFF) + (p3 >> 8 & 0xFF) + 2) >> 2;
                int b = ((p0 & 0xFF) + (p1 & 0xFF) + (p2 & 0xFF) + (p3 & 0xFF) + 2) >> 2;
                u[c] = (byte) ((-26 * r - 86 * g + 112 * b + 128) >> 8);
                v[c] = (byte) ((112 * r - 102 * g - 10 * b + 128) >> 8);
            }
        }
    }

    private static byte luma(int p) {
        return (byte) (((47 * (p >> 16 & 0xFF) + 157 * (p >> 8 & 0xFF) + 16 * (p & 0xFF) + 128) >> 8) + 16 - 128);
    }

    /** Declares the samples as limited-range BT.709 so every player converts them back the same way. */
    private static final class Bt709Encoder extends H264Encoder {

        Bt709Encoder() {
            super(new DumbRateControl());
        }

        @Override
        public SeqParameterSet initSPS(Size size) {
            SeqParameterSet sps = super.initSPS(size);
            VUIParameters vui = new VUIParameters();
            vui.videoSignalTypePresentFlag = true;
            vui.videoFormat = 5; // unspecified
            vui.videoFullRangeFlag = false;
            vui.colourDescriptionPresentFlag = true;
            vui.colourPrimaries = 1;
            vui.transferCharacteristics = 1;
            vui.matrixCoefficients = 1;
            sps.vuiParams = vui;
            return sps;
        }
    }
}
