package com.mitpo.account.boundary;

import com.mitpo.account.control.AuthMailer;
import com.mitpo.account.control.DeletionReceipt;
import com.mitpo.account.control.EmailAddresses;
import com.mitpo.account.control.ExportWork;
import com.mitpo.account.entity.DataExport;
import com.mitpo.account.entity.User;
import com.mitpo.account.entity.Workspace;
import com.mitpo.account.entity.WorkspaceMember;
import com.mitpo.account.entity.WorkspaceRole;
import com.mitpo.platform.persistence.AfterCompletion;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.Tenancy;
import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.platform.work.WorkPriority;
import com.mitpo.platform.work.WorkQueue;
import com.mitpo.platform.work.WorkState;
import com.mitpo.platform.work.WorkStates;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a user may take with them and what goes when they leave: "export my data" (a zip of
 * their records and files, see {@link ExportContribution}) and "delete my account" (the user,
 * their sessions, sign-in methods, memberships and exports, the workspaces only they are in with
 * everything in them, and the shared ones they were the last owner of as they chose; a receipt
 * is mailed).
 */
@Stateless
public class AccountData {

    /** How a deletion went. */
    public enum DeleteResult { DELETED, NOT_FRESH, WRONG_CONFIRMATION, UNDECIDED }

    /** The decision that a shared workspace goes with the account, with everything in it. */
    public static final UUID DELETE_WORKSPACE = new UUID(0, 0);

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    WorkQueue work;

    @Inject
    WorkStates workStates;

    @Inject
    AuthMailer mailer;

    @Inject
    ObjectStore store;

    @Inject
    AfterCompletion afterCompletion;

    @Inject
    Event<WorkspaceDeleted> deletions;

    @Inject
    Clock clock;

    /** How asking for an export went. */
    public enum ExportRequest { STARTED, ALREADY_PREPARING }

    /**
     * Starts preparing a zip of everything MITPO keeps about the user, in the background; an
     * earlier export (and its zip) gives way to the new one. One at a time.
     */
    public ExportRequest requestExport(UUID userId) {
        tenancy.actAs(userId, null);
        List<DataExport> earlier = em.createQuery("select e from DataExport e where e.userId = :user", DataExport.class)
                .setParameter("user", userId).getResultList();
        if (earlier.stream().anyMatch(DataExport::isBusy)) {
            return ExportRequest.ALREADY_PREPARING;
        }
        for (DataExport old : earlier) {
            em.remove(old);
            if (old.getObjectKey() != null) {
                afterCompletion.onCommit(() -> store.delete(old.getObjectKey()));
            }
        }
        var export = new DataExport(userId, clock.instant());
        em.persist(export);
        work.enqueueForUser(ExportWork.KIND, export.getId(), WorkPriority.BATCH); // no one waits on the page for it
        return ExportRequest.STARTED;
    }

    /** The user's latest export, being prepared or done. */
    public Optional<DataExport> latestExport(UUID userId) {
        tenancy.actAs(userId, null);
        return em.createQuery("select e from DataExport e where e.userId = :user order by e.createdAt desc",
                DataExport.class).setParameter("user", userId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** How the work on one of the user's exports stands (progress, why it failed), as the engine records it. */
    public WorkState exportWork(UUID userId, UUID exportId) {
        tenancy.actAs(userId, null);
        return workStates.ofUser(ExportWork.KIND, exportId);
    }

    /** The user's export with this id, if it is ready and not yet expired: what the download may serve. */
    public Optional<DataExport> downloadableExport(UUID userId, UUID exportId) {
        tenancy.actAs(userId, null);
        return Optional.ofNullable(em.find(DataExport.class, exportId))
                .filter(e -> e.getStatus() == DataExport.Status.READY && e.getExpiresAt().isAfter(clock.instant()));
    }

    /** A workspace the user is the last owner of, shared with others: what becomes of it is their choice. */
    public record SharedWorkspace(UUID id, String name, List<Heir> members) {

        /** The member with this id, if they may take the workspace over. */
        public Optional<Heir> heir(UUID userId) {
            return members.stream().filter(h -> h.userId().equals(userId)).findFirst();
        }
    }

    /** A member who could take a workspace over. */
    public record Heir(UUID userId, String label) {
    }

    /**
     * The workspaces that would be left without an owner: the user is their only owner and
     * others are members. Deleting the account needs a decision for each.
     */
    public List<SharedWorkspace> lastOwnerOf(UUID userId) {
        tenancy.actAs(userId, null);
        var shared = new java.util.ArrayList<SharedWorkspace>();
        for (WorkspaceMember membership : memberships(userId)) {
            if (membership.getRole() != WorkspaceRole.OWNER) {
                continue;
            }
            tenancy.actAs(userId, membership.getWorkspaceId());
            List<WorkspaceMember> others = em.createQuery("select m from WorkspaceMember m where m.workspaceId = :ws "
                    + "and m.userId <> :user order by m.createdAt", WorkspaceMember.class)
                    .setParameter("ws", membership.getWorkspaceId()).setParameter("user", userId).getResultList();
            if (!others.isEmpty() && others.stream().noneMatch(m -> m.getRole() == WorkspaceRole.OWNER)) {
                List<Heir> heirs = others.stream().map(m -> new Heir(m.getUserId(), label(em.find(User.class, m.getUserId()))))
                        .toList();
                shared.add(new SharedWorkspace(membership.getWorkspaceId(),
                        em.find(Workspace.class, membership.getWorkspaceId()).getName(), heirs));
            }
        }
        tenancy.actAs(userId, null);
        return shared;
    }

    /**
     * Deletes the account of a user signed in within the last day who typed their email to
     * confirm. Workspaces where they are the only member go with all their content; for each
     * workspace they are the last owner of among other members, {@code decisions} says who takes
     * it over (a member's id) or that it goes with its data ({@link #DELETE_WORKSPACE}).
     */
    public DeleteResult delete(AuthenticatedSession session, String typedEmail, Map<UUID, UUID> decisions) {
        if (!session.isFresh(clock.instant())) {
            return DeleteResult.NOT_FRESH;
        }
        UUID userId = session.userId();
        tenancy.actAs(userId, null);
        User user = em.find(User.class, userId);
        if (typedEmail == null || !EmailAddresses.same(user.getEmail(), typedEmail)) {
            return DeleteResult.WRONG_CONFIRMATION;
        }
        Map<UUID, SharedWorkspace> shared = lastOwnerOf(userId).stream()
                .collect(java.util.stream.Collectors.toMap(SharedWorkspace::id, w -> w));
        for (SharedWorkspace workspace : shared.values()) {
            UUID decision = decisions.get(workspace.id());
            if (decision == null || !(decision.equals(DELETE_WORKSPACE) || workspace.heir(decision).isPresent())) {
                return DeleteResult.UNDECIDED;
            }
        }
        var receipt = new DeletionReceipt(user.getEmail(), clock.instant());
        List<WorkspaceMember> memberships = memberships(userId);
        receipt.account(count("select count(*) from session"), count("select count(*) from account"), memberships.size(),
                count("select count(*) from data_export"));
        for (WorkspaceMember membership : memberships) {
            UUID workspaceId = membership.getWorkspaceId();
            tenancy.actAs(userId, workspaceId);
            long members = em.createQuery("select count(m) from WorkspaceMember m where m.workspaceId = :ws", Long.class)
                    .setParameter("ws", workspaceId).getSingleResult();
            UUID decision = decisions.get(workspaceId);
            SharedWorkspace lastOwnerOf = shared.get(workspaceId);
            Workspace workspace = em.find(Workspace.class, workspaceId);
            if (members == 1 || (lastOwnerOf != null && DELETE_WORKSPACE.equals(decision))) {
                receipt.workspaceDeleted(workspace.getName(), store.list(ObjectStore.workspacePrefix(workspaceId)).size());
                deletions.fire(new WorkspaceDeleted(workspaceId));
                em.remove(workspace); // members, brands, generations follow by cascade
            } else if (lastOwnerOf != null) {
                em.createQuery("select m from WorkspaceMember m where m.workspaceId = :ws and m.userId = :heir",
                        WorkspaceMember.class).setParameter("ws", workspaceId).setParameter("heir", decision)
                        .getSingleResult().setRole(WorkspaceRole.OWNER);
                receipt.workspaceHandedOver(workspace.getName(), lastOwnerOf.heir(decision).map(Heir::label).orElse(""));
            }
            em.flush(); // as this workspace: row-level security checks the change under its context
        }
        tenancy.actAs(userId, null);
        receipt.ledgerAnonymised(((Number) em.createNativeQuery("select anonymise_credit_ledger()")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).getSingleResult()).intValue());
        em.remove(em.find(User.class, userId)); // sessions, sign-in methods, tokens, memberships, exports by cascade
        afterCompletion.onCommit(() -> store.deletePrefix(ExportWork.userPrefix(userId)));
        afterCompletion.onCommit(() -> mailer.sendDeletionReceipt(user.getEmail(), receipt));
        return DeleteResult.DELETED;
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true).getSingleResult()).longValue();
    }

    private static String label(User user) {
        return user.getName() == null || user.getName().isBlank() ? user.getEmail()
                : user.getName() + " (" + user.getEmail() + ")";
    }

    private List<WorkspaceMember> memberships(UUID userId) {
        return em.createQuery("select m from WorkspaceMember m where m.userId = :user order by m.createdAt",
                WorkspaceMember.class).setParameter("user", userId).getResultList();
    }
}
