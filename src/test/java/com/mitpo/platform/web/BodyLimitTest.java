package com.mitpo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodyLimitTest {

    private static final long UPLOAD = 20L * 1024 * 1024;

    @Test
    void jsonCallsAreSmallWhateverTheyClaimToBe() {
        assertEquals(64 * 1024, BodyLimit.of("/api/auth/sign-up/email", "application/json", UPLOAD));
        assertEquals(64 * 1024, BodyLimit.of("/api/studio/generations", "multipart/form-data; boundary=x", UPLOAD));
    }

    @Test
    void uploadsMayCarryTheLargestFileAndItsFraming() {
        assertEquals(UPLOAD + 1024 * 1024, BodyLimit.of("/brand/documents", "Multipart/Form-Data; boundary=x", UPLOAD));
    }

    @Test
    void otherFormPostsGetAMegabyte() {
        assertEquals(1024 * 1024, BodyLimit.of("/login", "application/x-www-form-urlencoded", UPLOAD));
        assertEquals(1024 * 1024, BodyLimit.of("/brand/edit", null, UPLOAD));
    }
}
