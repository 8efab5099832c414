package com.mitpo.platform.api;

import com.mitpo.platform.refusal.Refusal;
import com.mitpo.platform.persistence.DatabaseOutage;
import com.mitpo.platform.web.CountedBody;
import com.mitpo.platform.web.DatabaseOutageFilter;
import com.mitpo.platform.web.JsonRefusal;
import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every API failure answers JSON with a code and a message, never a stack trace or an HTML page. */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static boolean causedBy(Throwable failure, Class<?>... kinds) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (Class<?> kind : kinds) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    public static Response refused(Response.Status status, Refusal refusal) {
        return refused(status.getStatusCode(), refusal);
    }

    /** A refusal as the API answers it: the status, and {@code {code, message, field}} in the reader's language. */
    public static Response refused(int status, Refusal refusal) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonRefusal.body(refusal))
                .build();
    }

    private static Response refused(int status, String code, String messageKey) {
        return refused(status, Refusal.of(code, messageKey));
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (causedBy(failure, CountedBody.TooLarge.class)) {
            return refused(413, "PAYLOAD_TOO_LARGE", "api.tooLarge");
        }
        if (causedBy(failure, JsonException.class, ProcessingException.class)) {
            return refused(400, "BAD_REQUEST", "api.notJson");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(web.getResponse().getMediaType())) {
                return web.getResponse(); // already one of ours
            }
            int status = web.getResponse().getStatus();
            return status == 404 ? refused(404, "NOT_FOUND", "api.noSuchEndpoint")
                    : refused(status, "BAD_REQUEST", "api.unreadable");
        }
        if (DatabaseOutage.causedBy(failure)) {
            LOG.warning(() -> "database unreachable, answered 503: " + failure);
            return Response.fromResponse(refused(503, DatabaseOutageFilter.UNAVAILABLE))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return refused(500, "INTERNAL_ERROR", "api.internal");
    }
}
