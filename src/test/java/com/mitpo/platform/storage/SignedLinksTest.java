package com.mitpo.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.platform.storage.SignedLinks.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignedLinksTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant SIGNED_AT = Instant.parse("2025-01-15T10:00:00.250Z");
    private static final Pattern LINK = Pattern.compile("assets/([0-9a-f-]{36})\\?exp=(\\d+)&sig=([A-Za-z0-9_-]+)");

    private final MutableClock clock = new MutableClock(SIGNED_AT);
    private final SignedLinks links = new SignedLinks("assets", SECRET, clock);
    private final UUID asset = UUID.fromString("5d0c6a43-2f0e-4a57-9a4e-0b6f3a2e9c11");
    private final UUID user = UUID.fromString("a3c1f0de-7b21-4a8e-8f0d-2c9e5b7d4e66");

    /** The parts of a link as the servlet receives them: id from the path, exp and sig from the query. */
    private record Parts(UUID asset, String exp, String sig) {
    }

    private Parts sign() {
        Matcher m = LINK.matcher(links.path(asset, user));
        assertTrue(m.matches(), "relative assets/{id}?exp=..&sig=..");
        return new Parts(UUID.fromString(m.group(1)), m.group(2), m.group(3));
    }

    @Test
    void aFreshLinkOpensItsAssetForItsUser() {
        Parts link = sign();

        assertEquals(asset, link.asset());
        assertEquals(String.valueOf(SIGNED_AT.getEpochSecond() + 60), link.exp());
        assertEquals(43, link.sig().length(), "base64url of 32 bytes, no padding");
        assertEquals(Verdict.VALID, links.verify(asset, user, link.exp(), link.sig()));
    }

    @Test
    void theLinkOpensUntilItsExpirySecondAndNotAfter() {
        Parts link = sign();

        clock.set(SIGNED_AT.plusSeconds(60));
        assertEquals(Verdict.VALID, links.verify(asset, user, link.exp(), link.sig()), "exp == now is still valid");
        clock.set(SIGNED_AT.plusSeconds(61));
        assertEquals(Verdict.EXPIRED, links.verify(asset, user, link.exp(), link.sig()));
        clock.set(SIGNED_AT.plus(Duration.ofDays(365)));
        assertEquals(Verdict.EXPIRED, links.verify(asset, user, link.exp(), link.sig()));
    }

    @Test
    void anExpiredLinkWithAForgedSignatureIsABadSignatureNotExpired() {
        Parts link = sign();
        clock.set(SIGNED_AT.plusSeconds(120));

        assertEquals(Verdict.BAD_SIGNATURE, links.verify(asset, user, link.exp(), flip(link.sig(), 0)));
    }

    @Test
    void anyChangedCharacterOfTheSignatureIsRefused() {
        Parts link = sign();
        for (int i = 0; i < link.sig().length(); i++) {
            assertEquals(Verdict.BAD_SIGNATURE, links.verify(asset, user, link.exp(), flip(link.sig(), i)), "position " + i);
        }
    }

    @Test
    void theLinkIsBoundToItsUserAndItsAsset() {
        Parts link = sign();

        assertEquals(Verdict.BAD_SIGNATURE, links.verify(asset, UUID.randomUUID(), link.exp(), link.sig()));
        assertEquals(Verdict.BAD_SIGNATURE, links.verify(UUID.randomUUID(), user, link.exp(), link.sig()));
        assertEquals(Verdict.BAD_SIGNATURE, links.verify(user, asset, link.exp(), link.sig()), "fields are not interchangeable");
    }

    @Test
    void anEditedExpiryIsRefused() {
        Parts link = sign();
        long exp = Long.parseLong(link.exp());

        assertEquals(Verdict.BAD_SIGNATURE, links.verify(asset, user, String.valueOf(exp + 1), link.sig()));
        assertEquals(Verdict.BAD_SIGNATURE, links.verify(asset, user, String.valueOf(exp - 1), link.sig()));
    }

    @Test
    void anExpiryFurtherAheadThanEverSignedIsMalformed() {
        Parts link = sign();
        long exp = Long.parseLong(link.exp());

        assertEquals(Verdict.MALFORMED, links.verify(asset, user, String.valueOf(exp + 3600), link.sig()));
        assertEquals(Verdict.MALFORMED, links.verify(asset, user, "999999999999999999", link.sig()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "-1", "+1736935260", "01736935260", "1736935260.0", " 1736935260",
        "1736935260 ", "1e9", "9999999999999999999", "٣"})
    void anExpiryThatIsNotAPlainNumberIsMalformed(String exp) {
        Parts link = sign();
        assertEquals(Verdict.MALFORMED, links.verify(asset, user, exp, link.sig()));
    }

    @Test
    void aMissingOrMisencodedSignatureIsMalformed() {
        Parts link = sign();
        String sig = link.sig();

        assertEquals(Verdict.MALFORMED, links.verify(asset, user, link.exp(), null));
        assertEquals(Verdict.MALFORMED, links.verify(asset, user, link.exp(), ""));
        assertEquals(Verdict.MALFORMED, links.verify(asset, user, link.exp(), sig + "="), "padding is not written");
        assertEquals(Verdict.MALFORMED, links.verify(asset, user, link.exp(), sig.substring(1)));
        assertEquals(Verdict.MALFORMED, links.verify(asset, user, link.exp(), sig + "A"));
        assertEquals(Verdict.MALFORMED, links.verify(asset, user, link.exp(), "+" + sig.substring(1)), "base64, not base64url");
        assertEquals(Verdict.MALFORMED, links.verify(asset, user, link.exp(), "%" + sig.substring(1)));
        assertEquals(Verdict.MALFORMED, links.verify(null, user, link.exp(), sig));
        assertEquals(Verdict.MALFORMED, links.verify(asset, null, link.exp(), sig));
    }

    @Test
    void differentSecretsSignDifferently() {
        byte[] other = Arrays.copyOf(SECRET, SECRET.length);
        other[0] ^= 1;
        Parts link = sign();
        SignedLinks otherLinks = new SignedLinks("assets", other, clock);

        assertNotEquals(links.path(asset, user), otherLinks.path(asset, user));
        assertEquals(Verdict.BAD_SIGNATURE, otherLinks.verify(asset, user, link.exp(), link.sig()));
    }

    @Test
    void aLinkSignedForOneRouteNeverOpensAnother() {
        Parts link = sign();
        SignedLinks exports = new SignedLinks("exports", SECRET, clock);

        assertTrue(exports.path(asset, user).startsWith("exports/" + asset + "?exp="));
        assertEquals(Verdict.BAD_SIGNATURE, exports.verify(asset, user, link.exp(), link.sig()),
                "an asset link presented to the export servlet");
        assertThrows(IllegalArgumentException.class, () -> new SignedLinks("assets:x", SECRET, clock));
        assertThrows(IllegalArgumentException.class, () -> new SignedLinks("", SECRET, clock));
    }

    @Test
    void theSecretIsCopiedSoLaterChangesToTheArrayDoNotMatter() {
        byte[] secret = Arrays.copyOf(SECRET, SECRET.length);
        SignedLinks copy = new SignedLinks("assets", secret, clock);
        String before = copy.path(asset, user);
        Arrays.fill(secret, (byte) 0);

        assertEquals(before, copy.path(asset, user));
    }

    @Test
    void shortSecretsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignedLinks("assets", new byte[31], clock));
        assertThrows(IllegalArgumentException.class, () -> SignedLinks.key("too short"));
        assertThrows(IllegalArgumentException.class, () -> SignedLinks.key(null));
        assertThrows(IllegalArgumentException.class, () -> SignedLinks.key("x".repeat(31)));
        assertEquals(32, SignedLinks.key("x".repeat(32)).length);
        assertEquals(32, SignedLinks.key("é".repeat(16)).length, "counted in UTF-8 bytes");
    }

    /** Replace one character by another of the base64url alphabet. */
    private static String flip(String sig, int index) {
        char c = sig.charAt(index);
        char other = c == 'A' ? 'B' : 'A';
        return sig.substring(0, index) + other + sig.substring(index + 1);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
