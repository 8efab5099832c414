package com.mitpo.account.web;

import com.mitpo.account.boundary.Accounts;
import com.mitpo.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** reset-password.xhtml: the link from the reset mail; sets a new password and signs out everywhere. */
@Named
@RequestScoped
public class ResetPasswordPage {

    @Inject
    Accounts accounts;

    private String token;
    private String password;
    private boolean done;

    public void reset() {
        Accounts.ResetResult result = accounts.resetPassword(token, password);
        password = null;
        if (result.problem() != null) {
            Feedback.error("password", result.problem().messageKey);
        } else if (!result.done()) {
            Feedback.pageError("reset.invalidLink");
        } else {
            done = true;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
