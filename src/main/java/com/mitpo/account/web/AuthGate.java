package com.mitpo.account.web;

import com.mitpo.platform.refusal.Refusal;
import com.mitpo.account.boundary.AuthenticatedSession;
import com.mitpo.account.boundary.CurrentSession;
import com.mitpo.account.boundary.Sessions;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.web.JsonRefusal;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The one gate. Every request passes here (mapped in web.xml, after the security headers):
 * a valid session cookie sets the tenant context; a request without one may reach only the
 * public paths. Unauthenticated page GETs answer 307 to the sign-in page, everything else
 * (API calls, asset links, POSTs) 401. Anything but an exact, canonical public path is gated, so path
 * tricks ({@code ;x}, {@code //}, encoded dots, other case) land on the safe side.
 */
public class AuthGate extends HttpFilter {

    /** Pages are addressed without ".xhtml"; the old addresses are let through to their 301. */
    private static final Set<String> PUBLIC_PAGES = Set.of("/", "/index", "/legal/privacy", "/legal/terms",
            "/docs/security", "/login", "/signup", "/verify-email", "/forgot-password", "/reset-password");
    private static final String OLD_EXTENSION = ".xhtml";
    private static final Set<String> PUBLIC_API = Set.of("/api/auth/sign-up/email", "/api/auth/sign-in/email",
            "/api/auth/get-session", "/api/auth/request-password-reset", "/api/auth/reset-password",
            "/api/auth/verify-email", "/api/auth/sign-in/social", "/api/auth/callback/google",
            "/api/auth/callback/github");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> PUBLIC_PREFIXES = Set.of("/jakarta.faces.resource/", "/health");

    @Inject
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    @Inject
    CurrentSession current;

    @Inject
    TenantContext tenant;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isCanonical(path) && PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response); // static resources and health: no session look-up
            return;
        }
        if (path.startsWith("/api/") && !SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            JsonRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, Refusal.of("CROSS_SITE_REQUEST", "api.crossSite"));
            return;
        }
        Optional<String> token = cookie.read(request);
        Optional<AuthenticatedSession> session = token.flatMap(sessions::authenticate);
        if (session.isPresent()) {
            AuthenticatedSession s = session.get();
            current.set(s);
            tenant.enter(s.userId(), s.workspaceId());
            response.setHeader("Cache-Control", "no-store");
            if (s.refreshed()) {
                cookie.write(response, token.get()); // the expiry slid forward: so does the cookie's
            }
        } else if (token.isPresent()) {
            cookie.clear(response); // expired or revoked: stop sending it
        }
        if (session.isPresent() || isPublic(path)) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, path, response);
    }

    /**
     * A state-changing API call sent by a browser from another site: Sec-Fetch-Site first,
     * the Origin header where a browser does not send it. Calls without either come from
     * non-browser clients, which carry no ambient cookies to abuse.
     */
    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !"same-origin".equals(fetchSite) && !"none".equals(fetchSite);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    /** {@code path}: the request URI without the context path, exactly as sent. */
    static boolean isPublic(String path) {
        if (!isCanonical(path)) {
            return false;
        }
        String page = path.endsWith(OLD_EXTENSION) ? path.substring(0, path.length() - OLD_EXTENSION.length()) : path;
        return PUBLIC_PAGES.contains(page) || PUBLIC_API.contains(path)
                || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Plain paths only: no parameters, no encoding, no empty, dot or backslash segments. */
    static boolean isCanonical(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        for (char c : path.toCharArray()) {
            if (c == ';' || c == '%' || c == '\\' || c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return !path.contains("//") && !path.contains("/./") && !path.contains("/../")
                && !path.endsWith("/.") && !path.endsWith("/..");
    }

    private static void refuse(HttpServletRequest request, String path, HttpServletResponse response)
            throws IOException {
        boolean page = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !path.startsWith("/api/") && !path.startsWith("/assets/") && !path.startsWith("/exports/");
        if (page) {
            response.setStatus(307);
            response.setHeader("Location", request.getContextPath() + "/login?next="
                    + URLEncoder.encode(NextPage.of(path, request.getQueryString()), StandardCharsets.UTF_8));
            return;
        }
        JsonRefusal.send(response, HttpServletResponse.SC_UNAUTHORIZED, Refusal.of("UNAUTHORIZED", "api.signInFirst"));
    }
}
