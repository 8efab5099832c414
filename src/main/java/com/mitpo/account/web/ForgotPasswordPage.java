package com.mitpo.account.web;

import com.mitpo.account.boundary.Accounts;
import com.mitpo.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;

/** forgot-password.xhtml: asks for a reset link; the answer never says whether the account exists. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    Accounts accounts;

    private String email;
    private boolean sent;

    public void send() {
        Optional<Duration> throttled = accounts.requestPasswordReset(email);
        if (throttled.isPresent()) {
            Feedback.pageError("auth.tooMany", Labels.seconds(throttled.get()));
            return;
        }
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
