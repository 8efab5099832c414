package com.mitpo.account.control;

import com.mitpo.account.boundary.ExportContribution;
import com.mitpo.account.entity.Account;
import com.mitpo.account.entity.DataExport;
import com.mitpo.account.entity.Session;
import com.mitpo.account.entity.User;
import com.mitpo.account.entity.Workspace;
import com.mitpo.account.entity.WorkspaceMember;
import com.mitpo.platform.persistence.AfterCompletion;
import com.mitpo.platform.persistence.Tenancy;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactions of a data export's way (see {@link ExportWork}), each its own and acting as
 * the export's user: gather what goes in (the account's records, then each workspace's from
 * every feature's {@link ExportContribution}), move the progress, and record the outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportSteps {

    /** How long a finished export (or its failure) is kept: long enough to download, short enough not to linger. */
    public static final Duration KEPT = Duration.ofDays(7);


    /** What goes into the zip: who and when for the manifest, then every part. */
    public record Plan(JsonObject header, List<ExportArchive.Entry> entries) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Event<ExportContribution> contributions;

    @Inject
    Clock clock;

    @Inject
    AfterCompletion afterCompletion;

    @Inject
    ObjectStore store;

    /**
     * Marks the export running and gathers its parts (again, when a worker takes it over from a
     * node that died); empty when it is gone or already finished.
     */
    public Optional<Plan> begin(UUID userId, UUID exportId) {
        tenancy.actAs(userId, null);
        DataExport export = em.find(DataExport.class, exportId);
        if (export == null || !export.isBusy()) {
            return Optional.empty();
        }
        export.running(clock.instant());
        User user = em.find(User.class, userId);
        var entries = new ArrayList<ExportArchive.Entry>();
        var account = new ExportContribution(null);
        account.records("profile", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", user.getId().toString()).add("email", user.getEmail())
                .add("emailVerified", user.isEmailVerified())
                .add("name", user.getName() == null ? "" : user.getName())
                .add("createdAt", user.getCreatedAt().toString())).build());
        JsonArrayBuilder methods = Json.createArrayBuilder();
        em.createQuery("select a from Account a order by a.createdAt", Account.class).getResultList()
                .forEach(a -> methods.add(Json.createObjectBuilder().add("provider", a.getProviderId())
                        .add("createdAt", a.getCreatedAt().toString())));
        account.records("sign-in-methods", methods.build());
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        em.createQuery("select s from Session s order by s.createdAt", Session.class).getResultList()
                .forEach(s -> sessions.add(Json.createObjectBuilder().add("createdAt", s.getCreatedAt().toString())
                        .add("expiresAt", s.getExpiresAt().toString())
                        .add("ipAddress", String.valueOf(s.getIpAddress()))
                        .add("userAgent", String.valueOf(s.getUserAgent()))));
        account.records("sessions", sessions.build());
        List<WorkspaceMember> memberships = em.createQuery(
                "select m from WorkspaceMember m where m.userId = :user order by m.createdAt", WorkspaceMember.class)
                .setParameter("user", userId).getResultList();
        JsonArrayBuilder joined = Json.createArrayBuilder();
        var workspaces = new ArrayList<ExportContribution>();
        for (WorkspaceMember membership : memberships) {
            tenancy.actAs(userId, membership.getWorkspaceId());
            Workspace workspace = em.find(Workspace.class, membership.getWorkspaceId());
            joined.add(Json.createObjectBuilder().add("workspaceId", workspace.getId().toString())
                    .add("workspace", workspace.getName()).add("role", membership.getRole().dbValue())
                    .add("joinedAt", membership.getCreatedAt().toString()));
            var contribution = new ExportContribution(workspace.getId());
            contribution.records("workspace", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", workspace.getId().toString()).add("name", workspace.getName())
                    .add("createdAt", workspace.getCreatedAt().toString())).build());
            contributions.fire(contribution);
            workspaces.add(contribution);
        }
        tenancy.actAs(userId, null);
        account.records("memberships", joined.build());
        account.parts().forEach(part -> entries.add(new ExportArchive.Entry(null, part)));
        workspaces.forEach(w -> w.parts().forEach(part -> entries.add(new ExportArchive.Entry(w.workspaceId(), part))));
        JsonObject header = Json.createObjectBuilder().add("format", "mitpo-data-export")
                .add("exportId", exportId.toString()).add("userId", userId.toString())
                .add("createdAt", clock.instant().toString()).build();
        return Optional.of(new Plan(header, entries));
    }

    /** Records the stored zip; false when the export was withdrawn meanwhile (its zip must go). */
    public boolean ready(UUID userId, UUID exportId, String objectKey, long size, String sha256, int files) {
        Optional<DataExport> export = find(userId, exportId).filter(DataExport::isBusy);
        export.ifPresent(e -> e.ready(objectKey, size, sha256, files, clock.instant(), clock.instant().plus(KEPT)));
        return export.isPresent();
    }

    /** Fails the export (why is the work's outcome); it is kept a week like a finished one. */
    public void failed(UUID userId, UUID exportId) {
        find(userId, exportId).filter(DataExport::isBusy)
                .ifPresent(e -> e.failed(clock.instant(), clock.instant().plus(KEPT)));
    }

    /** Housekeeping's step for one expired export: it leaves with its zip (the object once the row is gone for good). */
    public void expire(UUID userId, UUID exportId) {
        Optional<DataExport> export = find(userId, exportId);
        if (export.isEmpty()) {
            return;
        }
        em.remove(export.get());
        String key = export.get().getObjectKey();
        if (key != null) {
            afterCompletion.onCommit(() -> store.delete(key));
        }
    }

    private Optional<DataExport> find(UUID userId, UUID exportId) {
        tenancy.actAs(userId, null);
        return Optional.ofNullable(em.find(DataExport.class, exportId));
    }
}
