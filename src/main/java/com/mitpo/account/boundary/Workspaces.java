package com.mitpo.account.boundary;

import com.mitpo.account.control.AuthLookups;
import com.mitpo.account.control.AuthMailer;
import com.mitpo.account.control.EmailAddresses;
import com.mitpo.account.control.Tokens;
import com.mitpo.account.entity.Invitation;
import com.mitpo.account.entity.Session;
import com.mitpo.account.entity.User;
import com.mitpo.account.entity.Workspace;
import com.mitpo.account.entity.WorkspaceMember;
import com.mitpo.account.entity.WorkspaceRole;
import com.mitpo.platform.persistence.Queries;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Workspaces and their people: members with roles (owner, admin, member), invitations by
 * mail, and which workspace a session is working in. Owners and admins invite and remove;
 * only owners change roles; a workspace always keeps at least one owner.
 */
@Stateless
public class Workspaces {

    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    /** A member as the members page shows them. */
    public record Member(UUID userId, String name, String email, WorkspaceRole role) implements java.io.Serializable {
        // Jakarta EL 5 reads getters, not record accessors.
        public UUID getUserId() {
            return userId;
        }

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }

        public WorkspaceRole getRole() {
            return role;
        }
    }

    /** A workspace the user belongs to, for the switcher. */
    public record Membership(UUID workspaceId, String name, WorkspaceRole role) {
        public UUID getWorkspaceId() {
            return workspaceId;
        }

        public String getName() {
            return name;
        }
    }

    /** What an action on members can answer. */
    public enum Outcome { DONE, NOT_ALLOWED, LAST_OWNER, ALREADY_MEMBER, INVALID_EMAIL, NOT_FOUND, WRONG_ACCOUNT, EXPIRED }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuthMailer mailer;

    @Inject
    AuthLookups lookups;

    @Inject
    Clock clock;

    public List<Membership> mine(UUID userId) {
        tenancy.actAs(userId, null);
        return em.createQuery("select m from WorkspaceMember m where m.userId = :user order by m.createdAt",
                        WorkspaceMember.class).setParameter("user", userId).getResultList().stream()
                .map(m -> new Membership(m.getWorkspaceId(), name(userId, m.getWorkspaceId()), m.getRole()))
                .toList();
    }

    public List<Member> members(AuthenticatedSession session) {
        enter(session);
        return em.createQuery("select m, u from WorkspaceMember m, User u where u.id = m.userId "
                                + "and m.workspaceId = :ws order by m.createdAt", Object[].class)
                .setParameter("ws", session.workspaceId()).getResultList().stream()
                .map(row -> {
                    var m = (WorkspaceMember) row[0];
                    var u = (User) row[1];
                    return new Member(u.getId(), u.getName(), u.getEmail(), m.getRole());
                }).toList();
    }

    public List<Invitation> pendingInvitations(AuthenticatedSession session) {
        enter(session);
        return em.createQuery("select i from Invitation i where i.expiresAt > :now order by i.createdAt", Invitation.class)
                .setParameter("now", clock.instant()).getResultList();
    }

    public Optional<WorkspaceRole> roleOf(AuthenticatedSession session) {
        enter(session);
        return membership(session.userId(), session.workspaceId()).map(WorkspaceMember::getRole);
    }

    public Outcome invite(AuthenticatedSession session, String email, WorkspaceRole role) {
        if (role == WorkspaceRole.OWNER || !canManage(session)) {
            return Outcome.NOT_ALLOWED;
        }
        String address = EmailAddresses.normalize(email);
        if (!address.matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$") || address.length() > 254) {
            return Outcome.INVALID_EMAIL;
        }
        boolean member = members(session).stream().anyMatch(m -> EmailAddresses.same(m.email(), address));
        if (member) {
            return Outcome.ALREADY_MEMBER;
        }
        Instant now = clock.instant();
        String token = Tokens.newToken();
        em.persist(new Invitation(address, role, Tokens.hash(token), session.userId(),
                now.plus(INVITATION_LIFETIME), now));
        User inviter = em.find(User.class, session.userId());
        mailer.sendInvitation(address, inviter.getName() == null ? inviter.getEmail() : inviter.getName(),
                name(session.userId(), session.workspaceId()), token);
        return Outcome.DONE;
    }

    public Outcome revokeInvitation(AuthenticatedSession session, UUID invitationId) {
        if (!canManage(session)) {
            return Outcome.NOT_ALLOWED;
        }
        em.createQuery("delete from Invitation i where i.id = :id").setParameter("id", invitationId).executeUpdate();
        return Outcome.DONE;
    }

    public Outcome changeRole(AuthenticatedSession session, UUID userId, WorkspaceRole role) {
        if (roleOf(session).orElse(null) != WorkspaceRole.OWNER) {
            return Outcome.NOT_ALLOWED;
        }
        Optional<WorkspaceMember> target = membership(userId, session.workspaceId());
        if (target.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (target.get().getRole() == WorkspaceRole.OWNER && role != WorkspaceRole.OWNER && owners(session) == 1) {
            return Outcome.LAST_OWNER;
        }
        target.get().setRole(role);
        if (role == WorkspaceRole.MEMBER) {
            voidInvitationsBy(userId);
        }
        return Outcome.DONE;
    }

    public Outcome remove(AuthenticatedSession session, UUID userId) {
        Optional<WorkspaceRole> mine = roleOf(session);
        Optional<WorkspaceMember> target = membership(userId, session.workspaceId());
        if (target.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        boolean leaving = userId.equals(session.userId());
        boolean allowed = leaving || mine.orElse(null) == WorkspaceRole.OWNER
                || (mine.orElse(null) == WorkspaceRole.ADMIN && target.get().getRole() == WorkspaceRole.MEMBER);
        if (!allowed) {
            return Outcome.NOT_ALLOWED;
        }
        if (target.get().getRole() == WorkspaceRole.OWNER && owners(session) == 1) {
            return Outcome.LAST_OWNER;
        }
        em.remove(target.get());
        voidInvitationsBy(userId);
        return Outcome.DONE;
    }

    /** Invitations speak for who sent them: once that member may no longer invite, they go. */
    private void voidInvitationsBy(UUID userId) {
        em.createQuery("delete from Invitation i where i.invitedBy = :user").setParameter("user", userId).executeUpdate();
    }

    /**
     * Joins the workspace an invitation names, if it was sent to this user's (verified) email
     * and has not expired; the session then works in that workspace.
     */
    public Outcome accept(AuthenticatedSession session, String token) {
        Optional<Object[]> invitation = lookups.invitationByToken(token);
        if (invitation.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        Object[] row = invitation.get();
        UUID workspaceId = (UUID) row[1];
        tenancy.actAs(session.userId(), null);
        User user = em.find(User.class, session.userId());
        if (!user.isEmailVerified() || !EmailAddresses.same(user.getEmail(), (String) row[3])) {
            return Outcome.WRONG_ACCOUNT;
        }
        if (!Queries.instant(row[5]).isAfter(clock.instant())) {
            return Outcome.EXPIRED;
        }
        if (!lookups.inviterMayStillInvite((UUID) row[0])) {
            return Outcome.NOT_FOUND; // as if it had been voided: its sender no longer speaks for the workspace
        }
        tenancy.actAs(session.userId(), workspaceId);
        if (membership(session.userId(), workspaceId).isEmpty()) {
            em.persist(new WorkspaceMember(workspaceId, session.userId(),
                    WorkspaceRole.valueOf(((String) row[4]).toUpperCase(Locale.ROOT)), clock.instant()));
        }
        em.createQuery("delete from Invitation i where i.id = :id").setParameter("id", row[0]).executeUpdate();
        em.find(Session.class, session.sessionId()).switchTo(workspaceId, clock.instant());
        return Outcome.DONE;
    }

    /** Makes the session work in another of the user's workspaces. */
    public boolean switchTo(AuthenticatedSession session, UUID workspaceId) {
        tenancy.actAs(session.userId(), workspaceId);
        if (membership(session.userId(), workspaceId).isEmpty()) {
            return false;
        }
        em.find(Session.class, session.sessionId()).switchTo(workspaceId, clock.instant());
        return true;
    }

    private boolean canManage(AuthenticatedSession session) {
        WorkspaceRole role = roleOf(session).orElse(null);
        return role == WorkspaceRole.OWNER || role == WorkspaceRole.ADMIN;
    }

    private long owners(AuthenticatedSession session) {
        return members(session).stream().filter(m -> m.role() == WorkspaceRole.OWNER).count();
    }

    private Optional<WorkspaceMember> membership(UUID userId, UUID workspaceId) {
        return em.createQuery("select m from WorkspaceMember m where m.userId = :user and m.workspaceId = :ws",
                        WorkspaceMember.class)
                .setParameter("user", userId).setParameter("ws", workspaceId)
                .getResultStream().findFirst();
    }

    private String name(UUID userId, UUID workspaceId) {
        Workspace workspace = em.find(Workspace.class, workspaceId);
        return workspace == null ? "" : workspace.getName();
    }

    private void enter(AuthenticatedSession session) {
        tenancy.actAs(session.userId(), session.workspaceId());
    }
}
