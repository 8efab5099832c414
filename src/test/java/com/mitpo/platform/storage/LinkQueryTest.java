package com.mitpo.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkQueryTest {

    private static final String SIG = "W_reWFTPApb3ujB2_YD8cBZ1TeXu463Ml6go0BW4ng0";

    @Test
    void readsTheSignedParametersAsSent() {
        LinkQuery q = LinkQuery.parse("exp=1796005742&sig=" + SIG).orElseThrow();
        assertEquals("1796005742", q.exp());
        assertEquals(SIG, q.sig());
        assertFalse(q.download());
    }

    @Test
    void theDownloadFlagAndUnsignedExtrasDoNotMatter() {
        assertTrue(LinkQuery.parse("exp=1&sig=" + SIG + "&download=1").orElseThrow().download());
        assertFalse(LinkQuery.parse("exp=1&sig=" + SIG + "&download=yes").orElseThrow().download());
        assertEquals(SIG, LinkQuery.parse("again=1&exp=1&sig=" + SIG).orElseThrow().sig());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "exp=1", // no signature
        "sig=" + SIG, // no expiry
        "exp=1&sig=" + SIG + "&sig=" + SIG, // signature given twice
        "exp=1&exp=1&sig=" + SIG, // expiry given twice
        "exp=1&sig=W%5FreWFTPApb3ujB2_YD8cBZ1TeXu463Ml6go0BW4ng0", // the same signature percent-encoded
        "exp=%31&sig=" + SIG, // the same expiry percent-encoded
        "exp=1&sig=W+reWFTPApb3ujB2_YD8cBZ1TeXu463Ml6go0BW4ng0" // a space in form encoding
    })
    void anythingButOneLiteralExpiryAndSignatureIsRefused(String query) {
        assertTrue(LinkQuery.parse(query).isEmpty(), String.valueOf(query));
    }
}
