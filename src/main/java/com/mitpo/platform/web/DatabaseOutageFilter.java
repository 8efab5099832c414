package com.mitpo.platform.web;

import com.mitpo.platform.refusal.Refusal;
import com.mitpo.platform.persistence.DatabaseOutage;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * While the database is out of reach, pages and APIs answer 503 with Retry-After (the
 * product's page or its JSON), not the 500 of a broken server; nothing is cached, and the next
 * request after the database is back is served as usual (the pool validates its connections).
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());
    /** Set on an error dispatch whose failure was the database being out of reach; read by the error pages. */
    public static final String OUTAGE = "com.mitpo.databaseOutage";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // A failure handled further in (Faces' exception filter) reaches the error page this
            // way: the page then says "briefly unavailable" with 503 instead of its 500.
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (failure instanceof Throwable t && DatabaseOutage.causedBy(t)) {
                request.setAttribute(OUTAGE, Boolean.TRUE);
                response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            }
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI); // on the error dispatch
        String uri = original instanceof String u ? u : request.getRequestURI();
        LOG.warning(() -> "database unreachable, answered 503: " + uri);
        response.reset();
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        String path = uri.substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/assets/") || path.startsWith("/exports/")) {
            JsonRefusal.send(response, 503, UNAVAILABLE);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax click cannot show a page: send the browser to the page itself, which says why.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + attribute(uri) + "\"/></partial-response>");
        } else {
            response.sendError(503); // the container shows the 503 error page (web.xml)
        }
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static final Refusal UNAVAILABLE = Refusal.of("UNAVAILABLE", "api.unavailable");
}
