package com.mitpo.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

    private final List<Cookie> written = new ArrayList<>();
    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                if (method.getName().equals("addCookie")) {
                    written.add((Cookie) args[0]);
                }
                return null;
            });

    @Test
    void inProductionTheCookieIsSecureSharedAcrossSubdomainsAndPrefixed() {
        var cookie = new SessionCookie();
        cookie.secure = true;
        cookie.domain = Optional.of("mitpo.example");

        cookie.write(response, "token-value");

        Cookie c = written.get(0);
        assertEquals("__Secure-mitpo.session_token", c.getName());
        assertTrue(c.getSecure());
        assertTrue(c.isHttpOnly());
        assertEquals("/", c.getPath());
        assertEquals("mitpo.example", c.getDomain());
        assertEquals("Lax", c.getAttribute("SameSite"));
        assertEquals(7 * 24 * 3600, c.getMaxAge());
    }

    @Test
    void onPlainHttpForLocalRunsItIsNotSecureAndHasNoDomain() {
        var cookie = new SessionCookie();
        cookie.secure = false;
        cookie.domain = Optional.empty();

        cookie.clear(response);

        Cookie c = written.get(0);
        assertEquals("mitpo.session_token", c.getName());
        assertFalse(c.getSecure());
        assertNull(c.getDomain());
        assertEquals(0, c.getMaxAge());
    }
}
