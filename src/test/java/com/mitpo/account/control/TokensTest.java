package com.mitpo.account.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensCarry256RandomBitsInUrlSafeText() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String token = Tokens.newToken();
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertEquals(-1, token.indexOf('='));
            seen.add(token);
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void onlyTheSha256IsKept() throws Exception {
        String token = Tokens.newToken();
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes());

        assertArrayEquals(expected, Tokens.hash(token));
        assertNotEquals(token, new String(Tokens.hash(token)));
    }
}
