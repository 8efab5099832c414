package com.mitpo.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/home", "/brand/edit?id=3", "/brand/list.xhtml?id=3"})
    void sameSiteRelativePathsAreKept(String next) {
        assertEquals(next, NextPage.sanitize(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
        "home.xhtml", "/ok\r\nSet-Cookie: x=y", "/login.xhtml", "/login?next=/x", "/signup", "/api/auth/sign-out", ""})
    void everythingElseGoesHome(String next) {
        assertEquals(NextPage.DEFAULT, NextPage.sanitize(next));
    }
}
