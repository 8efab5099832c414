package com.mitpo.account.boundary;

import com.mitpo.account.control.AuthLookups;
import com.mitpo.account.control.AuthMailer;
import com.mitpo.account.control.EmailAddresses;
import com.mitpo.account.control.PasswordHasher;
import com.mitpo.account.control.PasswordPolicy;
import com.mitpo.account.control.RateLimiter;
import com.mitpo.account.control.Tokens;
import com.mitpo.account.control.Verifications;
import com.mitpo.account.entity.Account;
import com.mitpo.account.entity.Session;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in sessions kept in the database: a 256-bit cookie token of which only the SHA-256 is
 * stored, 7 days of life extended at most once a day while in use, a new token at every
 * sign-in, the row deleted at sign-out.
 */
@Stateless
public class Sessions {

    public static final Duration LIFETIME = Duration.ofDays(7);
    public static final Duration REFRESH_AFTER = Duration.ofDays(1);
    public static final Duration FRESH_AGE = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    PasswordHasher hasher;

    @Inject
    RateLimiter limits;

    @Inject
    AuthMailer mailer;

    @Inject
    Verifications verifications;

    @Inject
    AuthLookups lookups;

    @Inject
    Clock clock;

    /**
     * Email + password. Unknown emails and wrong passwords answer alike and cost alike (a
     * dummy Argon2 verify). Failed attempts are counted per account, from any address.
     */
    public SignInResult signIn(String email, String password, String ipAddress, String userAgent) {
        String normalized = normalize(email);
        Optional<Duration> throttled = limits.check(RateLimiter.ACCOUNT_FAILURES, normalized);
        if (throttled.isPresent()) {
            return SignInResult.throttled(throttled.get());
        }
        if (password == null || PasswordPolicy.isOverLong(password)) {
            limits.record(RateLimiter.ACCOUNT_FAILURES, normalized);
            return SignInResult.of(SignInResult.Outcome.INVALID_CREDENTIALS);
        }
        Optional<AuthLookups.Credential> credential = lookups.credentialByEmail(normalized);
        String storedHash = credential.map(AuthLookups.Credential::passwordHash).orElse(null);
        if (!hasher.verify(password, storedHash)) {
            limits.record(RateLimiter.ACCOUNT_FAILURES, normalized);
            return SignInResult.of(SignInResult.Outcome.INVALID_CREDENTIALS);
        }
        limits.reset(RateLimiter.ACCOUNT_FAILURES, normalized);
        UUID userId = credential.get().userId();
        tenancy.actAs(userId, null);
        if (!credential.get().emailVerified()) {
            if (limits.acquire(RateLimiter.MAIL, normalized).isEmpty()) {
                mailer.sendVerification(normalized, verifications.issue(userId, Verifications.EMAIL, normalized));
            }
            return SignInResult.of(SignInResult.Outcome.EMAIL_NOT_VERIFIED);
        }
        if (hasher.needsRehash(storedHash)) {
            upgradeHash(password);
        }
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, open(userId, ipAddress, userAgent), userId, null);
    }

    /** Opens a new session for a user already proven (password, mail link, OAuth); returns its token. */
    public String open(UUID userId, String ipAddress, String userAgent) {
        tenancy.actAs(userId, null);
        Instant now = clock.instant();
        String token = Tokens.newToken();
        var session = new Session(userId, Tokens.hash(token), firstWorkspaceOf(userId), now.plus(LIFETIME), now);
        session.seenFrom(ipAddress, userAgent);
        em.persist(session);
        return token;
    }

    /** The valid session a cookie names, if any; an expired one is deleted on sight. */
    public Optional<AuthenticatedSession> authenticate(String token) {
        Optional<Object[]> lookedUp = lookups.sessionByToken(token);
        if (lookedUp.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = lookedUp.get();
        var found = new AuthenticatedSession((UUID) row[0], (UUID) row[1], (UUID) row[2],
                Queries.instant(row[4]), Queries.instant(row[3]), false);
        Instant updatedAt = Queries.instant(row[5]);
        Instant now = clock.instant();
        if (!found.expiresAt().isAfter(now)) {
            tenancy.actAs(found.userId(), null);
            em.createQuery("delete from Session s where s.id = :id").setParameter("id", found.sessionId()).executeUpdate();
            return Optional.empty();
        }
        if (updatedAt.isBefore(now.minus(REFRESH_AFTER))) {
            tenancy.actAs(found.userId(), found.workspaceId());
            Session session = em.find(Session.class, found.sessionId());
            session.extend(now, LIFETIME);
            found = new AuthenticatedSession(found.sessionId(), found.userId(), found.workspaceId(),
                    found.createdAt(), session.getExpiresAt(), true);
        }
        return Optional.of(found);
    }

    public void signOut(String token) {
        authenticate(token).ifPresent(session -> revoke(session.userId(), session.sessionId()));
    }

    public List<Session> list(UUID userId) {
        tenancy.actAs(userId, null);
        return em.createQuery("select s from Session s where s.expiresAt > :now order by s.createdAt desc", Session.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** One of the user's own sessions. */
    public Optional<Session> find(UUID userId, UUID sessionId) {
        tenancy.actAs(userId, null);
        return Optional.ofNullable(em.find(Session.class, sessionId));
    }

    /** Ends one of the user's sessions; row-level security keeps it to their own. */
    public boolean revoke(UUID userId, UUID sessionId) {
        tenancy.actAs(userId, null);
        return em.createQuery("delete from Session s where s.id = :id").setParameter("id", sessionId).executeUpdate() > 0;
    }

    public int revokeOthers(UUID userId, UUID keptSessionId) {
        tenancy.actAs(userId, null);
        return em.createQuery("delete from Session s where s.id <> :id").setParameter("id", keptSessionId).executeUpdate();
    }

    public int revokeAll(UUID userId) {
        tenancy.actAs(userId, null);
        return em.createQuery("delete from Session s").executeUpdate();
    }

    private void upgradeHash(String password) {
        em.createNamedQuery(Account.PASSWORDS, Account.class)
                .getResultList()
                .forEach(account -> account.setPasswordHash(hasher.hash(password), clock.instant()));
    }

    private UUID firstWorkspaceOf(UUID userId) {
        List<UUID> workspaces = em.createQuery(
                        "select m.workspaceId from WorkspaceMember m where m.userId = :user order by m.createdAt", UUID.class)
                .setParameter("user", userId)
                .setMaxResults(1)
                .getResultList();
        return workspaces.isEmpty() ? null : workspaces.get(0);
    }

    static String normalize(String email) {
        return EmailAddresses.normalize(email);
    }
}
