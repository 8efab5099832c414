package com.mitpo.account.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one spelling of an email address that is stored and looked up. "zoë@example.com" can
 * arrive composed (ë, U+00EB) or decomposed (e + U+0308) and must be one account, so the
 * address is put in Unicode NFC before its case is folded.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalize(String email) {
        return email == null ? "" : Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }
}
