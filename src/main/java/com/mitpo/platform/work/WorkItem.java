package com.mitpo.platform.work;

import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A work item as the workspace reads it (under the tenant filter like every tenant table). Read
 * only: the engine writes items in its own short transactions ({@link WorkClaims}, {@link WorkQueue}).
 */
@Entity
@ReadOnly
@Table(name = "work_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class WorkItem {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(nullable = false)
    private String status;

    private int progress;

    private String step;

    @Column(name = "outcome_code")
    private String outcomeCode;

    @Column(name = "outcome_params")
    private String outcomeParams;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected WorkItem() {
    }

    WorkState state() {
        return WorkState.stored(status, progress, step, outcomeCode, outcomeParams, createdAt, finishedAt);
    }

    UUID subjectId() {
        return subjectId;
    }
}
