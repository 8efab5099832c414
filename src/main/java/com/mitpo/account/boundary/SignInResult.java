package com.mitpo.account.boundary;

import java.time.Duration;
import java.util.UUID;

/**
 * How a sign-in went. On success {@code token} is the new session's cookie value; on
 * {@link Outcome#THROTTLED}, {@code retryAfter} says when to try again.
 */
public record SignInResult(Outcome outcome, String token, UUID userId, Duration retryAfter) {

    public enum Outcome { SIGNED_IN, INVALID_CREDENTIALS, EMAIL_NOT_VERIFIED, THROTTLED }

    static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, null, null, null);
    }

    static SignInResult throttled(Duration retryAfter) {
        return new SignInResult(Outcome.THROTTLED, null, null, retryAfter);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
