package com.mitpo.platform.web;

import com.mitpo.platform.refusal.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how many requests one client address may have in progress at once
 * (MITPO_HTTP_MAX_REQUESTS_PER_ADDRESS, 32 by default; 0 turns it off). A request thread is held
 * for as long as a body takes to arrive, so without this bound a few hundred slow-body requests
 * from one address occupy every thread and the site stops answering everyone else. Beyond the
 * bound, a request is refused at once with 429, before its body is read.
 *
 * <p>Behind a load balancer every request comes from the balancer's address: turn this off there
 * and bound requests per client at the balancer instead.
 */
public class RequestsPerAddress extends HttpFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "mitpo.http.max-requests-per-address", defaultValue = "32")
    int limit;

    private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (limit <= 0) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        int count = inProgress.merge(address, 1, Integer::sum);
        try {
            if (count > limit) {
                response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                response.setHeader("Connection", "close");
                JsonRefusal.send(response, 429, Refusal.of("TOO_MANY_REQUESTS", "api.tooManyAtOnce"));
                return;
            }
            chain.doFilter(request, response);
        } finally {
            inProgress.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
        }
    }
}
