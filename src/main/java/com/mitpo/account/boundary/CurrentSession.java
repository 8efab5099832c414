package com.mitpo.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;

/** The sign-in session of the current request, set by the gate; empty for visitors. */
@Named
@RequestScoped
public class CurrentSession {

    private AuthenticatedSession session;

    public void set(AuthenticatedSession session) {
        this.session = session;
    }

    public Optional<AuthenticatedSession> get() {
        return Optional.ofNullable(session);
    }

    public boolean isSignedIn() {
        return session != null;
    }

    public AuthenticatedSession require() {
        if (session == null) {
            throw new IllegalStateException("no signed-in session in this request");
        }
        return session;
    }
}
