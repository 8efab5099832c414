package com.mitpo.account.boundary;

/** Why a new password is refused, with the message that says so. */
public enum PasswordProblem {
    TOO_SHORT("password.tooShort"), TOO_LONG("password.tooLong"), TOO_COMMON("password.tooCommon");

    public final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }
}
