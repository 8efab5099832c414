package com.mitpo.account.boundary;

import com.mitpo.account.control.AuthLookups;
import com.mitpo.account.control.AuthMailer;
import com.mitpo.account.control.EmailAddresses;
import com.mitpo.account.control.PasswordHasher;
import com.mitpo.account.control.PasswordPolicy;
import com.mitpo.account.control.RateLimiter;
import com.mitpo.account.control.Verifications;
import com.mitpo.account.entity.Account;
import com.mitpo.account.entity.User;
import com.mitpo.account.entity.Workspace;
import com.mitpo.account.entity.WorkspaceMember;
import com.mitpo.account.entity.WorkspaceRole;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Creating accounts and proving who owns them: sign-up with email + password (and a personal
 * workspace), email verification, password reset.
 */
@Stateless
public class Accounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    @PersistenceContext
    EntityManager em;

    /** Lets other features set up a new workspace (billing's demo credits) in the same transaction. */
    @Inject
    Event<WorkspaceCreated> created;

    @Inject
    Tenancy tenancy;

    @Inject
    PasswordHasher hasher;

    @Inject
    Verifications verifications;

    @Inject
    AuthMailer mailer;

    @Inject
    RateLimiter limits;

    @Inject
    AuthLookups lookups;

    @Inject
    Clock clock;

    public SignUpResult signUp(String email, String password, String name) {
        String normalized = Sessions.normalize(email);
        if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            return SignUpResult.of(SignUpResult.Outcome.INVALID_EMAIL);
        }
        Optional<PasswordProblem> problem = PasswordPolicy.check(password);
        if (problem.isPresent()) {
            return new SignUpResult(SignUpResult.Outcome.WEAK_PASSWORD, problem.get(), null);
        }
        Optional<Duration> mailThrottle = limits.acquire(RateLimiter.MAIL, normalized);
        String hash = hasher.hash(password); // also for known emails: both paths cost one Argon2 hash
        if (userIdByEmail(normalized).isPresent()) {
            if (mailThrottle.isEmpty()) {
                mailer.sendAlreadyRegistered(normalized);
            }
            return SignUpResult.of(SignUpResult.Outcome.CHECK_YOUR_MAIL);
        }
        UUID userId = createUser(normalized, name);
        em.persist(Account.credential(userId, hash, clock.instant()));
        String token = verifications.issue(userId, Verifications.EMAIL, normalized);
        mailer.sendVerification(normalized, token);
        return SignUpResult.of(SignUpResult.Outcome.CHECK_YOUR_MAIL);
    }

    /**
     * A new user whose address a sign-in provider has vouched for, with their personal
     * workspace; the caller adds the sign-in method. Returns the user's id.
     */
    public UUID createVerifiedUser(String email, String name) {
        UUID userId = createUser(Sessions.normalize(email), name);
        em.find(User.class, userId).markEmailVerified(clock.instant());
        return userId;
    }

    /** The user row and their personal workspace, which they own; leaves the context on both. */
    private UUID createUser(String email, String name) {
        UUID userId = UUID.randomUUID();
        UUID workspaceId = UUID.randomUUID();
        Instant now = clock.instant();
        String displayName = name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.strip();
        tenancy.actAs(userId, workspaceId);
        em.persist(new Workspace(workspaceId, truncate(displayName, 100) + "'s workspace", now));
        em.flush();
        em.persist(new User(userId, email, truncate(displayName, 120), now));
        em.flush();
        em.persist(new WorkspaceMember(workspaceId, userId, WorkspaceRole.OWNER, now));
        created.fire(new WorkspaceCreated(workspaceId, userId));
        return userId;
    }

    /** Confirms the address a verification mail went to; the user it belongs to, if the link is valid. */
    public Optional<UUID> verifyEmail(String token) {
        Optional<UUID> userId = verifications.consume(token, Verifications.EMAIL);
        userId.ifPresent(id -> em.find(User.class, id).markEmailVerified(clock.instant()));
        return userId;
    }

    /**
     * Sends a reset link if the email has an account; answers the same either way. Limited
     * to 3 mails a minute per address. Returns how long to wait when throttled.
     */
    public Optional<Duration> requestPasswordReset(String email) {
        String normalized = Sessions.normalize(email);
        Optional<Duration> throttled = limits.acquire(RateLimiter.MAIL, normalized);
        if (throttled.isPresent()) {
            return throttled;
        }
        userIdByEmail(normalized).ifPresent(userId -> {
            tenancy.actAs(userId, null);
            mailer.sendPasswordReset(normalized, verifications.issue(userId, Verifications.PASSWORD_RESET, normalized));
        });
        return Optional.empty();
    }

    /**
     * Sets a new password from a reset link and ends every session of the user. Empty when the
     * link is invalid, used or expired; a weak password leaves the link unused.
     */
    public ResetResult resetPassword(String token, String newPassword) {
        Optional<PasswordProblem> problem = PasswordPolicy.check(newPassword);
        if (problem.isPresent()) {
            return new ResetResult(false, problem.get());
        }
        Optional<UUID> userId = verifications.consume(token, Verifications.PASSWORD_RESET);
        if (userId.isEmpty()) {
            return new ResetResult(false, null);
        }
        Instant now = clock.instant();
        String hash = hasher.hash(newPassword);
        List<Account> credentials = em.createNamedQuery(Account.PASSWORDS, Account.class)
                .getResultList();
        if (credentials.isEmpty()) {
            em.persist(Account.credential(userId.get(), hash, now));
        } else {
            credentials.forEach(account -> account.setPasswordHash(hash, now));
        }
        // The link came through the mailbox, so the address is proven too.
        em.find(User.class, userId.get()).markEmailVerified(now);
        em.createQuery("delete from Session s").executeUpdate();
        return new ResetResult(true, null);
    }

    /** The user's own record (name, email, verification state). */
    public User profile(UUID userId) {
        tenancy.actAs(userId, null);
        return em.find(User.class, userId);
    }

    /** Changes the display name; blank names are refused. */
    public boolean rename(UUID userId, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            return false;
        }
        profile(userId).rename(name.strip(), clock.instant());
        return true;
    }

    /** The user's sign-in methods ("credential" for the password, or an OAuth provider). */
    public List<Account> signInMethods(UUID userId) {
        tenancy.actAs(userId, null);
        return em.createQuery("select a from Account a order by a.createdAt", Account.class).getResultList();
    }

    /** How a password change went; the password problems carry their label. */
    public enum ChangeResult {
        CHANGED(null), NOT_FRESH(null), WRONG_PASSWORD(null), THROTTLED(null),
        TOO_SHORT("password.tooShort"), TOO_LONG("password.tooLong"), TOO_COMMON("password.tooCommon");

        private final String messageKey;

        ChangeResult(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * Changes the password of a signed-in user who proves the current one, from a session
     * younger than a day; optionally ends their other sessions.
     */
    public ChangeResult changePassword(AuthenticatedSession session, String currentPassword, String newPassword,
            boolean revokeOtherSessions) {
        Instant now = clock.instant();
        if (!session.isFresh(now)) {
            return ChangeResult.NOT_FRESH;
        }
        Optional<PasswordProblem> problem = PasswordPolicy.check(newPassword);
        if (problem.isPresent()) {
            return ChangeResult.valueOf(problem.get().name());
        }
        tenancy.actAs(session.userId(), session.workspaceId());
        // The sign-in's per-account count of wrong passwords: a session holder gets no more
        // guesses at the current password here than anyone gets at the sign-in form.
        String accountKey = EmailAddresses.normalize(em.find(User.class, session.userId()).getEmail());
        if (limits.check(RateLimiter.ACCOUNT_FAILURES, accountKey).isPresent()) {
            return ChangeResult.THROTTLED;
        }
        List<Account> credentials = em.createNamedQuery(Account.PASSWORDS, Account.class)
                .getResultList();
        String stored = credentials.isEmpty() ? null : credentials.get(0).getPasswordHash();
        if (currentPassword == null || PasswordPolicy.isOverLong(currentPassword) || !hasher.verify(currentPassword, stored)) {
            limits.record(RateLimiter.ACCOUNT_FAILURES, accountKey);
            return ChangeResult.WRONG_PASSWORD;
        }
        limits.reset(RateLimiter.ACCOUNT_FAILURES, accountKey);
        String hash = hasher.hash(newPassword);
        credentials.forEach(account -> account.setPasswordHash(hash, now));
        if (revokeOtherSessions) {
            em.createQuery("delete from Session s where s.id <> :id").setParameter("id", session.sessionId())
                    .executeUpdate();
        }
        return ChangeResult.CHANGED;
    }

    /** Whether a password reset worked; {@code problem} names a refused password. */
    public record ResetResult(boolean done, PasswordProblem problem) {
    }

    private Optional<UUID> userIdByEmail(String email) {
        return lookups.credentialByEmail(email).map(AuthLookups.Credential::userId);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
