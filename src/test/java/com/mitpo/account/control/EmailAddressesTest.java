package com.mitpo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    private static final String COMPOSED = "zo\u00eb@example.com";
    private static final String DECOMPOSED = "zoe\u0308@example.com";

    @Test
    void composedAndDecomposedSpellingsAreOneAddress() {
        assertNotEquals(COMPOSED, DECOMPOSED, "the two spellings differ as strings");
        assertEquals(COMPOSED, EmailAddresses.normalize(DECOMPOSED));
        assertEquals(COMPOSED, EmailAddresses.normalize(" ZO\u00cb@Example.COM "));
        assertTrue(EmailAddresses.same(COMPOSED, "ZOE\u0308@EXAMPLE.COM"));
    }

    @Test
    void otherAddressesStayApart() {
        assertFalse(EmailAddresses.same("zoe@example.com", COMPOSED));
        assertEquals("", EmailAddresses.normalize(null));
    }
}
