package com.mitpo.account.web;

import com.mitpo.account.boundary.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in cookie: HttpOnly, SameSite=Lax, Path=/, and in production Secure with the
 * {@code __Secure-} prefix and an optional Domain, so one session spans the marketing site
 * and the app subdomain.
 */
@ApplicationScoped
public class SessionCookie {

    static final String BASE_NAME = "mitpo.session_token";

    @Inject
    @ConfigProperty(name = "mitpo.cookie.secure", defaultValue = "true")
    boolean secure;

    @Inject
    @ConfigProperty(name = "mitpo.cookie.domain")
    Optional<String> domain;

    /** Whether the cookie is sent only over HTTPS (production), as the container's cookie is too. */
    public boolean isSecure() {
        return secure;
    }

    public String name() {
        return secure ? "__Secure-" + BASE_NAME : BASE_NAME;
    }

    public Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public void write(HttpServletResponse response, String token) {
        response.addCookie(cookie(token, Sessions.LIFETIME));
    }

    public void clear(HttpServletResponse response) {
        response.addCookie(cookie("", Duration.ZERO));
    }

    private Cookie cookie(String value, Duration maxAge) {
        var cookie = new Cookie(name(), value);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge((int) maxAge.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        domain.filter(d -> !d.isBlank()).ifPresent(cookie::setDomain);
        return cookie;
    }
}
