package com.mitpo.account.web;

import com.mitpo.account.boundary.CurrentSession;
import com.mitpo.account.boundary.Workspaces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.omnifaces.util.Faces;

/** The workspace menu in the app's top bar. */
@Named
@RequestScoped
public class WorkspaceSwitcher {

    @Inject
    Workspaces workspaces;

    @Inject
    CurrentSession current;

    private List<Workspaces.Membership> mine;
    private UUID selected;

    public List<Workspaces.Membership> getWorkspaces() {
        if (mine == null) {
            mine = current.isSignedIn() ? workspaces.mine(current.require().userId()) : List.of();
        }
        return mine;
    }

    public UUID getSelected() {
        return selected != null ? selected : current.get().map(s -> s.workspaceId()).orElse(null);
    }

    public void setSelected(UUID selected) {
        this.selected = selected;
    }

    public void switchWorkspace() throws IOException {
        workspaces.switchTo(current.require(), selected);
        Faces.redirect(Faces.getRequestContextPath() + "/home");
    }
}
