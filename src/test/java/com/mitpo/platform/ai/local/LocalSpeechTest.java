package com.mitpo.platform.ai.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.ai.ProviderFailure;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** The real kevin16 voice from the FreeTTS jar, captured in memory. */
class LocalSpeechTest {

    static final String SENTENCE =
            "Fresh coffee is roasted in Lisbon every Monday morning and shipped to your office the very same day.";

    private final LocalSpeech speech = new LocalSpeech();

    @Test
    void aSentenceBecomesAStandardWavOfAudibleSpeech() throws Exception {
        byte[] wav = speech.speak("freetts-kevin16", SENTENCE);

        assertEquals("RIFF", new String(Arrays.copyOfRange(wav, 0, 4), StandardCharsets.US_ASCII));
        assertEquals("WAVE", new String(Arrays.copyOfRange(wav, 8, 12), StandardCharsets.US_ASCII));
        assertEquals(AudioFileFormat.Type.WAVE, AudioSystem.getAudioFileFormat(new ByteArrayInputStream(wav)).getType());
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(1, format.getChannels());
            assertEquals(16_000f, format.getSampleRate());
            assertFalse(format.isBigEndian());
            double seconds = in.getFrameLength() / format.getFrameRate();
            assertTrue(seconds > 3 && seconds < 15, "a 17-word sentence lasts " + seconds + " s");
            assertTrue(rms(in.readAllBytes()) > 500, "not silence");
        }
    }

    @Test
    void longerTextLastsLonger() throws Exception {
        double word = seconds(speech.speak("freetts-kevin16", "Hello."));
        double sentence = seconds(speech.speak("freetts-kevin16", SENTENCE));
        double three = seconds(speech.speak("freetts-kevin16", SENTENCE + " " + SENTENCE + " " + SENTENCE));
        assertTrue(word > 0.3 && word < sentence, word + " vs " + sentence);
        assertTrue(sentence > 0.5);
        assertTrue(three > 2.5 * sentence, three + " vs " + sentence);
    }

    @Test
    void twoCallersAtOnceEachGetTheirOwnSpeech() throws Exception {
        String other = "Start your free trial today.";
        byte[] alone1 = speech.speak("freetts-kevin16", SENTENCE);
        byte[] alone2 = speech.speak("freetts-kevin16", other);
        for (int round = 0; round < 3; round++) {
            var barrier = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(() -> speakAfter(barrier, SENTENCE));
            var second = CompletableFuture.supplyAsync(() -> speakAfter(barrier, other));
            // Synthesis is deterministic: any mixing of the two would change the bytes.
            assertArrayEquals(alone1, first.get(30, TimeUnit.SECONDS));
            assertArrayEquals(alone2, second.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void refusesBlankTooLongAndOtherModels() {
        assertThrows(ProviderFailure.class, () -> speech.speak("freetts-kevin16", "  "));
        assertThrows(ProviderFailure.class, () -> speech.speak("freetts-kevin16", null));
        var tooLong = assertThrows(ProviderFailure.class, () -> speech.speak("freetts-kevin16", "a".repeat(2001)));
        assertTrue(tooLong.getMessage().contains("too long for the local voice"));
        assertThrows(ProviderFailure.class, () -> speech.speak("tts-1", SENTENCE));
    }

    private byte[] speakAfter(CyclicBarrier barrier, String text) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return speech.speak("freetts-kevin16", text);
    }

    private static double seconds(byte[] wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return in.getFrameLength() / in.getFormat().getFrameRate();
        }
    }

    private static double rms(byte[] littleEndianPcm) {
        var samples = ByteBuffer.wrap(littleEndianPcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        double sum = 0;
        int n = samples.remaining();
        for (int i = 0; i < n; i++) {
            double s = samples.get(i);
            sum += s * s;
        }
        return Math.sqrt(sum / Math.max(1, n));
    }
}
