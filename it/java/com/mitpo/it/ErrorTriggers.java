package com.mitpo.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only servlets, added to test deployments (never to the product), that fail on purpose. */
public final class ErrorTriggers {

    private ErrorTriggers() {
    }

    @WebServlet("/it/forbidden")
    public static class Forbidden extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    @WebServlet("/it/crash")
    public static class Crash extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("deliberate failure with secret detail s3cr3t");
        }
    }

    /** A page bean that fails the way a lost database connection does, while the gate itself was fine. */
    @jakarta.inject.Named("itOutage")
    @jakarta.enterprise.context.RequestScoped
    public static class Outage {
        public String getValue() {
            throw new jakarta.persistence.PersistenceException(new java.sql.SQLException("Connection refused", "08001"));
        }
    }
}
