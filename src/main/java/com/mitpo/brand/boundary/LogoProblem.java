package com.mitpo.brand.boundary;

/** Why a logo file was refused; each names an i18n label. */
public enum LogoProblem {
    EMPTY("brand.logo.empty"), TOO_LARGE("brand.logo.tooLarge"), NOT_AN_IMAGE("brand.logo.notImage"),
    TOO_MANY_PIXELS("brand.logo.tooManyPixels");

    public final String messageKey;

    LogoProblem(String messageKey) {
        this.messageKey = messageKey;
    }
}
