package com.mitpo.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerSessionCookieTest {

    /** What the listener asked of the container's cookie configuration, setter by setter. */
    private final Map<String, Object> set = new HashMap<>();

    private SessionCookieConfig recorder() {
        return (SessionCookieConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set")) {
                        set.put(method.getName(), args[0]);
                    }
                    return null;
                });
    }

    @Test
    void inProductionTheContainersSessionCookieIsSecureAndHttpOnly() {
        ContainerSessionCookie.harden(recorder(), true);

        assertEquals(Map.of("setHttpOnly", true, "setSecure", true), set);
    }

    @Test
    void onAPlainHttpLocalRunOnlySecureIsOff() {
        ContainerSessionCookie.harden(recorder(), false);

        assertEquals(Map.of("setHttpOnly", true, "setSecure", false), set);
    }
}
