package com.mitpo.account.web;

import com.mitpo.account.boundary.Accounts;
import com.mitpo.account.boundary.Sessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.omnifaces.util.Faces;

/** verify-email.xhtml: the link from the welcome mail; confirms the address and signs in. */
@Named
@RequestScoped
public class VerifyEmailPage {

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    private String token;
    private boolean failed;

    public void verify() throws IOException {
        Optional<UUID> userId = accounts.verifyEmail(token);
        if (userId.isEmpty()) {
            failed = true;
            return;
        }
        HttpServletRequest request = Faces.getRequest();
        cookie.write(Faces.getResponse(), sessions.open(userId.get(), request.getRemoteAddr(),
                request.getHeader("User-Agent")));
        Faces.redirect(request.getContextPath() + NextPage.DEFAULT + "?welcome=true");
    }

    public boolean isFailed() {
        return failed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
