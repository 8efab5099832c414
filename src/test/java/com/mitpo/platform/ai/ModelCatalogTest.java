package com.mitpo.platform.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

    private static final CatalogModel LOCAL = model("local/brand-writer", "local", true);
    private static final CatalogModel OPENAI = model("openai/gpt-4o-mini", "openai", false);
    private static final CatalogModel ANTHROPIC = model("anthropic/claude-haiku-4-5", "anthropic", false);

    @Test
    void thePlanDefaultComesFirstWhenItsProviderIsConfigured() {
        assertEquals(List.of(LOCAL, OPENAI, ANTHROPIC),
                ModelCatalog.usable(List.of(LOCAL, OPENAI, ANTHROPIC), Set.of("local", "openai", "anthropic")));
        CatalogModel openAiDefault = model("openai/gpt-4.1", "openai", true);
        CatalogModel localNotDefault = model("local/brand-writer", "local", false);
        assertEquals(List.of(openAiDefault, localNotDefault, OPENAI),
                ModelCatalog.usable(List.of(localNotDefault, OPENAI, openAiDefault), Set.of("local", "openai")));
    }

    @Test
    void modelsOfProvidersThatAreNotConfiguredCannotBePicked() {
        assertEquals(List.of(LOCAL), ModelCatalog.usable(List.of(LOCAL, OPENAI, ANTHROPIC), Set.of("local")));
        assertEquals(List.of(), ModelCatalog.usable(List.of(OPENAI), Set.of("local")));
    }

    @Test
    void whenTheDefaultsProviderIsMissingTheFirstUsableModelIsPreselected() {
        CatalogModel remoteDefault = model("anthropic/claude-sonnet-4-5", "anthropic", true);
        assertEquals(List.of(LOCAL, OPENAI), ModelCatalog.usable(List.of(LOCAL, remoteDefault, OPENAI), Set.of("local", "openai")));
    }

    private static CatalogModel model(String id, String provider, boolean planDefault) {
        return new CatalogModel(id, provider, id.substring(id.indexOf('/') + 1), Modality.TEXT, id, 1, planDefault);
    }
}
