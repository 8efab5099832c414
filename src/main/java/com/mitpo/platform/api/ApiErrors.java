package com.mitpo.platform.api;

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

    public static Response error(Response.Status status, String code, String message) {
        return error(status.getStatusCode(), code, message);
    }

    public static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonRefusal.body(code, message))
                .build();
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (causedBy(failure, CountedBody.TooLarge.class)) {
            return error(413, "PAYLOAD_TOO_LARGE", "The request is too large.");
        }
        if (causedBy(failure, JsonException.class, ProcessingException.class)) {
            return error(Response.Status.BAD_REQUEST, "BAD_REQUEST", "The request body is not valid JSON.");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(web.getResponse().getMediaType())) {
                return web.getResponse(); // already one of ours
            }
            int status = web.getResponse().getStatus();
            return error(status, status == 404 ? "NOT_FOUND" : "BAD_REQUEST",
                    status == 404 ? "No such endpoint." : "The request could not be read.");
        }
        if (DatabaseOutage.causedBy(failure)) {
            LOG.warning(() -> "database unreachable, answered 503: " + failure);
            return Response.fromResponse(error(503, "UNAVAILABLE", DatabaseOutageFilter.UNAVAILABLE))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Something went wrong. Please try again.");
    }
}
