package com.mitpo.creative.boundary;

import com.mitpo.creative.control.AssetLinks;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs asset links for the signed-in user as pages render ({@code #{signedAssets.url(id)}}) and
 * checks them for the asset servlet. The secret is MITPO_ASSETS_SIGNING_SECRET (at least 32
 * bytes, the same on every node); without it a random one is made per process, which is fine for
 * one node and says so in the log.
 */
@Named
@ApplicationScoped
public class SignedAssets {

    private static final Logger LOG = Logger.getLogger(SignedAssets.class.getName());

    @Inject
    @ConfigProperty(name = "mitpo.assets.signing-secret")
    Optional<String> secret;

    @Inject
    TenantContext tenant;

    @Inject
    ServletContext servletContext;

    @Inject
    Clock clock;

    private AssetLinks links;

    @PostConstruct
    void init() {
        byte[] key;
        if (secret.isPresent() && !secret.get().isBlank()) {
            key = AssetLinks.key(secret.get());
        } else {
            LOG.warning("MITPO_ASSETS_SIGNING_SECRET is not set: asset links are signed with a per-process key, "
                    + "so they only open on the node that signed them. Set it (32+ bytes, the same everywhere) for a cluster.");
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
        links = new AssetLinks(key, clock);
    }

    /** A link, valid for 60 seconds, that opens this asset for the signed-in user; the path from the site root. */
    public String url(UUID assetId) {
        UUID user = tenant.userId().orElseThrow(() -> new IllegalStateException("no one is signed in"));
        return servletContext.getContextPath() + "/" + links.path(assetId, user);
    }

    /** The same link with the download flag, which makes the servlet answer as an attachment. */
    public String downloadUrl(UUID assetId) {
        return url(assetId) + "&download=1";
    }

    public AssetLinks.Verdict verify(UUID assetId, UUID userId, String exp, String sig) {
        return links.verify(assetId, userId, exp, sig);
    }
}
