package com.mitpo.platform.ai.local;

import com.mitpo.platform.ai.Conversation;
import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.ai.CopyVariant;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextProvider;
import com.mitpo.platform.ai.TextRequest;
import com.mitpo.platform.ai.TextTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The offline text provider ("local/brand-writer"): rules and templates, no language model.
 * It answers in the same shapes the instructions ask a remote model for, so the callers parse
 * one format whichever provider served them. Copy is written from the brief alone, rules
 * included; a task whose rules belong to a feature (brand context from a document, a chat's
 * answer) is answered by that feature's {@link LocalTextTask}.
 */
@ApplicationScoped
public class LocalWriter implements TextProvider {

    static final String MODEL = "brand-writer";

    @Inject
    Instance<LocalTextTask> featureTasks;

    // The pause between the words of a streamed answer, so a page shows the offline reply
    // growing as a remote model's does; 0 hands every word at once.
    @Inject
    @ConfigProperty(name = "mitpo.ai.local.stream-pace-ms", defaultValue = "25")
    long streamPaceMs;

    /** For CDI. */
    public LocalWriter() {
    }

    /** A writer outside a container, streaming at this pace. */
    public LocalWriter(long streamPaceMs) {
        this.streamPaceMs = streamPaceMs;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public String complete(String model, TextRequest request) {
        requireModel(model);
        if (request.task() == TextTask.COPY) {
            return copyJson(request.input());
        }
        return featureTask(request.task()).answer(request.input());
    }

    /**
     * An answer is the feature's, handed over a word at a time; any other task is written whole
     * from the last turn, as {@link #complete} would, and handed over in one piece.
     */
    @Override
    public String stream(String model, Conversation conversation, Predicate<String> sink) {
        requireModel(model);
        if (conversation.task() != TextTask.ANSWER) {
            String whole = complete(model, new TextRequest(conversation.task(), conversation.instructions(),
                    conversation.lastTurn().text()));
            sink.test(whole);
            return whole;
        }
        return WordPacer.hand(featureTask(TextTask.ANSWER).answer(conversation), sink, streamPaceMs);
    }

    private static void requireModel(String model) {
        if (!MODEL.equals(model)) {
            throw new ProviderFailure("the local writer has no model " + model);
        }
    }

    private LocalTextTask featureTask(TextTask task) {
        return StreamSupport.stream(featureTasks().spliterator(), false).filter(t -> t.task() == task).findFirst()
                .orElseThrow(() -> new ProviderFailure("the local writer cannot do " + task + " yet"));
    }

    /** The features' tasks; a writer made outside a container (a unit test) has none. */
    Iterable<LocalTextTask> featureTasks() {
        return featureTasks == null ? List.of() : featureTasks;
    }

    /** {"variants": [{"headline", "body", "callToAction"}]} for a {@link CopyBrief} in its JSON form. */
    private static String copyJson(String brief) {
        CopyBrief read;
        try {
            read = CopyBrief.read(brief);
        } catch (IllegalArgumentException unreadable) {
            throw new ProviderFailure("the copy brief could not be read", unreadable);
        }
        return CopyVariant.toJson(LocalCopywriter.write(read));
    }
}
