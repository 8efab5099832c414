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
}
