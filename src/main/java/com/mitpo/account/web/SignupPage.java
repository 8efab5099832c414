package com.mitpo.account.web;

import com.mitpo.account.boundary.Accounts;
import com.mitpo.account.boundary.SignUpResult;
import com.mitpo.account.control.RateLimiter;
import com.mitpo.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** signup.xhtml: create an account; the answer is "check your mail" for every valid address. */
@Named
@RequestScoped
public class SignupPage {

    @Inject
    Accounts accounts;

    @Inject
    RateLimiter limits;

    private String name;
    private String email;
    private String password;
    private boolean sent;

    public void signUp() {
        Optional<Duration> throttled = limits.acquire(RateLimiter.SIGN_UP, Faces.getRemoteAddr());
        if (throttled.isPresent()) {
            Feedback.pageError("auth.tooMany", Labels.seconds(throttled.get()));
            return;
        }
        SignUpResult result = accounts.signUp(email, password, name);
        password = null;
        switch (result.outcome()) {
            case CHECK_YOUR_MAIL -> sent = true;
            case INVALID_EMAIL -> Feedback.error("email", "signup.invalidEmail");
            case WEAK_PASSWORD -> Feedback.error("password", result.problem().messageKey);
            case THROTTLED -> Feedback.pageError("auth.tooMany", Labels.seconds(result.retryAfter()));
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
