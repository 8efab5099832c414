package com.mitpo.account.boundary;

import com.mitpo.account.entity.Account;
import com.mitpo.platform.persistence.Tenancy;
import com.mitpo.account.control.AuthLookups;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
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
    AuthLookups lookups;

    @Inject
    Clock clock;

    public Result signIn(OAuthIdentity identity, String ipAddress, String userAgent) {
        Optional<UUID> known = lookups.userByProviderAccount(identity.provider(), identity.accountId());
        if (known.isPresent()) {
            return signedIn(known.get(), ipAddress, userAgent);
        }
        if (identity.verifiedEmail().isEmpty()) {
            return new Result(Outcome.NO_VERIFIED_EMAIL, null);
        }
        String email = Sessions.normalize(identity.verifiedEmail().get());
        Optional<AuthLookups.Credential> existing = lookups.credentialByEmail(email);
        UUID userId;
        if (existing.isEmpty()) {
            userId = accounts.createVerifiedUser(email, identity.name());
        } else if (existing.get().emailVerified()) {
            userId = existing.get().userId();
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
