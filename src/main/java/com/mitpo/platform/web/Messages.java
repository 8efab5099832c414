package com.mitpo.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Labels from the i18n bundle for code that answers outside a page (the JSON API, mails). */
public final class Messages {

    private static final String BUNDLE = "com.mitpo.i18n.messages";

    private Messages() {
    }

    public static String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A label with {0}-style arguments filled in. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.ENGLISH).format(arguments);
    }
}
