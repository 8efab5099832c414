package com.mitpo.platform.ai;

import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Writes the call record in its own transaction, so a failed call is recorded too. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AiCallLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public void record(Attribution who, AiCall call) {
        tenancy.actAs(who.userId(), who.workspaceId());
        em.persist(call);
    }
}
