package com.mitpo.account.control;

import com.mitpo.account.boundary.PasswordProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: 8 to 128 characters (checked before any hashing, never
 * truncated) and not one of the most common passwords (Openwall's list, bundled).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused; each names a label in the i18n bundle. */
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Optional<PasswordProblem> check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordProblem.TOO_COMMON);
        }
        return Optional.empty();
    }

    /** Too long to be worth hashing at all (sign-in rejects these without touching Argon2). */
    public static boolean isOverLong(String password) {
        return password != null && password.length() > MAX_LENGTH * 2; // chars; code points are checked on set
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/com/mitpo/account/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#!comment:") && !line.isBlank())
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
