package com.mitpo.account.boundary;

import java.util.Optional;

/**
 * Who an OAuth provider says this is, as {@link SocialSignIn} takes it. {@code verifiedEmail} is
 * present only when the provider vouches for it.
 */
public record OAuthIdentity(String provider, String accountId, Optional<String> verifiedEmail, String name) {
}
