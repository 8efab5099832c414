package com.mitpo.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;

/**
 * Hands the request's workspace to EclipseLink's tenant filter once per transaction, at the
 * first EJB call inside it (bound to all EJBs in WEB-INF/ejb-jar.xml); nested calls and
 * {@link Tenancy#actAs} switches within the transaction are left alone. The property goes on
 * the transaction's EntityManager itself, which every query of the transaction reads.
 */
public class TenantInterceptor {

    /** Marks a transaction whose tenant property has been set. */
    static final Object APPLIED = TenantInterceptor.class.getName() + ".applied";

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object applyTenant(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(APPLIED) == null) {
            transactions.putResource(APPLIED, Boolean.TRUE);
            UUID workspace = TenantContext.current().workspaceId();
            em.setProperty(TenantContext.WORKSPACE_PROPERTY, workspace == null ? Tenancy.NO_WORKSPACE : workspace.toString());
        }
        return invocation.proceed();
    }
}
