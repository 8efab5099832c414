package com.mitpo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Deployments;
import com.mitpo.brand.entity.Brand;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's persistence layer inside Payara Micro, as the app role: the tenant
 * listener, EclipseLink's multitenant filter, no shared cache, and reads outside a transaction.
 */
@ExtendWith(ArquillianExtension.class)
class TenantFilterIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testRun();
    }

    @Inject
    TenantContext tenant;

    @Inject
    TenantProbe probe;

    private final UUID userA = UUID.randomUUID();
    private final UUID workspaceA = UUID.randomUUID();
    private final UUID userB = UUID.randomUUID();
    private final UUID workspaceB = UUID.randomUUID();

    private UUID brandA;
    private UUID brandB;

    private void twoWorkspacesWithABrandEach() {
        tenant.enter(userA, workspaceA);
        probe.createOwner(userA, workspaceA);
        brandA = probe.createBrand("Alpha " + workspaceA);
        tenant.enter(userB, workspaceB);
        probe.createOwner(userB, workspaceB);
        brandB = probe.createBrand("Bravo " + workspaceB);
    }

    @Test
    void findOfAnotherWorkspacesIdReturnsNullEvenRightAfterItWasRead() {
        twoWorkspacesWithABrandEach();
        tenant.enter(userB, workspaceB);
        assertNotNull(probe.findBrand(brandB), "B reads its own brand (it would now sit in a shared cache)");

        tenant.enter(userA, workspaceA);
        assertNull(probe.findBrand(brandB), "A found B's brand");
        assertNotNull(probe.findBrand(brandA));
    }

    @Test
    void queriesSeeOnlyTheCurrentWorkspace() {
        twoWorkspacesWithABrandEach();
        tenant.enter(userA, workspaceA);

        List<String> names = probe.brandNames();
        assertEquals(List.of("Alpha " + workspaceA), names.stream().filter(n -> n.endsWith(workspaceA.toString())
                || n.endsWith(workspaceB.toString())).toList());
        assertTrue(names.stream().allMatch(n -> n.startsWith("Alpha")), "JPQL saw " + names);
        assertEquals(names.size(), probe.nativeBrandCount(), "native count without WHERE");
    }

    @Test
    void theJpaLayerAddsTheWorkspaceToQueriesThatNameNone() {
        twoWorkspacesWithABrandEach();
        tenant.enter(userA, workspaceA);

        String sql = probe.sqlOfAllBrandsQuery().toLowerCase(java.util.Locale.ROOT);
        assertTrue(sql.matches("(?s).*where.*workspace_id = \\?.*"), sql);
    }

    @Test
    void newRowsAreStampedWithTheCurrentWorkspaceWithoutTheCodeNamingIt() {
        twoWorkspacesWithABrandEach();
        tenant.enter(userA, workspaceA);

        assertEquals(workspaceA.toString(), probe.storedWorkspaceOf(brandA));
    }

    @Test
    void readsOutsideATransactionSeeNothing() {
        twoWorkspacesWithABrandEach();
        tenant.enter(userA, workspaceA);
        assertTrue(probe.nativeBrandCount() > 0);

        assertEquals(0, probe.nativeBrandCountOutsideTransaction());
        Brand found;
        try {
            found = probe.findBrandOutsideTransaction(brandA);
        } catch (jakarta.ejb.EJBException refused) {
            found = null; // EclipseLink refuses: no tenant is set outside a transaction
        }
        assertNull(found, "a read outside a transaction must not see tenant rows");
    }

    @Test
    void withoutAContextNothingIsVisible() {
        twoWorkspacesWithABrandEach();
        tenant.clear();

        assertEquals(0, probe.nativeBrandCount());
    }
}
