package com.mitpo.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Changes who is acting in the middle of a transaction: for the steps that learn the user
 * only after a look-up (sign-in, a session cookie, a mail link). Applies the change to the
 * request's {@link TenantContext}, to EclipseLink's tenant property and to the transaction's
 * connection.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Tenancy {

    /** Stands in for "no workspace" in EclipseLink's filter: matches no row. */
    private static final String NO_WORKSPACE = new UUID(0, 0).toString();

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantContext context;

    public void actAs(UUID userId, UUID workspaceId) {
        context.enter(userId, workspaceId);
        em.setProperty(TenantContext.WORKSPACE_PROPERTY, workspaceId == null ? NO_WORKSPACE : workspaceId.toString());
        em.createNativeQuery("select set_config('mitpo.user_id', ?1, true), set_config('mitpo.workspace_id', ?2, true)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, userId == null ? "" : userId.toString())
                .setParameter(2, workspaceId == null ? "" : workspaceId.toString())
                .getSingleResult();
    }
}
