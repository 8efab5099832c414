package com.mitpo.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The JSON refusal written by filters and servlets, which answer before JAX-RS (and its
 * {@code ApiErrors}, which uses {@link #body} too) is reached: one {@code {code, message}} shape,
 * never cached.
 */
public final class JsonRefusal {

    private JsonRefusal() {
    }

    public static void send(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(code, message).toString());
    }

    /** The body of every refusal, from filters, servlets and the API alike. */
    public static JsonObject body(String code, String message) {
        return Json.createObjectBuilder().add("code", code).add("message", message).build();
    }
}
