package com.mitpo.platform.web;

import com.mitpo.platform.refusal.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses an oversized request body from its declared length, before anyone reads it (mapped
 * in web.xml right after the security headers, so before the gate: a visitor's 45 MB body is
 * refused as early as a member's). A body without a declared length (chunked) is counted as it
 * is read and cut off at the same limit ({@link CountedBody}).
 */
public class RequestBodyLimits extends HttpFilter {

    private long largestUpload;

    @Override
    public void init() {
        largestUpload = ConfigProvider.getConfig().getValue("mitpo.documents.max-bytes", Long.class);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = BodyLimit.of(path, request.getContentType(), largestUpload);
        if (declared > limit) {
            JsonRefusal.send(response, 413, Refusal.of("PAYLOAD_TOO_LARGE", "api.tooLargeHere", limit / 1024));
            return;
        }
        if (declared < 0) {
            chain.doFilter(new CountedBody(request, limit), response); // chunked: counted as it is read
            return;
        }
        chain.doFilter(request, response);
    }
}
