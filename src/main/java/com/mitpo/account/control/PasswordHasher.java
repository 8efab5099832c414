package com.mitpo.account.control;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id password hashes in PHC format, at OWASP's minimum parameters (19 MiB, 2 passes,
 * 1 lane). At most {@link #CONCURRENT} hashes run at once, so a burst of sign-ins queues
 * instead of exhausting memory (each needs 19 MiB).
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int CONCURRENT = 4;

    private static final Argon2Function ARGON2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, 32, Argon2.ID);
    private static final Pattern PARAMETERS = Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$");

    /** Compared against when the account does not exist, so both cases cost the same. */
    private final String dummyHash = ARGON2.hash("not-a-real-password-" + System.nanoTime()).getResult();

    private final Semaphore slots = new Semaphore(CONCURRENT, true);
    private final java.util.concurrent.atomic.LongAdder verifications = new java.util.concurrent.atomic.LongAdder();

    public String hash(String password) {
        return bounded(() -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
    }

    /** True when {@code password} matches {@code storedHash}; a null hash still costs a full verify. */
    public boolean verify(String password, String storedHash) {
        if (storedHash == null || !storedHash.startsWith("$argon2")) {
            check(password, dummyHash, ARGON2);
            return false;
        }
        return check(password, storedHash, Argon2Function.getInstanceFromHash(storedHash));
    }

    /** How many Argon2 verifications this node has run: the same work for a known and an unknown account. */
    public long verifications() {
        return verifications.sum();
    }

    private boolean check(String password, String hash, Argon2Function function) {
        verifications.increment();
        return bounded(() -> Password.check(password, hash).with(function));
    }

    /** A stored hash made with weaker parameters than today's, to be replaced at the next sign-in. */
    public boolean needsRehash(String storedHash) {
        Matcher m = storedHash == null ? null : PARAMETERS.matcher(storedHash);
        if (m == null || !m.find()) {
            return true;
        }
        return Integer.parseInt(m.group(1)) < MEMORY_KIB || Integer.parseInt(m.group(2)) < ITERATIONS;
    }

    <T> T bounded(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("password hashing is overloaded");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
