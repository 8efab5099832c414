package com.mitpo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.it.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Row-level security on its own, as the app role with queries that "forget" their filter:
 * whatever the application layer does, PostgreSQL shows a tenant only its own rows.
 */
class TenantIsolationIT {

    /** The acting tenant's own brand: rows that name it but another workspace must still be refused. */
    static final String OWN_BRAND =
            "(select id from brand where workspace_id = current_setting('mitpo.workspace_id')::uuid limit 1)";
    static final String OWN_GENERATION =
            "(select id from generation where workspace_id = current_setting('mitpo.workspace_id')::uuid limit 1)";
    static final String OWN_THREAD =
            "(select id from assistant_thread where workspace_id = current_setting('mitpo.workspace_id')::uuid limit 1)";
    static final String OWN_MESSAGE =
            "(select id from assistant_message where workspace_id = current_setting('mitpo.workspace_id')::uuid limit 1)";
    static final String ACTING_USER = "current_setting('mitpo.user_id')::uuid";
    static final String OWN_DOCUMENT =
            "(select id from brand_document where workspace_id = current_setting('mitpo.workspace_id')::uuid limit 1)";

    /** Every tenant table, with the column that says whose a row is and how to write one. */
    enum TenantTable {
        WORKSPACE("workspace", "id", Scope.WORKSPACE,
                "insert into workspace (id, name) values (?, 'Intruder')"),
        WORKSPACE_MEMBER("workspace_member", "workspace_id", Scope.WORKSPACE,
                "insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, current_setting('mitpo.user_id')::uuid, 'owner')"),
        USER("\"user\"", "id", Scope.USER,
                "insert into \"user\" (id, email) values (?, gen_random_uuid() || '@intruder.test')"),
        SESSION("session", "user_id", Scope.USER,
                "insert into session (id, user_id, token_hash, expires_at) values (gen_random_uuid(), ?, gen_random_uuid()::text::bytea, now() + interval '1 day')"),
        ACCOUNT("account", "user_id", Scope.USER,
                "insert into account (id, user_id, provider_id, account_id) values (gen_random_uuid(), ?, 'github', gen_random_uuid()::text)"),
        VERIFICATION("verification", "user_id", Scope.USER,
                "insert into verification (id, user_id, identifier, value_hash, expires_at) values (gen_random_uuid(), ?, 'email', gen_random_uuid()::text::bytea, now())"),
        BRAND("brand", "workspace_id", Scope.WORKSPACE,
                "insert into brand (id, workspace_id, name) values (gen_random_uuid(), ?, 'Intruder')"),
        GENERATION("generation", "workspace_id", Scope.WORKSPACE,
                "insert into generation (id, workspace_id, kind, prompt) values (gen_random_uuid(), ?, 'copy', 'x')"),
        VOICE_RULES("voice_rules", "workspace_id", Scope.WORKSPACE,
                "insert into voice_rules (brand_id, workspace_id) values (" + OWN_BRAND + ", ?)"),
        PERSONA("persona", "workspace_id", Scope.WORKSPACE,
                "insert into persona (id, workspace_id, brand_id, name) values (gen_random_uuid(), ?, " + OWN_BRAND + ", 'Pat')"),
        INVITATION("invitation", "workspace_id", Scope.WORKSPACE,
                "insert into invitation (id, workspace_id, email, role, token_hash, expires_at) values (gen_random_uuid(), ?, 'guest@example.test', 'member', gen_random_uuid()::text::bytea, now() + interval '1 day')"),
        AI_CALL("ai_call", "workspace_id", Scope.WORKSPACE,
                "insert into ai_call (id, workspace_id, provider, model, modality, purpose, succeeded, started_at, finished_at) values (gen_random_uuid(), ?, 'local', 'brand-writer', 'text', 'it', true, now(), now())"),
        BRAND_DOCUMENT("brand_document", "workspace_id", Scope.WORKSPACE,
                "insert into brand_document (id, workspace_id, brand_id, file_name, content_type, size_bytes, sha256, object_key, analysis_model, status) values (gen_random_uuid(), ?, " + OWN_BRAND + ", 'a.txt', 'text/plain', 1, 'x', 'k', 'local/brand-writer', 'ready')"),
        CONTEXT_ITEM("brand_context_item", "workspace_id", Scope.WORKSPACE,
                "insert into brand_context_item (id, workspace_id, brand_id, kind, text) values (gen_random_uuid(), ?, " + OWN_BRAND + ", 'product', 'Beans')"),
        DOCUMENT_CHUNK("document_chunk", "workspace_id", Scope.WORKSPACE,
                "insert into document_chunk (id, workspace_id, brand_id, document_id, ordinal, text, embedding_model, embedding) values (gen_random_uuid(), ?, " + OWN_BRAND + ", " + OWN_DOCUMENT + ", (select count(*) from document_chunk), 'x', 'm', '\\x00')"),
        ASSET("asset", "workspace_id", Scope.WORKSPACE,
                "insert into asset (id, workspace_id, generation_id, variant, object_key, content_type, size_bytes, sha256) values (gen_random_uuid(), ?, " + OWN_GENERATION + ", (select count(*) + 1 from asset where generation_id = " + OWN_GENERATION + "), 'k', 'image/png', 1, 'x')"),
        CREDIT_LEDGER("credit_ledger", "workspace_id", Scope.WORKSPACE,
                "insert into credit_ledger (id, workspace_id, entry, amount, balance_after, created_by) values (gen_random_uuid(), ?, 'grant', 5, 5, current_setting('mitpo.user_id')::uuid)"),
        PURGE_RECEIPT("purge_receipt", "workspace_id", Scope.WORKSPACE,
                "insert into purge_receipt (id, workspace_id, action, summary, rows_removed, objects_removed) values (gen_random_uuid(), ?, 'trash-purge', 'x', 1, 1)"),
        WORK_ITEM("work_item", "workspace_id", Scope.WORKSPACE,
                "insert into work_item (id, workspace_id, kind, subject_id, priority, status, created_at) values (gen_random_uuid(), ?, 'it', gen_random_uuid(), 'batch', 'queued', now())"),
        DATA_EXPORT("data_export", "user_id", Scope.USER,
                "insert into data_export (id, user_id, status) values (gen_random_uuid(), ?, 'queued')"),
        ASSISTANT_THREAD("assistant_thread", "workspace_id", Scope.WORKSPACE,
                "insert into assistant_thread (id, workspace_id, user_id, title, model_id, created_at, updated_at) values (gen_random_uuid(), ?, " + ACTING_USER + ", 'Launch plan', 'local/brand-writer', now(), now())"),
        ASSISTANT_MESSAGE("assistant_message", "workspace_id", Scope.WORKSPACE,
                "insert into assistant_message (id, workspace_id, user_id, thread_id, seq, role, body, created_at, updated_at) values (gen_random_uuid(), ?, " + ACTING_USER + ", " + OWN_THREAD + ", (select count(*) + 1 from assistant_message), 'user', 'When is the launch?', now(), now())"),
        ASSISTANT_CITATION("assistant_citation", "workspace_id", Scope.WORKSPACE,
                "insert into assistant_citation (id, workspace_id, user_id, message_id, label, source_kind, excerpt) values (gen_random_uuid(), ?, " + ACTING_USER + ", " + OWN_MESSAGE + ", (select count(*) + 1 from assistant_citation), 'memory', 'March')"),
        ASSISTANT_MEMORY("assistant_memory", "workspace_id", Scope.WORKSPACE,
                "insert into assistant_memory (id, workspace_id, user_id, text, origin, created_at) values (gen_random_uuid(), ?, " + ACTING_USER + ", 'Our launch is in March.', 'written', now())"),
        ASSISTANT_PREFERENCE("assistant_preference", "workspace_id", Scope.WORKSPACE,
                "insert into assistant_preference (workspace_id, user_id, auto_memory) values (?, " + ACTING_USER + ", false)");

        /** The assistant's tables: private to their user inside the workspace, not only to the workspace. */
        static final List<TenantTable> ASSISTANT = List.of(ASSISTANT_THREAD, ASSISTANT_MESSAGE, ASSISTANT_CITATION,
                ASSISTANT_MEMORY, ASSISTANT_PREFERENCE);

        final String table;
        final String ownerColumn;
        final Scope scope;
        final String insertFor;

        TenantTable(String table, String ownerColumn, Scope scope, String insertFor) {
            this.table = table;
            this.ownerColumn = ownerColumn;
            this.scope = scope;
            this.insertFor = insertFor;
        }

        UUID ownerOf(Tenant tenant) {
            return scope == Scope.USER ? tenant.user : tenant.workspace;
        }
    }

    enum Scope { USER, WORKSPACE }

    /** Records the app may add to but never change: it holds no UPDATE or DELETE grant on them. */
    private static final Set<TenantTable> APPEND_ONLY = java.util.EnumSet.of(TenantTable.AI_CALL, TenantTable.CREDIT_LEDGER,
            TenantTable.PURGE_RECEIPT);

    record Tenant(UUID user, UUID workspace) {
        static Tenant random() {
            return new Tenant(UUID.randomUUID(), UUID.randomUUID());
        }
    }

    private static final Tenant NOBODY = new Tenant(null, null);

    private Tenant a;
    private Tenant b;
    private Connection connection;

    @BeforeAll
    static void migrate() {
        Database.migrate();
    }

    @BeforeEach
    void twoTenantsWithARowInEveryTable() throws SQLException {
        connection = Database.asApp();
        connection.setAutoCommit(false);
        a = Tenant.random();
        b = Tenant.random();
        seed(a);
        seed(b);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /** Written as the app role under the tenant's own context: the normal write path. */
    private void seed(Tenant tenant) throws SQLException {
        enter(tenant);
        execute("insert into workspace (id, name) values (?, 'Workspace')", tenant.workspace);
        execute("insert into \"user\" (id, email) values (?, ? || '@example.test')", tenant.user, tenant.user.toString());
        execute("insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, ?, 'owner')",
                tenant.workspace, tenant.user);
        for (TenantTable t : List.of(TenantTable.SESSION, TenantTable.ACCOUNT, TenantTable.VERIFICATION,
                TenantTable.BRAND, TenantTable.GENERATION, TenantTable.INVITATION, TenantTable.VOICE_RULES,
                TenantTable.PERSONA, TenantTable.AI_CALL, TenantTable.BRAND_DOCUMENT, TenantTable.CONTEXT_ITEM,
                TenantTable.DOCUMENT_CHUNK, TenantTable.ASSET, TenantTable.CREDIT_LEDGER, TenantTable.PURGE_RECEIPT, TenantTable.WORK_ITEM,
                TenantTable.DATA_EXPORT)) {
            execute(t.insertFor, t.ownerOf(tenant));
        }
        for (TenantTable t : TenantTable.ASSISTANT) {
            execute(t.insertFor, t.ownerOf(tenant));
        }
        connection.commit();
    }

    @ParameterizedTest
    @EnumSource(TenantTable.class)
    void aSelectWithoutWhereSeesOnlyTheTenantsOwnRows(TenantTable t) throws SQLException {
        enter(a);
        Set<UUID> owners = owners(t);
        connection.commit();

        assertEquals(Set.of(t.ownerOf(a)), owners, t.table);
    }

    @ParameterizedTest
    @EnumSource(TenantTable.class)
    void withoutAContextNothingIsVisible(TenantTable t) throws SQLException {
        assertEquals(Set.of(), owners(t), "never set");
        connection.commit();

        enter(a);
        connection.commit(); // the local setting ends with the transaction and leaves '' behind
        assertEquals(Set.of(), owners(t), "'' after commit");
        connection.commit();
    }

    @ParameterizedTest
    @EnumSource(TenantTable.class)
    void writingARowIntoAnotherTenantIsRefused(TenantTable t) throws SQLException {
        enter(a);
        UUID foreign = t == TenantTable.WORKSPACE || t == TenantTable.USER ? UUID.randomUUID() : t.ownerOf(b);
        SQLException refused = assertThrows(SQLException.class, () -> execute(t.insertFor, foreign));
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
        connection.rollback();
    }

    @ParameterizedTest
    @EnumSource(TenantTable.class)
    void movingOwnRowsToAnotherTenantIsRefusedAndTheirRowsCannotBeTouched(TenantTable t) throws SQLException {
        enter(a);
        SQLException refused = assertThrows(SQLException.class, () -> execute(
                "update " + t.table + " set " + t.ownerColumn + " = ? where " + t.ownerColumn + " = ?",
                t.ownerOf(b), t.ownerOf(a)));
        assertTrue(Set.of("42501", "23503", "23505").contains(refused.getSQLState()), refused.getMessage());
        connection.rollback();

        enter(a);
        String touchB = "update " + t.table + " set " + t.ownerColumn + " = " + t.ownerColumn + " where " + t.ownerColumn + " = ?";
        String deleteB = "delete from " + t.table + " where " + t.ownerColumn + " = ?";
        if (APPEND_ONLY.contains(t)) {
            for (String change : List.of(touchB, deleteB)) {
                SQLException notGranted = assertThrows(SQLException.class, () -> update(change, t.ownerOf(b)));
                assertEquals("42501", notGranted.getSQLState(), "the app may only add rows to " + t.table);
                connection.rollback();
                enter(a);
            }
        } else {
            assertEquals(0, update(touchB, t.ownerOf(b)), "updated B's rows");
            assertEquals(0, update(deleteB, t.ownerOf(b)), "deleted B's rows");
        }
        connection.commit();

        enter(b);
        assertEquals(Set.of(t.ownerOf(b)), owners(t), "B's rows are intact");
        connection.commit();
    }

    @Test
    void onePooledConnectionUsedByAThenByBLeaksNothing() throws SQLException {
        for (TenantTable t : TenantTable.values()) {
            enter(a);
            assertEquals(Set.of(t.ownerOf(a)), owners(t));
            connection.commit();

            enter(b);
            assertEquals(Set.of(t.ownerOf(b)), owners(t), t.table + " as B after A");
            connection.commit();

            enter(NOBODY);
            assertEquals(Set.of(), owners(t), t.table + " with no context after B");
            connection.commit();
        }
    }

    /**
     * A user's own work (a data export, which spans their workspaces) has no workspace: only that
     * user sees it, not another member of their workspace, and no one can queue it for another.
     */
    @Test
    void aUsersOwnWorkIsSeenByThatUserAlone() throws SQLException {
        String ownItem = "insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, created_at) "
                + "values (gen_random_uuid(), null, ?, 'it-own', gen_random_uuid(), 'batch', 'queued', now())";
        enter(a);
        execute(ownItem, a.user);
        String countOwn = "select count(*) from work_item where workspace_id is null";
        assertEquals(1, count(countOwn), "the user sees their own");
        connection.commit();

        UUID colleague = UUID.randomUUID(); // another member of A's workspace (set up as the superuser)
        Database.execute("insert into \"user\" (id, email) values (?, ?)", colleague, colleague + "@example.test");
        Database.execute("insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, ?, 'member')",
                a.workspace, colleague);
        for (Tenant other : List.of(new Tenant(colleague, a.workspace), b, NOBODY)) {
            enter(other);
            assertEquals(0, count(countOwn), "seen by " + other);
            assertEquals(0, update("update work_item set status = 'done' where workspace_id is null and acting_user = ?", a.user),
                    "changed by " + other);
            connection.commit();
        }

        enter(b);
        SQLException refused = assertThrows(SQLException.class, () -> execute(ownItem, a.user));
        assertEquals("42501", refused.getSQLState(), "queued for another user: " + refused.getMessage());
        connection.rollback();
    }

    /**
     * The assistant's threads, messages, citations, memory and preference belong to their user:
     * another member of the same workspace sees, changes and deletes none of them, and cannot
     * write one in that user's name.
     */
    @Test
    void anAssistantsTranscriptsAndMemoryAreSeenByTheirUserAlone() throws SQLException {
        UUID colleague = UUID.randomUUID();
        Database.execute("insert into \"user\" (id, email) values (?, ?)", colleague, colleague + "@example.test");
        Database.execute("insert into workspace_member (id, workspace_id, user_id, role) values (gen_random_uuid(), ?, ?, 'owner')",
                a.workspace, colleague);
        Tenant sameWorkspace = new Tenant(colleague, a.workspace);
        for (TenantTable t : TenantTable.ASSISTANT) {
            enter(sameWorkspace);
            assertEquals(Set.of(), owners(t), t.table + " seen by a colleague");
            assertEquals(0, update("update " + t.table + " set user_id = user_id where user_id = ?", a.user), t.table);
            assertEquals(0, update("delete from " + t.table + " where user_id = ?", a.user), t.table);
            connection.commit();

            enter(sameWorkspace);
            String forA = t.insertFor.replace(ACTING_USER, "'" + a.user + "'::uuid");
            SQLException refused = assertThrows(SQLException.class, () -> execute(forA, a.workspace));
            assertTrue(Set.of("42501", "23502").contains(refused.getSQLState()), t.table + ": " + refused.getMessage());
            connection.rollback();

            enter(a);
            assertEquals(Set.of(a.workspace), owners(t), t.table + " intact for its user");
            connection.commit();
        }
    }

    private long count(String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theDefinerLookupsReturnOnlyTheRowTheirArgumentNames() throws SQLException {
        enter(a);
        byte[] tokenHash;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select token_hash from session")) {
            assertTrue(rs.next());
            tokenHash = rs.getBytes(1);
        }
        connection.commit();

        enter(NOBODY);
        try (PreparedStatement s = connection.prepareStatement("select user_id from auth_session_by_token(?)")) {
            s.setBytes(1, tokenHash);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(a.user, rs.getObject(1, UUID.class));
                assertFalse(rs.next());
            }
        }
        try (PreparedStatement s = connection.prepareStatement("select user_id from auth_credential_by_email(?)")) {
            s.setString(1, a.user + "@EXAMPLE.test");
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "found case-insensitively");
                assertEquals(a.user, rs.getObject(1, UUID.class));
                assertFalse(rs.next());
            }
        }
        assertEquals(Set.of(), owners(TenantTable.SESSION), "the look-up opened nothing outside the function");
        connection.commit();
    }

    /**
     * A deleted user's ledger entries keep their amounts and lose their author, in every
     * workspace and only for the user acting: the app cannot name anyone else to it.
     */
    @Test
    void theLedgerIsAnonymisedOnlyForTheActingUser() throws SQLException {
        enter(b);
        execute("insert into credit_ledger (id, workspace_id, entry, amount, balance_after, created_by) "
                + "values (gen_random_uuid(), ?, 'grant', 1, 6, ?)", b.workspace, a.user); // a as a member of b
        connection.commit();

        enter(NOBODY);
        assertEquals(0, anonymise(), "no one acting: nothing changes");
        connection.commit();
        enter(a);
        assertEquals(2, anonymise(), "a's entries in both workspaces");
        connection.commit();

        try (Connection superuser = Database.asSuperuser(); PreparedStatement s = superuser.prepareStatement(
                "select count(*) filter (where created_by = ?), count(*) filter (where created_by = ?), "
                        + "count(*) filter (where created_by is null) from credit_ledger where workspace_id in (?, ?)")) {
            s.setObject(1, a.user);
            s.setObject(2, b.user);
            s.setObject(3, a.workspace);
            s.setObject(4, b.workspace);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(0, rs.getLong(1), "a's name is gone");
                assertEquals(1, rs.getLong(2), "b's entry keeps its author");
                assertEquals(2, rs.getLong(3), "the anonymised entries stay");
            }
        }
    }

    private int anonymise() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select anonymise_credit_ledger()")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    @Test
    void everyTableHasForcedRowLevelSecurity() throws SQLException {
        var unprotected = new TreeSet<String>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname, c.relrowsecurity, c.relforcerowsecurity
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind in ('r', 'p')
                   and c.relname <> 'flyway_schema_history'""")) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                if (!rs.getBoolean(2) || !rs.getBoolean(3)) {
                    unprotected.add(rs.getString(1));
                }
            }
            assertTrue(tables >= TenantTable.values().length, "found only " + tables + " tables");
        }
        assertTrue(unprotected.isEmpty(), "tables without ENABLE + FORCE row level security: " + unprotected);
    }

    @Test
    void theModelCatalogIsReadableByEveryWorkspaceAndWritableByNone() throws SQLException {
        for (Tenant tenant : List.of(a, b, NOBODY)) {
            enter(tenant);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*) from ai_model m join ai_plan_model p on p.model_id = m.id where p.plan = 'free' and p.is_default")) {
                assertTrue(rs.next());
                assertEquals(5, rs.getInt(1), "a default model per modality (text, embedding, image, speech, video) for the free plan");
            }
            connection.commit();
        }
        enter(a);
        for (String write : List.of(
                "insert into ai_model (id, provider, model, modality, label, credit_cost) values ('x/y', 'x', 'y', 'text', 'X', 0)",
                "update ai_model set credit_cost = 0",
                "update ai_plan_model set is_default = false",
                "delete from ai_plan_model")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(write));
            assertEquals("42501", refused.getSQLState(), write);
            connection.rollback();
            enter(a);
        }
        connection.rollback();
    }

    @Test
    void theAppRoleIsNoSuperuserCannotBypassRlsAndOwnsNothing() throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user")) {
                assertTrue(rs.next());
                assertFalse(rs.getBoolean("rolsuper"), "superuser");
                assertFalse(rs.getBoolean("rolbypassrls"), "BYPASSRLS");
                assertFalse(rs.getBoolean("rolcreaterole"), "CREATEROLE");
                assertFalse(rs.getBoolean("rolcreatedb"), "CREATEDB");
            }
            try (ResultSet rs = s.executeQuery("""
                    select (select count(*) from pg_class where relowner = r.oid)
                         + (select count(*) from pg_proc where proowner = r.oid)
                         + (select count(*) from pg_namespace where nspowner = r.oid)
                         + (select count(*) from pg_database where datdba = r.oid)
                      from pg_roles r where r.rolname = current_user""")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getLong(1), "objects owned by the app role");
            }
        }
    }

    private void enter(Tenant tenant) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select set_config('mitpo.user_id', ?, true), set_config('mitpo.workspace_id', ?, true)")) {
            s.setString(1, tenant.user == null ? "" : tenant.user.toString());
            s.setString(2, tenant.workspace == null ? "" : tenant.workspace.toString());
            s.execute();
        }
    }

    /** The owners of every row a bare {@code select *} returns. */
    private Set<UUID> owners(TenantTable t) throws SQLException {
        var owners = new TreeSet<UUID>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select * from " + t.table)) {
            while (rs.next()) {
                owners.add(rs.getObject(t.ownerColumn, UUID.class));
            }
        }
        return owners;
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        update(sql, parameters);
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }
}
