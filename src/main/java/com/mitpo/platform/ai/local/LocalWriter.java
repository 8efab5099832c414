package com.mitpo.platform.ai.local;

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
import java.util.stream.StreamSupport;

/**
 * The offline text provider ("local/brand-writer"): rules and templates, no language model.
 * It answers in the same shapes the instructions ask a remote model for, so the callers parse
 * one format whichever provider served them. Copy is written from the brief alone, rules
 * included; a task whose rules belong to a feature (brand context from a document) is answered
 * by that feature's {@link LocalTextTask}.
 */
@ApplicationScoped
public class LocalWriter implements TextProvider {

    static final String MODEL = "brand-writer";

    @Inject
    Instance<LocalTextTask> featureTasks;

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
        if (!MODEL.equals(model)) {
            throw new ProviderFailure("the local writer has no model " + model);
        }
        if (request.task() == TextTask.COPY) {
            return copyJson(request.input());
        }
        LocalTextTask task = featureTask(request.task());
        if (task == null) {
            throw new ProviderFailure("the local writer cannot do " + request.task() + " yet");
        }
        return task.answer(request.input());
    }

    private LocalTextTask featureTask(TextTask task) {
        return StreamSupport.stream(featureTasks().spliterator(), false).filter(t -> t.task() == task).findFirst()
                .orElse(null);
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
