package com.mitpo.account.boundary;

import com.mitpo.account.control.PasswordPolicy;
import java.time.Duration;

/**
 * How a sign-up went. A new and an already registered email both give
 * {@link Outcome#CHECK_YOUR_MAIL}: the answer never tells which emails have accounts.
 */
public record SignUpResult(Outcome outcome, PasswordProblem problem, Duration retryAfter) {

    public enum Outcome { CHECK_YOUR_MAIL, INVALID_EMAIL, WEAK_PASSWORD, THROTTLED }

    static SignUpResult of(Outcome outcome) {
        return new SignUpResult(outcome, null, null);
    }
}
