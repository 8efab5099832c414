package com.mitpo.account.web;

import static com.mitpo.platform.api.ApiErrors.refused;

import com.mitpo.platform.refusal.Refusal;
import com.mitpo.account.boundary.Accounts;
import com.mitpo.account.boundary.AuthenticatedSession;
import com.mitpo.account.boundary.CurrentSession;
import com.mitpo.account.boundary.Sessions;
import com.mitpo.account.boundary.SignInResult;
import com.mitpo.account.boundary.SignUpResult;
import com.mitpo.account.control.RateLimiter;
import com.mitpo.account.entity.Session;
import com.mitpo.account.entity.User;
import com.mitpo.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Better Auth's core endpoints and JSON shapes, so its clients work against MITPO. The
 * session travels in the same HttpOnly cookie the pages use.
 */
@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    CurrentSession current;

    @Inject
    SessionCookie cookie;

    @Inject
    RateLimiter limits;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Path("/sign-up/email")
    public Response signUp(JsonObject body) {
        Optional<Duration> throttled = limits.acquire(RateLimiter.SIGN_UP, request.getRemoteAddr());
        if (throttled.isPresent()) {
            return tooManyRequests(throttled.get());
        }
        SignUpResult result = accounts.signUp(text(body, "email"), text(body, "password"), text(body, "name"));
        return switch (result.outcome()) {
            case CHECK_YOUR_MAIL -> Response.ok(Json.createObjectBuilder()
                    .add("token", JsonValue.NULL).add("user", JsonValue.NULL).add("status", true)
                    .add("message", Messages.get("api.checkYourMail")).build()).build();
            case INVALID_EMAIL -> refused(Response.Status.BAD_REQUEST,
                    Refusal.of("INVALID_EMAIL", "api.invalidEmail").on("email"));
            case WEAK_PASSWORD -> refused(Response.Status.BAD_REQUEST, result.problem().refusal().on("password"));
            case THROTTLED -> tooManyRequests(result.retryAfter());
        };
    }

    @POST
    @Path("/sign-in/email")
    public Response signIn(JsonObject body) {
        Optional<Duration> throttled = limits.acquire(RateLimiter.SIGN_IN, request.getRemoteAddr());
        if (throttled.isPresent()) {
            return tooManyRequests(throttled.get());
        }
        SignInResult result = sessions.signIn(text(body, "email"), text(body, "password"),
                request.getRemoteAddr(), request.getHeader("User-Agent"));
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                cookie.write(response, result.token());
                yield Response.ok(Json.createObjectBuilder()
                        .add("redirect", false).add("token", result.token()).add("url", JsonValue.NULL)
                        .add("user", user(accounts.profile(result.userId()))).build()).build();
            }
            case INVALID_CREDENTIALS -> refused(Response.Status.UNAUTHORIZED,
                    Refusal.of("INVALID_EMAIL_OR_PASSWORD", "api.invalidCredentials"));
            case EMAIL_NOT_VERIFIED -> refused(Response.Status.FORBIDDEN,
                    Refusal.of("EMAIL_NOT_VERIFIED", "api.emailNotVerified"));
            case THROTTLED -> tooManyRequests(result.retryAfter());
        };
    }

    @POST
    @Path("/sign-out")
    public Response signOut() {
        cookie.read(request).ifPresent(sessions::signOut);
        cookie.clear(response);
        return Response.ok(Json.createObjectBuilder().add("success", true).build()).build();
    }

    @GET
    @Path("/get-session")
    public Response getSession() {
        Optional<AuthenticatedSession> session = current.get();
        if (session.isEmpty()) {
            return Response.ok("null").build();
        }
        AuthenticatedSession s = session.get();
        Session row = sessions.find(s.userId(), s.sessionId()).orElseThrow();
        return Response.ok(Json.createObjectBuilder()
                .add("session", session(row)).add("user", user(accounts.profile(s.userId()))).build()).build();
    }

    @GET
    @Path("/list-sessions")
    public Response listSessions() {
        var list = Json.createArrayBuilder();
        sessions.list(current.require().userId()).forEach(s -> list.add(session(s)));
        return Response.ok(list.build()).build();
    }

    /** Revokes one of the caller's sessions, named by its {@code id} (tokens are never stored). */
    @POST
    @Path("/revoke-session")
    public Response revokeSession(JsonObject body) {
        String id = Optional.ofNullable(text(body, "id")).orElse(text(body, "token"));
        UUID sessionId;
        try {
            sessionId = UUID.fromString(id);
        } catch (RuntimeException e) {
            return refused(Response.Status.BAD_REQUEST, Refusal.of("INVALID_SESSION", "api.invalidSession").on("id"));
        }
        sessions.revoke(current.require().userId(), sessionId);
        return Response.ok(Json.createObjectBuilder().add("status", true).build()).build();
    }

    @POST
    @Path("/revoke-other-sessions")
    public Response revokeOtherSessions() {
        AuthenticatedSession s = current.require();
        sessions.revokeOthers(s.userId(), s.sessionId());
        return Response.ok(Json.createObjectBuilder().add("status", true).build()).build();
    }

    @POST
    @Path("/request-password-reset")
    public Response requestPasswordReset(JsonObject body) {
        Optional<Duration> throttled = accounts.requestPasswordReset(text(body, "email"));
        if (throttled.isPresent()) {
            return tooManyRequests(throttled.get());
        }
        return Response.ok(Json.createObjectBuilder().add("status", true)
                .add("message", Messages.get("api.resetSent")).build())
                .build();
    }

    @POST
    @Path("/reset-password")
    public Response resetPassword(JsonObject body) {
        Accounts.ResetResult result = accounts.resetPassword(text(body, "token"), text(body, "newPassword"));
        if (result.problem() != null) {
            return refused(Response.Status.BAD_REQUEST, result.problem().refusal().on("newPassword"));
        }
        if (!result.done()) {
            return refused(Response.Status.BAD_REQUEST, INVALID_TOKEN);
        }
        return Response.ok(Json.createObjectBuilder().add("status", true).build()).build();
    }

    @GET
    @Path("/verify-email")
    public Response verifyEmail(@QueryParam("token") String token) {
        Optional<UUID> userId = accounts.verifyEmail(token);
        if (userId.isEmpty()) {
            return refused(Response.Status.BAD_REQUEST, INVALID_TOKEN);
        }
        return Response.ok(Json.createObjectBuilder().add("status", true)
                .add("user", user(accounts.profile(userId.get()))).build()).build();
    }

    @POST
    @Path("/change-password")
    public Response changePassword(JsonObject body) {
        AuthenticatedSession s = current.require();
        Accounts.ChangeResult result = accounts.changePassword(s, text(body, "currentPassword"),
                text(body, "newPassword"), body != null && body.getBoolean("revokeOtherSessions", false));
        return switch (result) {
            case CHANGED -> Response.ok(Json.createObjectBuilder().add("token", JsonValue.NULL)
                    .add("user", user(accounts.profile(s.userId()))).build()).build();
            case NOT_FRESH -> refused(Response.Status.FORBIDDEN, Refusal.of("SESSION_NOT_FRESH", "api.notFresh"));
            case WRONG_PASSWORD -> refused(Response.Status.BAD_REQUEST,
                    Refusal.of("INVALID_PASSWORD", "api.invalidPassword").on("currentPassword"));
            case THROTTLED -> tooManyRequests(RateLimiter.ACCOUNT_FAILURES.window());
            case TOO_SHORT, TOO_LONG, TOO_COMMON -> refused(Response.Status.BAD_REQUEST,
                    Refusal.of("PASSWORD_" + result.name(), result.messageKey()).on("newPassword"));
        };
    }

    private static final Refusal INVALID_TOKEN = Refusal.of("INVALID_TOKEN", "api.invalidToken").on("token");

    private static Response tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.fromResponse(refused(429, Refusal.of("TOO_MANY_REQUESTS", "api.tooManyRequests")))
                .header("Retry-After", seconds).header("X-Retry-After", seconds).build();
    }

    private static String text(JsonObject body, String key) {
        if (body == null || !body.containsKey(key) || body.isNull(key)
                || body.get(key).getValueType() != JsonValue.ValueType.STRING) {
            return null;
        }
        return body.getString(key);
    }

    private static JsonObjectBuilder user(User user) {
        var json = Json.createObjectBuilder()
                .add("id", user.getId().toString())
                .add("email", user.getEmail())
                .add("emailVerified", user.isEmailVerified())
                .add("createdAt", user.getCreatedAt().toString())
                .add("updatedAt", user.getUpdatedAt().toString());
        nullable(json, "name", user.getName());
        nullable(json, "image", user.getImage());
        return json;
    }

    private static JsonObjectBuilder session(Session session) {
        var json = Json.createObjectBuilder()
                .add("id", session.getId().toString())
                .add("userId", session.getUserId().toString())
                .add("expiresAt", session.getExpiresAt().toString())
                .add("createdAt", session.getCreatedAt().toString())
                .add("updatedAt", session.getUpdatedAt().toString());
        nullable(json, "ipAddress", session.getIpAddress());
        nullable(json, "userAgent", session.getUserAgent());
        nullable(json, "activeWorkspaceId", session.getActiveWorkspaceId() == null ? null
                : session.getActiveWorkspaceId().toString());
        return json;
    }

    private static void nullable(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }
}
