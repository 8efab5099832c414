package com.mitpo.assistant.control;

import com.mitpo.brand.boundary.VoiceRules;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a reply is grounded in: the brand (if the thread has one), its voice, and the sources by label. */
public record Grounding(String brandName, VoiceRules voice, List<Source> sources) {

    public Grounding {
        sources = List.copyOf(sources);
    }

    public Set<Integer> labels() {
        return sources.stream().map(Source::label).collect(Collectors.toSet());
    }
}
