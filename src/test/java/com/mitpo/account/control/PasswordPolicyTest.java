package com.mitpo.account.control;

import com.mitpo.account.boundary.PasswordProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void sevenCharactersAreTooShortEightAreEnough() {
        assertEquals(Optional.of(PasswordProblem.TOO_SHORT), PasswordPolicy.check("Xq7#vLp"));
        assertTrue(PasswordPolicy.check("Xq7#vLp2").isEmpty());
    }

    @Test
    void sixtyFourAndOneHundredTwentyEightAreAcceptedOneMoreIsRefusedNeverTruncated() {
        assertTrue(PasswordPolicy.check("k".repeat(63) + "Z").isEmpty());
        assertTrue(PasswordPolicy.check("k".repeat(127) + "Z").isEmpty());
        assertEquals(Optional.of(PasswordProblem.TOO_LONG), PasswordPolicy.check("k".repeat(128) + "Z"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String eightEmoji = "\uD83D\uDE00".repeat(8); // 8 code points, 16 chars
        assertTrue(PasswordPolicy.check(eightEmoji).isEmpty());
        assertEquals(Optional.of(PasswordProblem.TOO_SHORT), PasswordPolicy.check("\uD83D\uDE00".repeat(7)));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Optional.of(PasswordProblem.TOO_COMMON), PasswordPolicy.check("password1"));
        assertEquals(Optional.of(PasswordProblem.TOO_COMMON), PasswordPolicy.check("12345678"));
        assertEquals(Optional.of(PasswordProblem.TOO_COMMON), PasswordPolicy.check("PassWord"));
    }

    @Test
    void nullIsRefused() {
        assertEquals(Optional.of(PasswordProblem.TOO_SHORT), PasswordPolicy.check(null));
    }
}
