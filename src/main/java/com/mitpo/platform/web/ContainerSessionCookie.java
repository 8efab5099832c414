package com.mitpo.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The container's own session cookie (JSESSIONID, which holds Faces view state, never a
 * sign-in) gets the same protection as MITPO's session cookie: HttpOnly, and Secure wherever
 * {@code mitpo.cookie.secure} is on (production). web.xml cannot say "Secure unless configured
 * off", so it is set here, before the first session exists. SameSite=Lax comes from
 * glassfish-web.xml: Payara ignores the attribute when it is set here.
 */
@WebListener
public class ContainerSessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        harden(event.getServletContext().getSessionCookieConfig(),
                ConfigProvider.getConfig().getOptionalValue("mitpo.cookie.secure", Boolean.class).orElse(true));
    }

    static void harden(SessionCookieConfig cookie, boolean secure) {
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
    }
}
