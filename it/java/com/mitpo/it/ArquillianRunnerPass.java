package com.mitpo.it;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Test-only: lets Arquillian's runner servlet (which runs in-container tests) past the sign-in
 * gate by forwarding to it; a forward is not seen again by filters mapped to plain requests.
 */
public class ArquillianRunnerPass implements Filter {

    static final String PATH = "/ArquillianServletRunnerEE9";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.getRequestDispatcher(PATH).forward(request, response);
    }
}
