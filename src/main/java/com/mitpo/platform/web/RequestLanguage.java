package com.mitpo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Remembers the language a request asks for (its Accept-Language) while it is served, so what
 * answers outside a Faces view (the JSON API, filters' and servlets' refusals, a mail sent while
 * answering) speaks it as pages do. The bundle falls back to English for a language it lacks.
 */
public class RequestLanguage extends HttpFilter {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CURRENT.set(request.getLocale());
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }

    /** The language of the request this thread serves, if it serves one. */
    static Optional<Locale> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
