package com.mitpo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/** Transport and browser hardening headers on every response (first filter in web.xml). */
public class SecurityHeadersFilter extends HttpFilter {

    /** Pages whose URL carries a secret from a mail link: never leak it in a Referer. */
    private static final Set<String> TOKEN_PAGES = Set.of("/verify-email", "/reset-password",
            "/verify-email.xhtml", "/reset-password.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Referrer-Policy", TOKEN_PAGES.contains(path) ? "no-referrer" : "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
