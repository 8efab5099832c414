package com.mitpo.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must wait for the current transaction's outcome: bucket objects are deleted only
 * once their rows are gone for good, background work starts only once its row is visible, and
 * an object written for a transaction that rolled back is removed again.
 */
@ApplicationScoped
public class AfterCompletion {

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void onCommit(Runnable action) {
        on(Status.STATUS_COMMITTED, action);
    }

    public void onRollback(Runnable action) {
        on(Status.STATUS_ROLLEDBACK, action);
    }

    private void on(int outcome, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == outcome) {
                    action.run();
                }
            }
        });
    }
}
