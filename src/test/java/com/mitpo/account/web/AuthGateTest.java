package com.mitpo.account.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthGateTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login.xhtml", "/legal/privacy.xhtml", "/api/auth/sign-in/email",
        "/jakarta.faces.resource/core.js.xhtml"})
    void plainPathsAreCanonical(String path) {
        assertTrue(AuthGate.isCanonical(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml;x", "//home.xhtml", "/legal/../home.xhtml", "/./home.xhtml",
        "/%2e/home.xhtml", "/legal%2F..%2Fhome.xhtml", "/legal\\..\\home.xhtml", "/login.xhtml/..", "",
        "home.xhtml", "/l\u00e9gal"})
    void trickyPathsAreNotCanonicalSoTheyAreGated(String path) {
        assertFalse(AuthGate.isCanonical(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/signup", "/legal/privacy", "/docs/security", "/verify-email",
        "/login.xhtml", "/legal/privacy.xhtml", "/api/auth/sign-in/email"})
    void publicPagesAreOpenUnderTheirNewAndTheirOldAddress(String path) {
        assertTrue(AuthGate.isPublic(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/home", "/home.xhtml", "/brand/list", "/login.xhtml;x", "/login/", "/login.xhtml.xhtml",
        "/loginx", "/api/studio/generations", "/assets/x"})
    void everythingElseNeedsASession(String path) {
        assertFalse(AuthGate.isPublic(path));
    }
}
