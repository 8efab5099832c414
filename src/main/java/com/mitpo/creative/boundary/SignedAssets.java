package com.mitpo.creative.boundary;

import com.mitpo.platform.storage.LinkSigner;
import com.mitpo.platform.storage.SignedLinks;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.UUID;

/**
 * Signs asset links for the signed-in user as pages render ({@code #{signedAssets.url(id)}}) and
 * checks them for the asset servlet; the secret is {@link LinkSigner}'s.
 */
@Named
@ApplicationScoped
public class SignedAssets {

    @Inject
    LinkSigner signer;

    @Inject
    TenantContext tenant;

    @Inject
    ServletContext servletContext;

    private SignedLinks links;

    @PostConstruct
    void init() {
        links = signer.forRoute("assets");
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

    public SignedLinks.Verdict verify(UUID assetId, UUID userId, String exp, String sig) {
        return links.verify(assetId, userId, exp, sig);
    }
}
