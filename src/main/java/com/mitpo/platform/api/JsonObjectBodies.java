package com.mitpo.platform.api;

import com.mitpo.platform.refusal.Refusal;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A method that takes a JSON object gets one, or the caller a 400. JSON-P reads whatever JSON
 * value the body holds; handing an array, a string or {@code null} to a {@code JsonObject}
 * parameter fails inside Jersey's reflective call, where no exception mapper sees it, and the
 * container answered its own HTML 500.
 */
@Provider
public class JsonObjectBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (JsonObject.class.equals(context.getType()) && body != null && !(body instanceof JsonObject)) {
            throw new BadRequestException(ApiErrors.refused(400, Refusal.of("BAD_REQUEST", "api.notAnObject")));
        }
        return body;
    }
}
