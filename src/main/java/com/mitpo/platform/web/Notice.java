package com.mitpo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The banner slot above every public page. Today an operator fills it through
 * configuration ({@code MITPO_NOTICE}); published incidents will feed the same slot.
 */
@Named
@RequestScoped
public class Notice {

    @Inject
    @ConfigProperty(name = "mitpo.notice")
    Optional<String> configured;

    public String getText() {
        return configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    public boolean isShown() {
        return getText() != null;
    }
}
