package com.mitpo.account.boundary;

import java.time.Instant;
import java.util.UUID;

/** A valid sign-in session, as found from its cookie. */
public record AuthenticatedSession(UUID sessionId, UUID userId, UUID workspaceId, Instant createdAt,
        Instant expiresAt, boolean refreshed) {

    /** Younger than a day: fresh enough for changing the password or deleting the account. */
    public boolean isFresh(Instant now) {
        return createdAt.isAfter(now.minus(Sessions.FRESH_AGE));
    }
}
