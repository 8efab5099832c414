package com.mitpo.account.web;

import com.mitpo.platform.storage.LinkSigner;
import com.mitpo.platform.storage.SignedLinks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Signed, 60-second download links to a user's data export: {@code exports/{id}?exp=…&sig=…}. */
@ApplicationScoped
public class ExportLinks {

    @Inject
    LinkSigner signer;

    private SignedLinks links;

    @PostConstruct
    void init() {
        links = signer.forRoute("exports");
    }

    /** Relative to the context path. */
    public String path(UUID exportId, UUID userId) {
        return links.path(exportId, userId);
    }

    public SignedLinks.Verdict verify(UUID exportId, UUID userId, String exp, String sig) {
        return links.verify(exportId, userId, exp, sig);
    }
}
