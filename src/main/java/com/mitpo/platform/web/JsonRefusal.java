package com.mitpo.platform.web;

import com.mitpo.platform.refusal.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The JSON refusal written by filters and servlets, which answer before JAX-RS (and its
 * {@code ApiErrors}, which uses {@link #body} too) is reached: one {@code {code, message, field}}
 * shape, the message in the reader's language, never cached.
 */
public final class JsonRefusal {

    private JsonRefusal() {
    }

    public static void send(HttpServletResponse response, int status, Refusal refusal) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(refusal).toString());
    }

    /** The body of every refusal, from filters, servlets and the API alike. */
    public static JsonObject body(Refusal refusal) {
        return Json.createObjectBuilder().add("code", refusal.code())
                .add("message", Messages.format(refusal.messageKey(), refusal.arguments()))
                .add("field", refusal.field() == null ? JsonValue.NULL : Json.createValue(refusal.field())).build();
    }
}
