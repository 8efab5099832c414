package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.SpeechProvider;
import com.sun.speech.freetts.OutputQueue;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * The offline voice ("local/freetts-kevin16"): FreeTTS's 16 kHz US English diphone voice, which
 * ships inside the FreeTTS jar. Robotic but intelligible, and it needs no network, key or sound
 * card. Answers a WAV (16-bit mono PCM, 16 kHz).
 *
 * <p>One voice, loaded on first use (under a second), then shared. A FreeTTS voice keeps
 * per-utterance state, so speaking is serialised on it; an utterance takes tens of
 * milliseconds, far less than loading a second voice would (a quarter of a second).
 */
@ApplicationScoped
public class LocalSpeech implements SpeechProvider {

    public static final String MODEL = "freetts-kevin16";

    static final int MAX_CHARS = 2_000;

    private static final String VOICE_NAME = "kevin16";

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public byte[] speak(String model, String text) {
        if (!MODEL.equals(model)) {
            throw new ProviderFailure("the local voice has no model " + model);
        }
        if (text == null || text.isBlank()) {
            throw new ProviderFailure("there is no text to speak");
        }
        if (text.length() > MAX_CHARS) {
            throw new ProviderFailure("the text is too long for the local voice (at most " + MAX_CHARS + " characters)");
        }
        var player = new MemoryAudioPlayer();
        Voice voice = Kevin.VOICE;
        boolean spoken;
        synchronized (voice) {
            voice.setAudioPlayer(player);
            try {
                spoken = voice.speak(text.strip());
            } finally {
                voice.setAudioPlayer(null);
            }
        }
        if (!spoken || player.seconds() == 0) {
            throw new ProviderFailure("the local voice could not speak the text");
        }
        return player.toWav();
    }

    /** Loaded on first use, once per class loader; the JVM makes that happen exactly once. */
    private static final class Kevin {
        static final Voice VOICE = load();

        private static Voice load() {
            // Straight from its directory: no global "freetts.voices" property, no VoiceManager scan.
            Voice voice = Arrays.stream(new KevinVoiceDirectory().getVoices())
                    .filter(v -> VOICE_NAME.equals(v.getName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("FreeTTS has no voice " + VOICE_NAME));
            // allocate() starts an output thread unless the voice already has a queue. Lend it an
            // idle one, then take it away: with no queue the voice renders in the caller's thread,
            // so the server gets no unmanaged thread.
            voice.setOutputQueue(new OutputQueue());
            voice.allocate();
            voice.setOutputQueue(null);
            return voice;
        }
    }
}
