package com.mitpo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    @Test
    void nobodyBecomesEmptySettingsWhichPoliciesTreatAsNoRow() {
        assertEquals("", TenantContext.Tenant.NOBODY.userSetting());
        assertEquals("", TenantContext.Tenant.NOBODY.workspaceSetting());
    }

    @Test
    void idsBecomeTheirCanonicalText() {
        UUID user = UUID.randomUUID();
        UUID workspace = UUID.randomUUID();
        var tenant = new TenantContext.Tenant(user, workspace);
        assertEquals(user.toString(), tenant.userSetting());
        assertEquals(workspace.toString(), tenant.workspaceSetting());
    }

    @Test
    void outsideAContainerThereIsNoTenant() {
        assertEquals(TenantContext.Tenant.NOBODY, TenantContext.current());
    }
}
