package com.mitpo.billing.control;

import com.mitpo.account.boundary.WorkspaceCreated;
import com.mitpo.billing.boundary.Credits;
import com.mitpo.billing.entity.LedgerEntry.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every new workspace starts with demo credits (MITPO_CREDITS_DEMO_GRANT, 100 by default). */
@ApplicationScoped
public class DemoGrant {

    @Inject
    Credits credits;

    @Inject
    @ConfigProperty(name = "mitpo.credits.demo-grant", defaultValue = "100")
    int demoCredits;

    void onCreated(@Observes WorkspaceCreated created) {
        if (demoCredits > 0) {
            credits.grant(Kind.GRANT, demoCredits, "demo-grant"); // the creating transaction acts for the new workspace
        }
    }
}
