package com.mitpo.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The container's own session cookie (JSESSIONID, which holds Faces view state, never a
 * sign-in) gets the same protection as MITPO's session cookie: HttpOnly, and Secure exactly
 * when {@link SessionCookie} is (production). web.xml cannot say "Secure unless configured
 * off", so it is set here, before the first session exists. SameSite=Lax comes from
 * glassfish-web.xml: Payara ignores the attribute when it is set here.
 */
@WebListener
public class ContainerSessionCookie implements ServletContextListener {

    @Inject
    SessionCookie sessionCookie;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        harden(event.getServletContext().getSessionCookieConfig(), sessionCookie.isSecure());
    }

    static void harden(SessionCookieConfig cookie, boolean secure) {
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
    }
}
