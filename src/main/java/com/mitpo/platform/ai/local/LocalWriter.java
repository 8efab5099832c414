package com.mitpo.platform.ai.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mitpo.platform.ai.CopyBrief;
import com.mitpo.platform.ai.CopyVariant;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.ai.TextProvider;
import com.mitpo.platform.ai.TextRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The offline text provider ("local/brand-writer"): rules and templates, no language model.
 * It answers in the same shapes the instructions ask a remote model for, so the callers parse
 * one format whichever provider served them.
 */
@ApplicationScoped
public class LocalWriter implements TextProvider {

    static final String MODEL = "brand-writer";

    private static final ObjectMapper JSON = new ObjectMapper();

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
        return switch (request.task()) {
            case EXTRACT_CONTEXT -> contextJson(request.input());
            case COPY -> copyJson(request.input());
            default -> throw new ProviderFailure("the local writer cannot do " + request.task() + " yet");
        };
    }

    /** {"items": [{"kind", "text", "quote"}]}, as the extraction instructions ask. */
    private static String contextJson(String document) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("items");
        for (ContextHeuristics.Proposal p : ContextHeuristics.propose(document)) {
            items.addObject().put("kind", p.kind()).put("text", p.text()).put("quote", p.quote());
        }
        return root.toString();
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
