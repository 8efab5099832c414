package com.mitpo.account.web;

import com.mitpo.account.boundary.Sessions;
import com.mitpo.account.boundary.SignInResult;
import com.mitpo.account.control.OAuthProviders;
import com.mitpo.account.control.RateLimiter;
import com.mitpo.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** login.xhtml: email + password sign-in, then back to the page that asked for it. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    @Inject
    RateLimiter limits;

    @Inject
    OAuthProviders providers;

    private String email;
    private String password;
    private String next;
    private String problem;

    /** A message from an OAuth sign-in that came back refused. */
    public void showProblem() {
        if (problem != null && problem.matches("oauth\\.[a-zA-Z]+")) {
            Feedback.pageError(problem);
        }
    }

    public boolean isGoogleEnabled() {
        return providers.isEnabled(OAuthProviders.GOOGLE);
    }

    public boolean isGithubEnabled() {
        return providers.isEnabled(OAuthProviders.GITHUB);
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public void signIn() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        Optional<Duration> throttled = limits.acquire(RateLimiter.SIGN_IN, request.getRemoteAddr());
        if (throttled.isPresent()) {
            Feedback.pageError("auth.tooMany", Labels.seconds(throttled.get()));
            return;
        }
        SignInResult result = sessions.signIn(email, password, request.getRemoteAddr(), request.getHeader("User-Agent"));
        password = null;
        switch (result.outcome()) {
            case SIGNED_IN -> {
                // A new HTTP session id at sign-in: nothing fixed before sign-in carries over.
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                cookie.write(Faces.getResponse(), result.token());
                Faces.redirect(request.getContextPath() + NextPage.sanitize(next));
            }
            case INVALID_CREDENTIALS -> Feedback.pageError("login.invalid");
            case EMAIL_NOT_VERIFIED -> Feedback.warn("login.unverified");
            case THROTTLED -> Feedback.pageError("auth.tooMany", Labels.seconds(result.retryAfter()));
        }
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
