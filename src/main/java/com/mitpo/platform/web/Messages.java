package com.mitpo.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels from the i18n bundle, in the reader's language: on a page, the view's locale (which
 * Faces picks from the browser's Accept-Language among the supported locales in faces-config);
 * elsewhere while a request is served (the JSON API, refusals, mails sent while answering) the
 * request's Accept-Language ({@link RequestLanguage}); in background work, English.
 */
public final class Messages {

    private static final String BUNDLE = "com.mitpo.i18n.messages";
    private static final Locale DEFAULT = Locale.ENGLISH;

    private Messages() {
    }

    public static String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A label with {0}-style arguments filled in. A label without arguments is plain text, so
     * only labels with parameters follow MessageFormat's rules (an apostrophe written '').
     */
    public static String format(String key, Object... arguments) {
        String label = get(key);
        return arguments == null || arguments.length == 0 ? label : new MessageFormat(label, locale()).format(arguments);
    }

    static Locale locale() {
        FacesContext faces = faces();
        UIViewRoot view = faces == null ? null : faces.getViewRoot();
        return view != null && view.getLocale() != null ? view.getLocale() : RequestLanguage.current().orElse(DEFAULT);
    }

    /** The current Faces context; none outside a container, where the Faces API has no implementation (unit tests). */
    private static FacesContext faces() {
        try {
            return FacesContext.getCurrentInstance();
        } catch (LinkageError noImplementation) {
            return null;
        }
    }
}
