package com.mitpo.platform.ai;

/**
 * A provider could not serve a call (unreachable, refused, unparseable). The message is safe to
 * record and to show an operator; it never carries the call's inputs or credentials.
 */
public class ProviderFailure extends RuntimeException {

    public ProviderFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public ProviderFailure(String message) {
        super(message);
    }
}
