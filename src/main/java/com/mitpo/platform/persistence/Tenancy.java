package com.mitpo.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;

/**
 * Changes who is acting for the rest of the current transaction: for the steps that learn
 * the user only after a look-up (sign-in, a session cookie, a mail link) or that work in a
 * workspace other than the request's (export, deletion, invitations). Applies to EclipseLink's
 * tenant property and to the transaction's connection; the request's {@link TenantContext}
 * stays as the gate set it, so later transactions of the request are not affected.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Tenancy {

    /** Stands in for "no workspace" in EclipseLink's filter: matches no row. */
    static final String NO_WORKSPACE = new UUID(0, 0).toString();

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void actAs(UUID userId, UUID workspaceId) {
        transactions.putResource(TenantInterceptor.APPLIED, Boolean.TRUE);
        em.setProperty(TenantContext.WORKSPACE_PROPERTY, workspaceId == null ? NO_WORKSPACE : workspaceId.toString());
        em.createNativeQuery("select set_config('mitpo.user_id', ?1, true), set_config('mitpo.workspace_id', ?2, true)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, userId == null ? "" : userId.toString())
                .setParameter(2, workspaceId == null ? "" : workspaceId.toString())
                .getSingleResult();
    }
}
