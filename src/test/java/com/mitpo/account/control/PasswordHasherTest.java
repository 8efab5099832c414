package com.mitpo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreArgon2idAtOwaspsMinimumWithASaltEach() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "same password, same hash: no salt");
    }

    @Test
    void anUnknownAccountCostsTheSameArgon2VerifyAsAWrongPassword() {
        String hash = hasher.hash("correct horse battery");
        long before = hasher.verifications();
        assertFalse(hasher.verify("wrong horse battery", hash));
        assertEquals(before + 1, hasher.verifications(), "a wrong password: one verify");
        assertFalse(hasher.verify("wrong horse battery", null));
        assertEquals(before + 2, hasher.verifications(), "no account: one verify too, against the dummy hash");
        assertFalse(hasher.verify("wrong horse battery", "not-a-hash"));
        assertEquals(before + 3, hasher.verifications(), "a hash of another kind: still one verify");
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery");

        assertTrue(hasher.verify("correct horse battery", hash));
        assertFalse(hasher.verify("correct horse batterz", hash));
        assertFalse(hasher.verify("correct horse battery", null), "no account");
    }

    @Test
    void weakerHashesAskForAnUpgradeTodaysDoNot() {
        String weak = Password.hash("correct horse battery").addRandomSalt(16)
                .with(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID)).getResult();

        assertTrue(hasher.verify("correct horse battery", weak), "old hashes still verify");
        assertTrue(hasher.needsRehash(weak));
        assertTrue(hasher.needsRehash("$2a$10$abcdefghijklmnopqrstuv"), "bcrypt");
        assertFalse(hasher.needsRehash(hasher.hash("correct horse battery")));
    }

    @Test
    void atMostFourHashesRunAtOnce() throws Exception {
        var running = new AtomicInteger();
        var peak = new AtomicInteger();
        PasswordHasher counting = hasher;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var futures = new java.util.ArrayList<Future<?>>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> counting.bounded(() -> {
                    peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return running.decrementAndGet();
                })));
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(peak.get() <= PasswordHasher.CONCURRENT, "peak " + peak.get());
        assertTrue(peak.get() >= 2, "the bound should still allow parallel work, peak " + peak.get());
    }
}
