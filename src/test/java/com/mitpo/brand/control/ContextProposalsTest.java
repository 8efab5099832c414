package com.mitpo.brand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.mitpo.brand.entity.ContextItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextProposalsTest {

    private static final String DOCUMENT = "Acme makes  anvils.\nThey are forged in Ohio since 1902.";

    @Test
    void readsItemsFromAFencedReplyAndKeepsOnlyQuotesTheDocumentContains() {
        String reply = """
                Here you go:
                ```json
                {"items": [
                  {"kind": "product", "text": "Anvils", "quote": "Acme makes anvils."},
                  {"kind": "KEY_FACT", "text": "Forged in Ohio", "quote": "they are FORGED in Ohio since 1902."},
                  {"kind": "key_fact", "text": "Offices on the moon", "quote": "We have offices on the moon."}
                ]}
                ```""";
        List<ContextProposals.Proposal> proposals = ContextProposals.read(reply, DOCUMENT);
        assertEquals(List.of(
                new ContextProposals.Proposal(ContextItem.Kind.PRODUCT, "Anvils", "Acme makes anvils."),
                new ContextProposals.Proposal(ContextItem.Kind.KEY_FACT, "Forged in Ohio", "they are FORGED in Ohio since 1902."),
                new ContextProposals.Proposal(ContextItem.Kind.KEY_FACT, "Offices on the moon", null)), proposals);
    }

    @Test
    void acceptsABareArrayAndSkipsUnknownKindsAndEmptyTexts() {
        List<ContextProposals.Proposal> proposals = ContextProposals.read(
                "[{\"kind\":\"tone\",\"text\":\"Plain\"},{\"kind\":\"price\",\"text\":\"$5\"},{\"kind\":\"audience\",\"text\":\" \"}]",
                DOCUMENT);
        assertEquals(1, proposals.size());
        assertEquals(ContextItem.Kind.TONE, proposals.get(0).kind());
        assertNull(proposals.get(0).quote());
    }

    @Test
    void anythingUnreadableProposesNothing() {
        assertEquals(List.of(), ContextProposals.read("I cannot help with that.", DOCUMENT));
        assertEquals(List.of(), ContextProposals.read("{\"items\": [ {\"kind\": ", DOCUMENT));
        assertEquals(List.of(), ContextProposals.read(null, DOCUMENT));
    }

    @Test
    void longTextsAreClippedAndTheInputIsBounded() {
        String reply = "{\"items\":[{\"kind\":\"product\",\"text\":\"" + "a".repeat(1000) + "\"}]}";
        assertEquals(ContextProposals.MAX_ITEM_TEXT, ContextProposals.read(reply, DOCUMENT).get(0).text().length());
        assertEquals(ContextProposals.MAX_INPUT_CHARS, ContextProposals.input("b".repeat(100_000)).length());
    }
}
