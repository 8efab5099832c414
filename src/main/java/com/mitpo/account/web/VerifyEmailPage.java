package com.mitpo.account.web;

import com.mitpo.account.boundary.Accounts;
import com.mitpo.account.boundary.AuthenticatedSession;
import com.mitpo.account.boundary.CurrentSession;
import com.mitpo.account.boundary.Sessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.omnifaces.util.Faces;

/**
 * verify-email: the link from the welcome mail; confirms the address and signs in, unless the
 * browser is already signed in as someone else, whose session stays as it was.
 */
@Named
@RequestScoped
public class VerifyEmailPage {

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    @Inject
    CurrentSession current;

    private String token;
    private boolean failed;
    private boolean signedInAsSomeoneElse;

    public void verify() throws IOException {
        Optional<UUID> userId = accounts.verifyEmail(token);
        if (userId.isEmpty()) {
            failed = true;
            return;
        }
        HttpServletRequest request = Faces.getRequest();
        Optional<AuthenticatedSession> signedIn = current.get();
        if (signedIn.isPresent() && !signedIn.get().userId().equals(userId.get())) {
            // Someone else's link (an attacker's, say) confirms that address but never swaps the
            // session of whoever opened it: no login CSRF.
            signedInAsSomeoneElse = true;
            return;
        }
        if (signedIn.isEmpty()) {
            cookie.write(Faces.getResponse(), sessions.open(userId.get(), request.getRemoteAddr(),
                    request.getHeader("User-Agent")));
        }
        Faces.redirect(request.getContextPath() + NextPage.DEFAULT + "?welcome=true");
    }

    public boolean isSignedInAsSomeoneElse() {
        return signedInAsSomeoneElse;
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
