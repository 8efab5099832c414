package com.mitpo.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Changes who is acting for the rest of the current transaction: for the steps that learn
 * the user only after a look-up (sign-in, a session cookie, a mail link) or that work in a
 * workspace other than the request's (export, deletion, invitations). Applies to EclipseLink's
 * tenant property and to the transaction's connection, and {@link TenantContext} answers with
 * the new identity until the transaction ends; the request's own values stay as the gate set
 * them, so later transactions of the request are not affected.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Tenancy {

    /** Stands in for "no workspace" in EclipseLink's filter: matches no row. */
    static final String NO_WORKSPACE = new UUID(0, 0).toString();

    /** The transaction resource under which the switched identity is kept. */
    private static final Object ACTING = Tenancy.class.getName() + ".acting";
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static volatile TransactionSynchronizationRegistry registry;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void actAs(Actor actor) {
        actAs(actor.userId(), actor.workspaceId());
    }

    public void actAs(UUID userId, UUID workspaceId) {
        transactions.putResource(TenantInterceptor.APPLIED, Boolean.TRUE);
        transactions.putResource(ACTING, new TenantContext.Tenant(userId, workspaceId));
        em.setProperty(TenantContext.WORKSPACE_PROPERTY, workspaceId == null ? NO_WORKSPACE : workspaceId.toString());
        em.createNativeQuery("select set_config('mitpo.user_id', ?1, true), set_config('mitpo.workspace_id', ?2, true)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, userId == null ? "" : userId.toString())
                .setParameter(2, workspaceId == null ? "" : workspaceId.toString())
                .getSingleResult();
    }

    /** The identity {@link #actAs} switched the running transaction to, if it did. */
    static Optional<TenantContext.Tenant> actingInTransaction() {
        try {
            TransactionSynchronizationRegistry transactions = registry();
            if (transactions.getTransactionKey() == null) {
                return Optional.empty();
            }
            return Optional.ofNullable((TenantContext.Tenant) transactions.getResource(ACTING));
        } catch (NamingException | IllegalStateException outsideTheContainer) {
            return Optional.empty();
        }
    }

    private static TransactionSynchronizationRegistry registry() throws NamingException {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            found = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            registry = found; // one per server: safe to keep
        }
        return found;
    }
}
