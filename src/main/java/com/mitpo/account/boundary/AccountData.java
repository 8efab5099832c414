package com.mitpo.account.boundary;

import com.mitpo.account.control.EmailAddresses;
import com.mitpo.account.entity.Account;
import com.mitpo.account.entity.Session;
import com.mitpo.account.entity.User;
import com.mitpo.account.entity.Workspace;
import com.mitpo.account.entity.WorkspaceMember;
import com.mitpo.platform.persistence.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a user may take with them and what goes when they leave: "export my data" (a zip of
 * JSON files) and "delete my account" (the user, their sessions, sign-in methods and
 * memberships, and the workspaces only they own, with everything in them).
 */
@Stateless
public class AccountData {

    /** How a deletion went. */
    public enum DeleteResult { DELETED, NOT_FRESH, WRONG_CONFIRMATION }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Event<DataExport> exports;

    @Inject
    Event<WorkspaceDeleted> deletions;

    @Inject
    Clock clock;

    public byte[] export(UUID userId) {
        tenancy.actAs(userId, null);
        User user = em.find(User.class, userId);
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            write(out, "profile.json", Json.createObjectBuilder()
                    .add("id", user.getId().toString()).add("email", user.getEmail())
                    .add("emailVerified", user.isEmailVerified())
                    .add("name", user.getName() == null ? "" : user.getName())
                    .add("createdAt", user.getCreatedAt().toString()).build());
            JsonArrayBuilder methods = Json.createArrayBuilder();
            em.createQuery("select a from Account a order by a.createdAt", Account.class).getResultList()
                    .forEach(a -> methods.add(Json.createObjectBuilder().add("provider", a.getProviderId())
                            .add("createdAt", a.getCreatedAt().toString())));
            write(out, "sign-in-methods.json", methods.build());
            JsonArrayBuilder sessions = Json.createArrayBuilder();
            em.createQuery("select s from Session s order by s.createdAt", Session.class).getResultList()
                    .forEach(s -> sessions.add(Json.createObjectBuilder().add("createdAt", s.getCreatedAt().toString())
                            .add("expiresAt", s.getExpiresAt().toString())
                            .add("ipAddress", String.valueOf(s.getIpAddress()))
                            .add("userAgent", String.valueOf(s.getUserAgent()))));
            write(out, "sessions.json", sessions.build());
            for (WorkspaceMember membership : memberships(userId)) {
                tenancy.actAs(userId, membership.getWorkspaceId());
                Workspace workspace = em.find(Workspace.class, membership.getWorkspaceId());
                String folder = "workspaces/" + workspace.getId() + "/";
                write(out, folder + "workspace.json", Json.createObjectBuilder()
                        .add("id", workspace.getId().toString()).add("name", workspace.getName())
                        .add("role", membership.getRole().dbValue())
                        .add("createdAt", workspace.getCreatedAt().toString()).build());
                var export = new DataExport(workspace.getId());
                exports.fire(export);
                for (Map.Entry<String, JsonStructure> part : export.parts().entrySet()) {
                    write(out, folder + part.getKey(), part.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    /**
     * Deletes the account of a user signed in within the last day who typed their email to
     * confirm. Workspaces where they are the only member go with all their content.
     */
    public DeleteResult delete(AuthenticatedSession session, String typedEmail) {
        if (!session.isFresh(clock.instant())) {
            return DeleteResult.NOT_FRESH;
        }
        UUID userId = session.userId();
        tenancy.actAs(userId, null);
        User user = em.find(User.class, userId);
        if (typedEmail == null || !EmailAddresses.same(user.getEmail(), typedEmail)) {
            return DeleteResult.WRONG_CONFIRMATION;
        }
        for (WorkspaceMember membership : memberships(userId)) {
            UUID workspaceId = membership.getWorkspaceId();
            tenancy.actAs(userId, workspaceId);
            long members = em.createQuery("select count(m) from WorkspaceMember m where m.workspaceId = :ws", Long.class)
                    .setParameter("ws", workspaceId).getSingleResult();
            if (members == 1) {
                deletions.fire(new WorkspaceDeleted(workspaceId));
                em.remove(em.find(Workspace.class, workspaceId)); // members, brands, generations follow by cascade
            }
        }
        tenancy.actAs(userId, null);
        em.remove(em.find(User.class, userId)); // sessions, sign-in methods, tokens, memberships by cascade
        return DeleteResult.DELETED;
    }

    private List<WorkspaceMember> memberships(UUID userId) {
        return em.createQuery("select m from WorkspaceMember m where m.userId = :user order by m.createdAt",
                WorkspaceMember.class).setParameter("user", userId).getResultList();
    }

    private static void write(ZipOutputStream out, String name, JsonStructure json) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        var bytes = new ByteArrayOutputStream();
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (var writer = writers.createWriter(bytes)) {
            writer.write(json);
        }
        out.write(bytes.toByteArray());
        out.closeEntry();
    }
}
