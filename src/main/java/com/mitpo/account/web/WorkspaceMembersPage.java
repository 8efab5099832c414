package com.mitpo.account.web;

import com.mitpo.account.boundary.CurrentSession;
import com.mitpo.account.boundary.Workspaces;
import com.mitpo.account.entity.Invitation;
import com.mitpo.account.entity.WorkspaceRole;
import com.mitpo.platform.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** workspace/members.xhtml: who is in this workspace, with which role; invitations. */
@Named
@ViewScoped
public class WorkspaceMembersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workspaces workspaces;

    @Inject
    CurrentSession current;

    private List<Workspaces.Member> members;
    private List<InvitationRow> invitations;
    private WorkspaceRole myRole;
    private String inviteEmail;
    private WorkspaceRole inviteRole = WorkspaceRole.MEMBER;

    /** A pending invitation as the page shows it. */
    public record InvitationRow(UUID id, String email, String role, String expiresAt) implements Serializable {
        public UUID getId() {
            return id;
        }

        public String getEmail() {
            return email;
        }

        public String getRole() {
            return role;
        }

        public String getExpiresAt() {
            return expiresAt;
        }

        static InvitationRow of(Invitation invitation) {
            return new InvitationRow(invitation.getId(), invitation.getEmail(), invitation.getRole().dbValue(),
                    invitation.getExpiresAt().toString().substring(0, 10));
        }
    }

    @PostConstruct
    void load() {
        myRole = workspaces.roleOf(current.require()).orElse(null);
        members = workspaces.members(current.require());
        invitations = workspaces.pendingInvitations(current.require()).stream().map(InvitationRow::of).toList();
    }

    public void invite() {
        Workspaces.Outcome outcome = workspaces.invite(current.require(), inviteEmail, inviteRole);
        report(outcome, "members.invited", "email");
        if (outcome == Workspaces.Outcome.DONE) {
            inviteEmail = null;
        }
        load();
    }

    public void changeRole(UUID userId, WorkspaceRole role) {
        report(workspaces.changeRole(current.require(), userId, role), "members.roleChanged", null);
        load();
    }

    public void remove(UUID userId) {
        report(workspaces.remove(current.require(), userId), "members.removed", null);
        load();
    }

    public void revokeInvitation(UUID invitationId) {
        report(workspaces.revokeInvitation(current.require(), invitationId), "members.invitationRevoked", null);
        load();
    }

    private static void report(Workspaces.Outcome outcome, String doneKey, String fieldId) {
        if (outcome == Workspaces.Outcome.DONE) {
            Feedback.info(doneKey);
            return;
        }
        String message = "members.outcome." + outcome.name();
        if (fieldId != null && outcome == Workspaces.Outcome.INVALID_EMAIL) {
            Feedback.error(fieldId, message);
        } else {
            Feedback.pageError(message);
        }
    }

    public boolean isCanManage() {
        return myRole == WorkspaceRole.OWNER || myRole == WorkspaceRole.ADMIN;
    }

    public boolean isOwner() {
        return myRole == WorkspaceRole.OWNER;
    }

    public List<Workspaces.Member> getMembers() {
        return members;
    }

    public List<InvitationRow> getInvitations() {
        return invitations;
    }

    public WorkspaceRole[] getInvitableRoles() {
        return new WorkspaceRole[] {WorkspaceRole.MEMBER, WorkspaceRole.ADMIN};
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public WorkspaceRole getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(WorkspaceRole inviteRole) {
        this.inviteRole = inviteRole;
    }
}
