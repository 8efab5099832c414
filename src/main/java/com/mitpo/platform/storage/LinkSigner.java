package com.mitpo.platform.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one secret behind every signed link (Studio assets, data exports). It is
 * MITPO_ASSETS_SIGNING_SECRET (at least 32 bytes, the same on every node); without it a random
 * one is made per process, which is fine for one node and says so in the log.
 */
@ApplicationScoped
public class LinkSigner {

    private static final Logger LOG = Logger.getLogger(LinkSigner.class.getName());

    @Inject
    @ConfigProperty(name = "mitpo.assets.signing-secret")
    Optional<String> secret;

    @Inject
    Clock clock;

    private byte[] key;

    @PostConstruct
    void init() {
        if (secret.isPresent() && !secret.get().isBlank()) {
            key = SignedLinks.key(secret.get());
        } else {
            LOG.warning("MITPO_ASSETS_SIGNING_SECRET is not set: links to files are signed with a per-process key, "
                    + "so they only open on the node that signed them. Set it (32+ bytes, the same everywhere) for a cluster.");
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    /** Links for the servlet mapped at {@code /{route}/*}. */
    public SignedLinks forRoute(String route) {
        return new SignedLinks(route, key, clock);
    }
}
