package com.mitpo.account.web;

import com.mitpo.account.boundary.CurrentSession;
import com.mitpo.account.boundary.Workspaces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** workspace/accept.xhtml: the link in an invitation mail (the gate has made sure someone is signed in). */
@Named
@RequestScoped
public class WorkspaceAcceptPage {

    @Inject
    Workspaces workspaces;

    @Inject
    CurrentSession current;

    private String token;
    private Workspaces.Outcome outcome;

    public void accept() throws IOException {
        outcome = workspaces.accept(current.require(), token);
        if (outcome == Workspaces.Outcome.DONE) {
            Faces.redirect(Faces.getRequestContextPath() + "/workspace/members?joined=true");
        }
    }

    public String getProblem() {
        return outcome == null ? null : Labels.get("members.outcome." + outcome.name());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
