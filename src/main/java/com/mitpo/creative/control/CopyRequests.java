package com.mitpo.creative.control;

import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.ai.CopyVariant;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import com.mitpo.platform.text.LongForms;
import java.util.List;

/** The words of a generation: the brief every text model gets, and what is made of its answer. */
final class CopyRequests {

    /** Enough grounding for a few lines of copy, without sending a whole brand book to a model. */
    static final int MAX_FACTS = 24;
    static final int MAX_FACT_CHARS = 600;

    private CopyRequests() {
    }

    static TextRequest request(BrandMaterial material, String prompt, int variants, GenerationKind kind) {
        List<String> facts = material.facts().stream().limit(MAX_FACTS)
                .map(f -> f.length() > MAX_FACT_CHARS ? f.substring(0, MAX_FACT_CHARS) : f).toList();
        var brief = new CopyBrief(material.name(), material.tagline(), prompt, variants, kind.code(), facts,
                material.audience(), voice(material.voice()));
        return new TextRequest(TextTask.COPY, CopyBrief.INSTRUCTIONS, brief.toJson());
    }

    /**
     * The brand's voice as any writer gets it: the scales for a model that weighs a register, and
     * the limits the brand's checker will hold the copy to, decided by the brand, not here.
     */
    static CopyBrief.Voice voice(VoiceRules v) {
        var limits = new CopyBrief.Limits(!v.formal(),
                v.serious() ? CopyBrief.Exclamations.NONE : v.playful() ? CopyBrief.Exclamations.ONE : CopyBrief.Exclamations.ANY,
                v.sentenceWords(), v.formal() ? VoiceRules.CONTRACTIONS : LongForms.NONE);
        return new CopyBrief.Voice(v.formality(), v.playfulness(), v.readingLevel(), v.doList(), v.dontList(),
                v.bannedWords(), v.requiredPhrases(), limits);
    }

    static List<CopyVariant> variants(String reply) {
        return CopyVariant.fromReply(reply);
    }

    /** A copy output as it is stored and shown: headline, body, call to action, a blank line apart. */
    static String text(CopyVariant copy) {
        return copy.callToAction().isBlank() ? copy.headline() + "\n\n" + copy.body()
                : copy.headline() + "\n\n" + copy.body() + "\n\n" + copy.callToAction();
    }

    /** What a voice-over reads: the same words as sentences. */
    static String spoken(CopyVariant copy) {
        String headline = copy.headline().matches(".*[.!?]$") ? copy.headline() : copy.headline() + ".";
        String cta = copy.callToAction().isBlank() || copy.callToAction().matches(".*[.!?]$") ? copy.callToAction()
                : copy.callToAction() + ".";
        return (headline + " " + copy.body() + " " + cta).strip();
    }
}
