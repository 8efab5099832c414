package com.mitpo.platform.ai.local;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Collects what a FreeTTS voice "plays" and hands it back as a WAV file. FreeTTS's own players
 * open a sound card (there is none on a server) or write to a file name; this one keeps the
 * samples in memory. One instance per utterance: it is not reused.
 */
final class MemoryAudioPlayer implements AudioPlayer {

    private final ByteArrayOutputStream samples = new ByteArrayOutputStream();
    private AudioFormat format;
    private float volume = 1f;

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int length) {
        samples.write(audio, offset, length);
        return true;
    }

    /** Seconds of audio collected so far. */
    double seconds() {
        return format == null ? 0 : samples.size() / (double) format.getFrameSize() / format.getFrameRate();
    }

    /**
     * A RIFF/WAVE file of 16-bit mono PCM at the voice's rate. FreeTTS produces big-endian
     * samples; WAV is little-endian, so the bytes are swapped here rather than left to a
     * converter that AudioSystem may or may not pick.
     */
    byte[] toWav() {
        if (format == null || format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
            throw new IllegalStateException("unexpected voice format " + format);
        }
        byte[] pcm = samples.toByteArray();
        if (format.isBigEndian()) {
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                byte high = pcm[i];
                pcm[i] = pcm[i + 1];
                pcm[i + 1] = high;
            }
        }
        var little = new AudioFormat(format.getSampleRate(), 16, 1, true, false);
        var wav = new ByteArrayOutputStream(pcm.length + 44);
        try (var in = new AudioInputStream(new ByteArrayInputStream(pcm), little, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, wav);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wav.toByteArray();
    }

    // Playback controls FreeTTS calls around an utterance; with nothing playing, they are no-ops.

    @Override
    public void begin(int size) {
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
