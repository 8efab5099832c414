package com.mitpo.account.web;

import com.mitpo.account.boundary.AccountData;
import com.mitpo.account.boundary.Accounts;
import com.mitpo.account.boundary.AuthenticatedSession;
import com.mitpo.account.boundary.CurrentSession;
import com.mitpo.account.boundary.Sessions;
import com.mitpo.account.control.RateLimiter;
import com.mitpo.account.entity.Account;
import com.mitpo.account.entity.Session;
import com.mitpo.platform.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.omnifaces.util.Faces;

/** account/settings.xhtml: profile, password, sign-in methods, sessions, export and deletion. */
@Named
@ViewScoped
public class AccountSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    AccountData accountData;

    @Inject
    Sessions sessions;

    @Inject
    CurrentSession current;

    @Inject
    SessionCookie cookie;

    @Inject
    ExportLinks links;

    private String email;
    private String name;
    private String currentPassword;
    private String newPassword;
    private boolean revokeOthers = true;
    private String deleteConfirmation;
    private UUID currentSessionId;
    private List<SessionRow> activeSessions;
    private List<String> methods;
    private ExportRow export;
    private List<AccountData.SharedWorkspace> shared;
    /** Workspace id → the member who takes it over, or {@link AccountData#DELETE_WORKSPACE}: the page's choices. */
    private final Map<String, String> handovers = new HashMap<>();

    /** One line of the sessions table. */
    public record SessionRow(UUID id, String createdAt, String lastSeen, String ipAddress, String userAgent,
            boolean current) implements Serializable {
        public UUID getId() {
            return id;
        }

        public String getCreatedAt() {
            return createdAt;
        }

        public String getLastSeen() {
            return lastSeen;
        }

        public String getIpAddress() {
            return ipAddress;
        }

        public String getUserAgent() {
            return userAgent;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    @PostConstruct
    void load() {
        AuthenticatedSession session = current.require();
        currentSessionId = session.sessionId();
        var user = accounts.profile(session.userId());
        email = user.getEmail();
        name = user.getName();
        methods = accounts.signInMethods(session.userId()).stream().map(Account::getProviderId)
                .map(AccountSettingsPage::methodLabel).toList();
        loadSessions();
        loadExport();
        shared = accountData.lastOwnerOf(session.userId());
    }

    private void loadSessions() {
        activeSessions = sessions.list(current.require().userId()).stream().map(this::row).toList();
    }

    private SessionRow row(Session s) {
        return new SessionRow(s.getId(), s.getCreatedAt().toString().substring(0, 16).replace('T', ' '),
                s.getUpdatedAt().toString().substring(0, 16).replace('T', ' '), s.getIpAddress(), s.getUserAgent(),
                s.getId().equals(currentSessionId));
    }

    public void saveProfile() {
        if (accounts.rename(current.require().userId(), name)) {
            Feedback.info("settings.profile.saved");
        } else {
            Feedback.error("name", "settings.profile.invalid");
        }
    }

    public void changePassword() {
        Accounts.ChangeResult result = accounts.changePassword(current.require(), currentPassword, newPassword, revokeOthers);
        currentPassword = null;
        newPassword = null;
        switch (result) {
            case CHANGED -> {
                Feedback.info("settings.password.changed");
                loadSessions();
            }
            case NOT_FRESH -> Feedback.pageError("settings.notFresh");
            case WRONG_PASSWORD -> Feedback.error("current", "settings.password.wrong");
            case THROTTLED -> Feedback.error("current", "settings.password.throttled",
                    RateLimiter.ACCOUNT_FAILURES.window().toMinutes());
            default -> Feedback.error("new", result.messageKey());
        }
    }

    public void revoke(UUID sessionId) {
        sessions.revoke(current.require().userId(), sessionId);
        loadSessions();
        Feedback.info("settings.sessions.revoked");
    }

    public void revokeOtherSessions() {
        sessions.revokeOthers(current.require().userId(), currentSessionId);
        loadSessions();
        Feedback.info("settings.sessions.revoked");
    }

    /** Starts preparing the export; the poll follows it. */
    public void prepareExport() {
        switch (accountData.requestExport(current.require().userId())) {
            case STARTED -> Feedback.info("settings.export.started");
            case ALREADY_PREPARING -> Feedback.warn("settings.export.busy");
        }
        loadExport(); // the form re-renders its poll, which runs while the export is busy
    }

    /** The poll: follows the export until it is ready or failed (the page stops it then). */
    public void refreshExport() {
        loadExport();
    }

    /** Sends the browser to a freshly signed link: a link on the page would expire within a minute. */
    public void downloadExport() throws IOException {
        loadExport();
        if (export == null || !export.isReady()) {
            Feedback.pageError("settings.export.gone");
            return;
        }
        Faces.redirect(Faces.getRequestContextPath() + "/" + links.path(export.id(), current.require().userId()));
    }

    private void loadExport() {
        UUID me = current.require().userId();
        export = accountData.latestExport(me).map(e -> ExportRow.of(e, accountData.exportWork(me, e.getId()))).orElse(null);
    }

    public void deleteAccount() throws IOException {
        Map<UUID, UUID> decisions = new HashMap<>();
        handovers.forEach((workspace, choice) -> {
            if (choice == null || choice.isBlank()) {
                return; // "Choose what happens to it": undecided, and the page says so
            }
            try {
                decisions.put(UUID.fromString(workspace), UUID.fromString(choice));
            } catch (IllegalArgumentException notAnOption) {
                // a value no option has: undecided too
            }
        });
        switch (accountData.delete(current.require(), deleteConfirmation, decisions)) {
            case DELETED -> {
                cookie.clear(Faces.getResponse());
                Faces.invalidateSession();
                Faces.redirect(Faces.getRequestContextPath() + "/?accountDeleted=true");
            }
            case NOT_FRESH -> Feedback.pageError("settings.notFresh");
            case WRONG_CONFIRMATION -> Feedback.error("confirmation", "settings.delete.mismatch");
            case UNDECIDED -> {
                shared = accountData.lastOwnerOf(current.require().userId());
                Feedback.pageError("settings.delete.undecided");
            }
        }
    }

    private static String methodLabel(String providerId) {
        return switch (providerId) {
            case "credential" -> Labels.get("settings.methods.password");
            case "google" -> "Google";
            case "github" -> "GitHub";
            default -> providerId;
        };
    }

    public List<AccountData.SharedWorkspace> getShared() {
        return shared;
    }

    public Map<String, String> getHandovers() {
        return handovers;
    }

    public String getDeleteWorkspace() {
        return AccountData.DELETE_WORKSPACE.toString();
    }

    public ExportRow getExport() {
        return export;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isRevokeOthers() {
        return revokeOthers;
    }

    public void setRevokeOthers(boolean revokeOthers) {
        this.revokeOthers = revokeOthers;
    }

    public String getDeleteConfirmation() {
        return deleteConfirmation;
    }

    public void setDeleteConfirmation(String deleteConfirmation) {
        this.deleteConfirmation = deleteConfirmation;
    }

    public List<SessionRow> getActiveSessions() {
        return activeSessions;
    }

    public List<String> getMethods() {
        return methods;
    }
}
