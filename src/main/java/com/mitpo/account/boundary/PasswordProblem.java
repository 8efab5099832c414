package com.mitpo.account.boundary;

import com.mitpo.platform.refusal.Refusal;

/** Why a new password is refused, with the message that says so. */
public enum PasswordProblem {
    TOO_SHORT("password.tooShort"), TOO_LONG("password.tooLong"), TOO_COMMON("password.tooCommon");

    public final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    /** As the API and the pages show it ({@code PASSWORD_TOO_SHORT}, ...); the caller names the field. */
    public Refusal refusal() {
        return Refusal.of("PASSWORD_" + name(), messageKey);
    }
}
