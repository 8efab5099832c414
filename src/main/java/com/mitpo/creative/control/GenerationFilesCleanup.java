package com.mitpo.creative.control;

import com.mitpo.account.boundary.WorkspaceDeleted;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** When a workspace is deleted, its generated assets leave the bucket once the rows are gone. */
@ApplicationScoped
public class GenerationFilesCleanup {

    @Inject
    ObjectStore store;

    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkspaceDeleted deleted) {
        store.deletePrefix(CreativeFiles.workspacePrefix(deleted.workspaceId()));
    }
}
