package com.mitpo.account.boundary;

import com.mitpo.account.control.OAuthProviders;
import com.mitpo.account.entity.Account;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Sign-in with Google or GitHub once the provider has answered. The identity is the pair
 * (provider, provider's user id). A new identity joins an existing user only through an
 * email the provider vouches for and the user has confirmed too: an unconfirmed password
 * account with the same email (perhaps made by someone else, in advance) never captures it.
 */
@Stateless
public class SocialSignIn {

    /** How it went; on {@link Outcome#SIGNED_IN} {@code token} is the new session's cookie. */
    public record Result(Outcome outcome, String token) {
    }

    public enum Outcome { SIGNED_IN, NO_VERIFIED_EMAIL, UNCONFIRMED_ACCOUNT_EXISTS }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    Clock clock;

    public Result signIn(OAuthProviders.Identity identity, String ipAddress, String userAgent) {
        UUID known = (UUID) em.createNativeQuery("select auth_user_by_provider_account(?1, ?2)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, identity.provider()).setParameter(2, identity.accountId())
                .getSingleResult();
        if (known != null) {
            return signedIn(known, ipAddress, userAgent);
        }
        if (identity.verifiedEmail().isEmpty()) {
            return new Result(Outcome.NO_VERIFIED_EMAIL, null);
        }
        String email = Sessions.normalize(identity.verifiedEmail().get());
        List<Object[]> existing = em.createNativeQuery("select * from auth_credential_by_email(?1)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, email).getResultList();
        UUID userId;
        if (existing.isEmpty()) {
            userId = accounts.createVerifiedUser(email, identity.name());
        } else if (Boolean.TRUE.equals(existing.get(0)[2])) {
            userId = (UUID) existing.get(0)[0];
        } else {
            return new Result(Outcome.UNCONFIRMED_ACCOUNT_EXISTS, null);
        }
        tenancy.actAs(userId, null);
        em.persist(new Account(userId, identity.provider(), identity.accountId(), clock.instant()));
        return signedIn(userId, ipAddress, userAgent);
    }

    private Result signedIn(UUID userId, String ipAddress, String userAgent) {
        return new Result(Outcome.SIGNED_IN, sessions.open(userId, ipAddress, userAgent));
    }
}
