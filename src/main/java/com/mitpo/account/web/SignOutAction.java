package com.mitpo.account.web;

import com.mitpo.account.boundary.Sessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The top bar's sign-out button: deletes the session row, the cookie and the HTTP session. */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    public void signOut() throws IOException {
        cookie.read(Faces.getRequest()).ifPresent(sessions::signOut);
        cookie.clear(Faces.getResponse());
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/");
    }
}
