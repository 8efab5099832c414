package com.mitpo.account.control;

import com.mitpo.account.entity.Verification;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Single-use tokens sent by mail: email verification and password reset. One hour of life,
 * only the SHA-256 stored, consumed (deleted) on first use together with the user's other
 * tokens of the same kind.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Verifications {

    public static final String EMAIL = "email-verification";
    public static final String PASSWORD_RESET = "password-reset";
    public static final Duration LIFETIME = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuthLookups lookups;

    @Inject
    Clock clock;

    /** A new token of {@code kind} for the user (the caller acts as that user); returns the token. */
    public String issue(UUID userId, String kind, String email) {
        String token = Tokens.newToken();
        Instant now = clock.instant();
        em.persist(new Verification(userId, kind + ':' + email, Tokens.hash(token), now.plus(LIFETIME), now));
        return token;
    }

    /** Consumes a token of {@code kind}: the user it was issued to, if it is valid and unused. */
    public Optional<UUID> consume(String token, String kind) {
        Optional<Object[]> found = lookups.verificationByToken(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = found.get();
        UUID userId = (UUID) row[1];
        String identifier = (String) row[2];
        tenancy.actAs(userId, null);
        // Single use: this token and every other of its kind go, valid or not.
        em.createQuery("delete from Verification v where v.identifier like :kind")
                .setParameter("kind", kind + ":%").executeUpdate();
        boolean valid = identifier.startsWith(kind + ':') && Queries.instant(row[3]).isAfter(clock.instant());
        return valid ? Optional.of(userId) : Optional.empty();
    }
}
