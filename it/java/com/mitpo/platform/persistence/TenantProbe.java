package com.mitpo.platform.persistence;

import com.mitpo.account.entity.User;
import com.mitpo.account.entity.Workspace;
import com.mitpo.account.entity.WorkspaceMember;
import com.mitpo.account.entity.WorkspaceRole;
import com.mitpo.brand.entity.Brand;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test-only bean deployed beside the real WAR: each method is one transaction through the
 * application's own persistence unit, datasource and tenant listener.
 */
@Stateless
public class TenantProbe {

    @PersistenceContext
    EntityManager em;

    /** A user who owns a new workspace; call with the context already set to both ids. */
    public void createOwner(UUID userId, UUID workspaceId) {
        Instant now = Instant.now();
        em.persist(new Workspace(workspaceId, "Workspace " + workspaceId, now));
        em.flush();
        em.persist(new User(userId, userId + "@example.test", "Owner", now));
        em.flush();
        em.persist(new WorkspaceMember(workspaceId, userId, WorkspaceRole.OWNER, now));
    }

    public UUID createBrand(String name) {
        var brand = new Brand(name, Instant.now());
        em.persist(brand);
        return brand.getId();
    }

    public Brand findBrand(UUID id) {
        return em.find(Brand.class, id);
    }

    public List<String> brandNames() {
        return em.createQuery("select b.name from Brand b order by b.name", String.class).getResultList();
    }

    /** The SQL EclipseLink sends for a JPQL query that names no workspace. */
    public String sqlOfAllBrandsQuery() {
        var query = em.createQuery("select b from Brand b", Brand.class);
        query.getResultList(); // prepares the query
        return query.unwrap(org.eclipse.persistence.jpa.JpaQuery.class).getDatabaseQuery().getSQLString();
    }

    /**
     * A query that "forgets" its filter: only row-level security stands between tenants here.
     * EclipseLink refuses native SQL once multitenant entities exist; the hint overrides that
     * for this one query, as careless code could.
     */
    public long nativeBrandCount() {
        return ((Number) nativeQuery("select count(*) from brand").getSingleResult()).longValue();
    }

    public String storedWorkspaceOf(UUID brandId) {
        List<?> rows = nativeQuery("select workspace_id::text from brand where id = ?")
                .setParameter(1, brandId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private Query nativeQuery(String sql) {
        return em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long nativeBrandCountOutsideTransaction() {
        return nativeBrandCount();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Brand findBrandOutsideTransaction(UUID id) {
        return em.find(Brand.class, id);
    }
}
