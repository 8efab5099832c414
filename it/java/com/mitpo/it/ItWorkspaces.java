package com.mitpo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

/** A signed-in user's workspace, and set-up done the way the app itself writes (as its role, in that workspace). */
public final class ItWorkspaces {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ItWorkspaces() {
    }

    /** The user and active workspace of a session, as the API reports them. */
    public record Member(UUID user, UUID workspace) {
    }

    public static Member of(URL base, String token) throws Exception {
        JsonNode session = JSON.readTree(Http.get(base, "/api/auth/get-session", ItUsers.cookieHeader(token)).body())
                .path("session");
        return new Member(UUID.fromString(session.path("userId").asText()),
                UUID.fromString(session.path("activeWorkspaceId").asText()));
    }

    /** A brand with colours, written as the app role inside the member's workspace. */
    public static UUID brand(Member member, String name) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection db = Database.asApp()) {
            db.setAutoCommit(false);
            try (PreparedStatement context = db.prepareStatement(
                    "select set_config('mitpo.user_id', ?, true), set_config('mitpo.workspace_id', ?, true)")) {
                context.setString(1, member.user().toString());
                context.setString(2, member.workspace().toString());
                context.execute();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into brand (id, workspace_id, name, tagline, "
                    + "primary_color, secondary_color, accent_color) values (?, ?, ?, 'Roasted in small batches', "
                    + "'#1F3A5F', '#F4F1EA', '#E07A5F')")) {
                insert.setObject(1, id);
                insert.setObject(2, member.workspace());
                insert.setString(3, name);
                insert.executeUpdate();
            }
            db.commit();
        }
        return id;
    }

    /** Sets the credit balance by an adjustment entry, as an operator would (superuser: the app may not). */
    public static void setBalance(UUID workspace, int credits) throws Exception {
        try (Connection db = Database.asSuperuser(); PreparedStatement insert = db.prepareStatement("""
                insert into credit_ledger (id, workspace_id, entry, amount, balance_after, note)
                select gen_random_uuid(), ?, 'adjustment',
                       ? - coalesce((select balance_after from credit_ledger where workspace_id = ? order by seq desc limit 1), 0),
                       ?, 'test set-up'""")) {
            insert.setObject(1, workspace);
            insert.setInt(2, credits);
            insert.setObject(3, workspace);
            insert.setInt(4, credits);
            insert.executeUpdate();
        }
    }
}
