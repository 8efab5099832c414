package com.mitpo.account.web;

import com.mitpo.account.boundary.OAuthIdentity;
import com.mitpo.account.boundary.SocialSignIn;
import com.mitpo.account.control.OAuthProviders;
import com.mitpo.platform.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import static com.mitpo.platform.api.ApiErrors.refused;

/**
 * Better Auth's social sign-in: POST /sign-in/social answers the provider URL (GET redirects
 * there, for plain links on the sign-in page), and the provider sends the browser back to
 * /callback/{provider}. The state, nonce and PKCE verifier wait in the browser's HTTP session,
 * so only the browser that started a sign-in can finish it.
 */
@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OAuthResource {

    private static final Logger LOG = Logger.getLogger(OAuthResource.class.getName());
    private static final String PENDING = "mitpo.oauth.pending";

    @Inject
    OAuthProviders providers;

    @Inject
    SocialSignIn socialSignIn;

    @Inject
    SessionCookie cookie;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Path("/sign-in/social")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) throws Exception {
        String provider = body == null ? null : body.getString("provider", null);
        String next = body == null ? null : body.getString("callbackURL", null);
        if (!providers.isEnabled(provider)) {
            return refused(Response.Status.BAD_REQUEST, Refusal.of("PROVIDER_NOT_FOUND", "api.providerNotFound").on("provider"));
        }
        URI url = begin(provider, next);
        return Response.ok(Json.createObjectBuilder().add("url", url.toString()).add("redirect", true).build()).build();
    }

    @GET
    @Path("/sign-in/social")
    public Response startByLink(@QueryParam("provider") String provider, @QueryParam("callbackURL") String next)
            throws Exception {
        if (!providers.isEnabled(provider)) {
            return toLogin("oauth.unavailable");
        }
        return Response.seeOther(begin(provider, next)).build();
    }

    @GET
    @Path("/callback/{provider}")
    public Response callback(@PathParam("provider") String provider, @QueryParam("code") String code,
            @QueryParam("state") String state, @QueryParam("error") String providerError) {
        HttpSession session = request.getSession(false);
        OAuthProviders.Pending pending = session == null ? null : (OAuthProviders.Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING); // one attempt per start
        }
        if (providerError != null || pending == null || !pending.provider().equals(provider)) {
            return toLogin("oauth.failed");
        }
        OAuthIdentity identity;
        try {
            identity = providers.finish(pending, code, state);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OAuth sign-in with " + provider + " refused: " + e.getMessage());
            return toLogin("oauth.failed");
        }
        SocialSignIn.Result result = socialSignIn.signIn(identity, request.getRemoteAddr(), request.getHeader("User-Agent"));
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                request.changeSessionId();
                cookie.write(response, result.token());
                yield Response.seeOther(URI.create(request.getContextPath() + NextPage.sanitize(pending.next()))).build();
            }
            case NO_VERIFIED_EMAIL -> toLogin("oauth.noVerifiedEmail");
            case UNCONFIRMED_ACCOUNT_EXISTS -> toLogin("oauth.unconfirmedAccount");
        };
    }

    private URI begin(String provider, String next) throws Exception {
        OAuthProviders.Start start = providers.start(provider, next);
        request.getSession(true).setAttribute(PENDING, start.pending());
        return start.url();
    }

    private Response toLogin(String problem) {
        return Response.seeOther(URI.create(request.getContextPath() + "/login?problem="
                + URLEncoder.encode(problem, StandardCharsets.UTF_8))).build();
    }
}
